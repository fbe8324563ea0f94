import { afterAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { overseer, impl, STATE_BRANCH } from '../support/agent-feature'
import { runCliProcess } from '../support/cli'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp } from '../support/repo'

afterAll(cleanupTemp)

describe('init-feature: races converge, refusals say what exists', () => {
  it('three init-feature runs of one spec at once: all succeed, each branch is created once', async () => {
    for (let round = 0; round < 3; round++) {
      const origin = await makeFeatureRepo()
      const clones = await Promise.all([origin.clone(), origin.clone(), origin.clone()])
      const runs = await Promise.all(clones.map((c) => runCliProcess(['init-feature', SPEC, '--implementors', '3', '--json'], c.dir)))
      expect(runs.map((r) => [r.code, r.code === 0 ? '' : r.stderr])).toEqual(runs.map(() => [0, '']))
      const created = runs.flatMap((r) => JSON.parse(r.stdout).created as string[]).sort()
      expect(created).toEqual([impl(1), impl(2), impl(3), overseer].sort())
      const heads = await origin.git.lsRemote('origin')
      for (const b of [overseer, impl(1), impl(2), impl(3), STATE_BRANCH]) expect(heads.has(`refs/heads/${b}`)).toBe(true)
    }
  }, 120_000)

  it('a state push refused after the branches were created names the branches that exist', async () => {
    const origin = await makeFeatureRepo()
    // The remote accepts the feature branches but declines the state branch.
    const hook = join(origin.remote, 'hooks', 'update')
    writeFileSync(hook, `#!/bin/sh\ncase "$1" in refs/heads/${STATE_BRANCH}) echo "no state here" >&2; exit 1;; esac\nexit 0\n`, {
      mode: 0o755,
    })
    const r = await runCliProcess(['init-feature', SPEC, '--implementors', '2'], origin.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`The branches ${overseer}, ${impl(1)}, ${impl(2)} were created on origin`)
    expect(r.stderr).toContain('the feature and its agents were not recorded')
    expect(r.stderr).not.toContain('Nothing was recorded')
    const heads = await origin.git.lsRemote('origin')
    expect(heads.has(`refs/heads/${overseer}`)).toBe(true)
    expect(heads.has(`refs/heads/${STATE_BRANCH}`)).toBe(false)
  })
})
