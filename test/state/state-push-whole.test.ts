// The state branch's push sends whole objects (no delta search): its large files change a little on every
// append, and searching deltas for them cost more time than the bytes saved. Checked against the pack the
// remote actually received, beside a plain `git push` of the same commit, which does send deltas.
import { afterAll, describe, expect, it } from '@jest/globals'
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Git } from '../../shared/git/git'
import { pushWithLease } from '../../shared/state/log/remote-branch'
import { cleanupTemp, makeRepo } from '../support/repo'

afterAll(cleanupTemp)

/** A text that changes a little from one version to the next, large enough for git to find a delta. */
const big = (version: number) =>
  Array.from({ length: 4000 }, (_, i) => `line ${i}: ${i % 997 === 0 ? `version ${version}` : 'the same text as before'}`).join('\n') + '\n'

/** How many objects of the remote's packs are stored as deltas (`git verify-pack -v`: a delta line names its base). */
async function deltasIn(remote: string): Promise<{ objects: number; deltas: number }> {
  const packs = readdirSync(join(remote, 'objects', 'pack')).filter((f) => f.endsWith('.idx'))
  let objects = 0
  let deltas = 0
  for (const idx of packs) {
    const out = await new Git(remote).run(['verify-pack', '-v', join(remote, 'objects', 'pack', idx)])
    for (const line of out.split('\n')) {
      const f = line.split(' ').filter(Boolean)
      if (!/^[0-9a-f]{40}$/.test(f[0] ?? '')) continue
      objects++
      if (f.length >= 7) deltas++
    }
  }
  return { objects, deltas }
}

describe('state push', () => {
  it('sends whole objects where a plain push sends deltas, and the remote sees none of our -c', async () => {
    const repo = await makeRepo({ 'state.json': big(1) })
    for (const remote of [repo.remote]) {
      // Every pushed pack kept as received (no unpacking into loose objects), and a hook that reports the config it sees.
      await new Git(remote).run(['config', 'receive.unpackLimit', '1'])
      const hook = join(remote, 'hooks', 'pre-receive')
      writeFileSync(
        hook,
        `#!/bin/sh\ngit config --get pack.window >> "${join(remote, 'seen.txt')}" || echo none >> "${join(remote, 'seen.txt')}"\n`,
      )
      chmodSync(hook, 0o755)
    }
    const base = await repo.git.run(['rev-parse', 'HEAD'])
    await repo.git.run(['push', '-q', 'origin', 'HEAD:refs/heads/state'])
    const next = await repo.commit('main', { 'state.json': big(2), 'other.json': big(3) }, 'next state')

    const before = await deltasIn(repo.remote)
    expect(await pushWithLease(repo.git, 'origin', 'state', next, base)).toEqual({ status: 'pushed' })
    const ours = await deltasIn(repo.remote)
    expect(await new Git(repo.remote).run(['rev-parse', 'refs/heads/state'])).toBe(next)
    expect(ours.objects).toBeGreaterThan(before.objects)
    expect(ours.deltas).toBe(before.deltas)

    // The reference: the same kind of commit pushed by plain git is sent as deltas.
    const third = await repo.commit('main', { 'state.json': big(4), 'other.json': big(5) }, 'third state')
    await repo.git.run(['push', '-q', 'origin', `${third}:refs/heads/state`])
    expect((await deltasIn(repo.remote)).deltas).toBeGreaterThan(ours.deltas)
    expect(readFileSync(join(repo.remote, 'seen.txt'), 'utf8').trim().split('\n')).toEqual(['none', 'none', 'none'])
  })
  it("adds its setting after the config entries a Git's environment has (a token's header is kept), as git reads them", async () => {
    const repo = await makeRepo()
    const authed = new Git(repo.dir, {
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'test.header',
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: 'test.header',
      GIT_CONFIG_VALUE_1: 'token',
    })
    const env = authed.configEnv({ 'pack.window': '0' })
    expect(env).toEqual({ GIT_CONFIG_KEY_2: 'pack.window', GIT_CONFIG_VALUE_2: '0', GIT_CONFIG_COUNT: '3' })
    // The reference: git itself, given the instance's environment with ours on top.
    expect((await authed.run(['config', '--get-all', 'test.header'], { env })).split('\n')).toEqual(['', 'token'])
    expect(await authed.run(['config', '--get', 'pack.window'], { env })).toBe('0')
    expect(new Git(repo.dir).configEnv({ 'a.b': 'c' })).toEqual({ GIT_CONFIG_KEY_0: 'a.b', GIT_CONFIG_VALUE_0: 'c', GIT_CONFIG_COUNT: '1' })
  })
})
