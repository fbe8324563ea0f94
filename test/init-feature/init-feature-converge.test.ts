import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { eventFiles, impl, overseer, STATE_BRANCH } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

/**
 * The remote's pre-receive hook refuses the first push that touches the state branch (then removes its
 * marker): the feature branches land, the recording does not. What a protected branch rule or a network
 * error does to a real run.
 */
function refuseStatePushOnce(origin: TestRepo): string {
  const marker = join(origin.remote, 'refuse-state-once')
  writeFileSync(marker, '')
  writeFileSync(
    join(origin.remote, 'hooks', 'pre-receive'),
    `#!/bin/sh\nwhile read old new ref; do\n  if [ "$ref" = "refs/heads/${STATE_BRANCH}" ] && [ -e "${marker}" ]; then\n    rm -f "${marker}"; echo "state push refused once" >&2; exit 1\n  fi\ndone\nexit 0\n`,
    { mode: 0o755 },
  )
  return marker
}

describe('init-feature converges after its state push was refused', () => {
  it.each([
    ['plain', [] as string[]],
    ['with the agents’ shared settings', ['--agents', 'claude']],
  ])(
    '%s: the re-run adopts the branches the first run created, records the feature once; a third run adds nothing',
    async (_what, extra) => {
      const origin = await makeFeatureRepo()
      const marker = refuseStatePushOnce(origin)
      const args = ['init-feature', SPEC, '--implementors', '2', ...extra, '--json']
      const first = await runCliInProcess(args, origin.dir)
      expect(first.code).toBe(2)
      expect(first.stderr).toContain('the feature and its agents were not recorded')
      expect(existsSync(marker)).toBe(false)
      const branches = [overseer, impl(1), impl(2)]
      const heads = await origin.git.lsRemote('origin')
      const tips = branches.map((b) => heads.get(`refs/heads/${b}`))
      expect(tips.every((t) => /^[0-9a-f]{40}$/.test(t ?? ''))).toBe(true)
      expect(heads.has(`refs/heads/${STATE_BRANCH}`)).toBe(false)

      const second = await runCliInProcess(args, origin.dir)
      expect([second.code, second.stderr]).toEqual([0, expect.not.stringContaining('error')])
      const out = JSON.parse(second.stdout)
      // Nothing created twice and nothing moved: the branches of the first run are taken as they are.
      expect(out.created).toEqual([])
      expect(out.adopted).toEqual(branches)
      expect(out.branches.map((b: { branch: string; status: string }) => [b.branch, b.status])).toEqual(branches.map((b) => [b, 'adopted']))
      expect(out.stateCommit).toMatch(/^[0-9a-f]{40}$/)
      const after = await origin.git.lsRemote('origin')
      expect(branches.map((b) => after.get(`refs/heads/${b}`))).toEqual(tips)
      const events = await eventFiles(origin)
      // One feature-registered and one agent-assigned per branch: what one successful run records.
      expect(events.length).toBe(1 + branches.length)
      expect(new Set(events).size).toBe(events.length)
      const status = await runCliInProcess(['events', 'status', SPEC, '--json'], origin.dir)
      expect(status.code).toBe(0)

      const third = await runCliInProcess(args, origin.dir)
      expect(third.code).toBe(0)
      const again = JSON.parse(third.stdout)
      expect([again.created, again.adopted, again.stateCommit]).toEqual([[], [], null])
      expect(again.branches.map((b: { status: string }) => b.status)).toEqual(branches.map(() => 'existing'))
      expect(await eventFiles(origin)).toEqual(events)
    },
    120_000,
  )
})
