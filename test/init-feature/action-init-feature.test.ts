import { afterAll, describe, expect, it } from '@jest/globals'
import { runCliProcess, showFile } from '../support/cli'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp, makeRepo } from '../support/repo'

afterAll(cleanupTemp)

const bundle = 'dist/init-feature/index.js'
const branches = (n: number) => [`feature/${SPEC}/overseer`, ...Array.from({ length: n }, (_, i) => `feature/${SPEC}/impl-${i + 1}`)]

describe('init-feature action (built bundle, real remote)', () => {
  it('creates the branches in one push, registers the feature, and a re-run changes nothing', async () => {
    const repo = await makeFeatureRepo()
    const main = await repo.git.resolveCommit('main')
    const run = await runAction({ bundle, cwd: repo.dir, inputs: { 'spec-id': SPEC, implementors: '2' } })
    expect(run.failure).toBeUndefined()
    expect(run.exitCode).toBe(0)
    expect(run.outputs['overseer-branch']).toBe(`feature/${SPEC}/overseer`)
    expect(JSON.parse(run.outputs['implementor-branches'])).toEqual(branches(2).slice(1))
    expect(JSON.parse(run.outputs.created)).toEqual(branches(2))
    expect(run.outputs['state-commit']).toMatch(/^[0-9a-f]{40}$/)
    const heads = await repo.git.lsRemote('origin')
    for (const b of branches(2)) expect(heads.get(`refs/heads/${b}`)).toBe(main)
    expect(heads.get('refs/heads/orchestrator/state')).toBe(run.outputs['state-commit'])
    // State views rendered from the events, with the tasks of tasks.md.
    const overseer = await showFile(repo.git, run.outputs['state-commit'], `features/${SPEC}/overseer.md`)
    expect(overseer).toContain('User Authentication')
    expect(overseer).toMatch(/0\s*\/\s*5|0 of 5/)
    expect(await showFile(repo.git, run.outputs['state-commit'], `features/${SPEC}/impl-2.md`)).toContain(`feature/${SPEC}/impl-2`)
    expect(run.summary).toContain('| Branch | Role | Status | Commit |')
    expect(run.summary).toContain(`https://github.com/octo-org/octo-repo/tree/feature/${SPEC}/impl-1`)
    // The user's checkout is untouched.
    expect(await repo.git.run(['status', '--porcelain'])).toBe('')
    expect(await repo.git.run(['symbolic-ref', '--short', 'HEAD'])).toBe('main')

    const again = await runAction({ bundle, cwd: repo.dir, inputs: { 'spec-id': SPEC, implementors: '2' } })
    expect(again.exitCode).toBe(0)
    expect(JSON.parse(again.outputs.created)).toEqual([])
    expect(again.outputs['state-commit']).toBe('')
    expect((await repo.git.lsRemote('origin')).get('refs/heads/orchestrator/state')).toBe(run.outputs['state-commit'])
  })

  it('recreates only a deleted branch and never moves existing ones', async () => {
    const repo = await makeFeatureRepo()
    await runAction({ bundle, cwd: repo.dir, inputs: { 'spec-id': SPEC, implementors: '3' } })
    await repo.git.run(['fetch', '-q', 'origin'])
    const moved = await repo.commit(`feature/${SPEC}/impl-1`, { 'src/a.ts': 'a\n' }, 'work', `origin/feature/${SPEC}/impl-1`)
    await repo.push(`feature/${SPEC}/impl-1`)
    await repo.git.run(['checkout', '-q', 'main'])
    await repo.git.run(['push', '-q', 'origin', '--delete', `feature/${SPEC}/impl-3`])
    const run = await runAction({ bundle, cwd: repo.dir, inputs: { 'spec-id': SPEC, implementors: '3' } })
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs.created)).toEqual([`feature/${SPEC}/impl-3`])
    expect((await repo.git.lsRemote('origin')).get(`refs/heads/feature/${SPEC}/impl-1`)).toBe(moved)
  })

  it('warns about an existing branch that does not descend from base, and leaves it', async () => {
    const repo = await makeFeatureRepo()
    const orphan = (await repo.git.run(['commit-tree', '4b825dc642cb6eb9a060e54bf8d69288fbee4904', '-m', 'unrelated'])).trim()
    await repo.git.run(['push', '-q', 'origin', `${orphan}:refs/heads/feature/${SPEC}/impl-1`])
    const run = await runAction({ bundle, cwd: repo.dir, inputs: { 'spec-id': SPEC, implementors: '1' } })
    expect(run.exitCode).toBe(0)
    expect(
      run.annotations.some((a) => a.level === 'warning' && /impl-1 already exists and does not descend from main/.test(a.message)),
    ).toBe(true)
    expect(JSON.parse(run.outputs.created)).toEqual([`feature/${SPEC}/overseer`])
    expect((await repo.git.lsRemote('origin')).get(`refs/heads/feature/${SPEC}/impl-1`)).toBe(orphan)
    expect(run.summary).toContain('does not descend from base')
  })

  it.each([
    [{ 'spec-id': '../etc' }, /input|spec-id "\.\.\/etc" is not valid/],
    [{ 'spec-id': '004-x', implementors: '21' }, /input "implementors" is "21": expected a whole number from 1 to 20/],
    [{ 'spec-id': '004-x', implementors: 'two' }, /input "implementors" is "two"/],
    [{ 'spec-id': '004-x', base: 'no-such-branch' }, /base "no-such-branch" is not a branch, tag or commit/],
    [{ 'spec-id': '004-x', 'dry-run': 'perhaps' }, /input "dry-run" is "perhaps"/],
    // Trimmed and used before: a no-break space pasted after the id, an ideographic space before the base.
    [{ 'spec-id': '004-x\u00a0' }, /input "spec-id" is "004-x\u00a0": it ends with U\+00A0 \(a no-break space\)/],
    [{ 'spec-id': '004-x', base: '\u3000main' }, /input "base" is "\u3000main": it starts with U\+3000/],
  ])('refuses %j: fails, creates nothing, records nothing', async (inputs, message) => {
    const repo = await makeRepo()
    const run = await runAction({ bundle, cwd: repo.dir, inputs })
    expect(run.exitCode).toBe(1)
    expect(run.failure).toMatch(/^init-feature failed: /)
    expect(run.failure).toMatch(message)
    expect([...(await repo.git.lsRemote('origin')).keys()]).toEqual(['refs/heads/main'])
  })

  it('dry-run creates and records nothing', async () => {
    const repo = await makeFeatureRepo()
    const run = await runAction({ bundle, cwd: repo.dir, inputs: { 'spec-id': SPEC, 'dry-run': 'true' } })
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs.created)).toEqual([])
    expect(run.summary).toContain('would-create')
    expect([...(await repo.git.lsRemote('origin')).keys()]).toEqual(['refs/heads/main'])
  })
})

describe('orchestrator init-feature (CLI)', () => {
  it('creates the branches from a tag base and prints JSON', async () => {
    const repo = await makeFeatureRepo()
    await repo.git.run(['tag', 'v1'])
    await repo.git.run(['push', '-q', 'origin', 'v1'])
    const r = await runCliProcess(['init-feature', SPEC, '--implementors', '2', '--base', 'v1', '--name', 'Auth', '--json'], repo.dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.name).toBe('Auth')
    expect(json.base.kind).toBe('tag')
    expect(json.created).toEqual(branches(2))
  })
  it('exits 2 with the bad value quoted', async () => {
    const repo = await makeRepo()
    const r = await runCliProcess(['init-feature', '4-x'], repo.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/orchestrator init-feature: error: spec-id "4-x" is not valid/)
    const help = await runCliProcess(['init-feature', '--help'], repo.dir)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--implementors <n>')
  })
})
