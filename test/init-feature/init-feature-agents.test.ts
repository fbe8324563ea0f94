import { afterAll, describe, expect, it } from '@jest/globals'
import { runCliProcess, showFile } from '../support/cli'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp } from '../support/repo'

afterAll(cleanupTemp)

const bundle = 'dist/init-feature/index.js'
const overseer = `feature/${SPEC}/overseer`
const impl = (n: number) => `feature/${SPEC}/impl-${n}`

describe('init-feature with agents (built bundle, real remote)', () => {
  it("commits the overseer's shared settings, merged into the project's own files, before the branches are cut; a re-run creates nothing", async () => {
    const repo = await makeFeatureRepo()
    // The project already has its own Claude settings and guide on main.
    await repo.commit(
      'main',
      {
        '.claude/settings.json': JSON.stringify({ permissions: { allow: ['Bash(make test)'] }, model: 'opus' }),
        'CLAUDE.md': '# Project\n\nRun make test.\n',
      },
      'project settings',
    )
    await repo.push('main')
    const main = (await repo.git.resolveCommit('main'))!
    const statusBefore = await repo.git.run(['status', '--porcelain'])

    const run = await runAction({ bundle, cwd: repo.dir, inputs: { 'spec-id': SPEC, implementors: '2', agents: 'claude,codex' } })
    expect([run.exitCode, run.failure]).toEqual([0, undefined])
    const start = run.outputs['agent-settings-commit']
    expect(start).toMatch(/^[0-9a-f]{40}$/)
    const heads = await repo.git.lsRemote('origin')
    for (const b of [overseer, impl(1), impl(2)]) expect(heads.get(`refs/heads/${b}`)).toBe(start)
    expect((await repo.git.run(['rev-parse', `${start}^`])).trim()).toBe(main)
    // Only our files changed, and the project's own keys, rules and text stayed.
    const changed = (await repo.git.run(['diff', '--name-only', main, start])).trim().split('\n').sort()
    expect(changed).toEqual([
      '.claude/settings.json',
      '.codex/hooks.json',
      '.codex/rules/agent-orchestrator.rules',
      'AGENTS.md',
      'CLAUDE.md',
    ])
    const settings = JSON.parse((await showFile(repo.git, start, '.claude/settings.json')) ?? 'null')
    expect(settings.model).toBe('opus')
    expect(settings.permissions.allow[0]).toBe('Bash(make test)')
    expect(settings.permissions.deny).toContain('Bash(git push --force *)')
    // The overseer may merge; its shared settings carry no implementor-only refusal.
    expect(settings.permissions.deny).not.toContain('Bash(gh pr merge *)')
    const guide = (await showFile(repo.git, start, 'CLAUDE.md')) ?? ''
    expect(guide.startsWith('# Project\n\nRun make test.\n')).toBe(true)
    expect(guide).toContain(`## Working on feature ${SPEC}`)
    expect(await showFile(repo.git, start, '.codex/rules/agent-orchestrator.rules')).toContain('prefix_rule(')
    expect(run.summary).toMatch(/Agent settings: .*\.claude\/settings\.json.* committed in [0-9a-f]{7}/)
    // The user's checkout is untouched.
    expect(await repo.git.run(['status', '--porcelain'])).toBe(statusBefore)
    expect(await repo.git.run(['symbolic-ref', '--short', 'HEAD'])).toBe('main')

    // The same base and settings give the same commit: a re-run finds every branch and creates nothing.
    const again = await runAction({ bundle, cwd: repo.dir, inputs: { 'spec-id': SPEC, implementors: '3', agents: 'claude,codex' } })
    expect(again.exitCode).toBe(0)
    expect(again.outputs['agent-settings-commit']).toBe(start)
    expect(JSON.parse(again.outputs.created)).toEqual([impl(3)])
    expect((await repo.git.lsRemote('origin')).get(`refs/heads/${impl(3)}`)).toBe(start)

    // An implementor on its branch adds its local rules without changing a tracked file (the guard would refuse that).
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    const setup = await runCliProcess(['agents', 'setup'], repo.dir)
    expect([setup.code, setup.stderr]).toEqual([0, expect.not.stringContaining('error')])
    expect((await repo.git.run(['status', '--porcelain'])).trim()).toBe('')
  })

  it('is off by default, refuses an unknown agent kind before pushing anything, and a dry run only says what it would commit', async () => {
    const repo = await makeFeatureRepo()
    const main = await repo.git.resolveCommit('main')
    const bad = await runAction({ bundle, cwd: repo.dir, inputs: { 'spec-id': SPEC, implementors: '1', agents: 'claude,vim' } })
    // An action fails with 1 (the runner knows no other); the CLI says bad input with 2.
    expect(bad.exitCode).toBe(1)
    expect(bad.failure ?? '').toMatch(/agents "vim" is not valid: expected none, or a comma-separated list of claude, codex, generic/)
    const badCli = await runCliProcess(['init-feature', SPEC, '--agents', 'claude,vim'], repo.dir)
    expect([badCli.code, badCli.stderr]).toEqual([2, expect.stringContaining('agents "vim" is not valid')])
    expect((await repo.git.lsRemote('origin')).has(`refs/heads/${overseer}`)).toBe(false)

    const dry = await runCliProcess(['init-feature', SPEC, '--implementors', '1', '--agents', 'generic', '--dry-run'], repo.dir)
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(/Agent settings: AGENTS\.md would be committed before the branches are cut/)
    expect((await repo.git.lsRemote('origin')).has(`refs/heads/${overseer}`)).toBe(false)

    const plain = await runAction({ bundle, cwd: repo.dir, inputs: { 'spec-id': SPEC, implementors: '1' } })
    expect(plain.exitCode).toBe(0)
    expect(plain.outputs['agent-settings-commit']).toBe('')
    expect((await repo.git.lsRemote('origin')).get(`refs/heads/${overseer}`)).toBe(main)
  })
})
