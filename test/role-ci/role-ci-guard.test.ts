import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_PROTECTED_PATHS } from '../../shared/config/config'
import { InputError } from '../../shared/errors'
import { Git } from '../../shared/git/git'
import { DEFAULT_NAMING } from '../../shared/naming/branch-pattern'
import { checkGuard, GuardOptions } from '../../shared/role-ci'
import { cleanupTemp, makeRepo, tempDir, TestRepo } from '../support/repo'

const OVERSEER = 'feature/001-auth/overseer'
const CI = 'name: ci\non: push\njobs: {}\n'
const CONFIG = 'a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n'
let repo: TestRepo

beforeAll(async () => {
  repo = await makeRepo({
    'README.md': '# app\n',
    '.github/workflows/ci.yml': CI,
    'src/app.ts': 'export const x = 1\n',
    'src/config.yml': CONFIG,
  })
  await repo.commit(OVERSEER, { 'specs/001-auth/tasks.md': '# tasks\n' }, 'overseer starts', 'main')
})

afterAll(cleanupTemp)

function guard(head: string, extra: Partial<GuardOptions> = {}) {
  return checkGuard({
    git: repo.git,
    role: 'implementor',
    branch: head,
    spec: '001-auth',
    index: 1,
    naming: DEFAULT_NAMING,
    overseerRef: OVERSEER,
    headRef: head,
    protectedPaths: DEFAULT_PROTECTED_PATHS,
    integrationBranch: 'main',
    ...extra,
  })
}

/** Commits a gitlink (a submodule entry) at `path` on a new branch, with a .gitmodules file. */
async function commitSubmodule(branch: string, path: string): Promise<void> {
  await repo.git.run(['checkout', '-q', '-b', branch, OVERSEER])
  const target = await repo.git.run(['rev-parse', 'main'])
  await repo.git.run(['update-index', '--add', '--cacheinfo', `160000,${target},${path}`])
  await repo.commit(
    branch,
    { '.gitmodules': `[submodule "x"]\n\tpath = ${path}\n\turl = https://example.invalid/x.git\n` },
    'add submodule',
  )
}

describe('checkGuard for an implementor', () => {
  it('passes a branch that touches only ordinary files', async () => {
    await repo.commit('t/clean', { 'src/app.ts': 'export const x = 2\n', 'src/new.ts': 'new\n' }, 'work', OVERSEER)
    const result = await guard('t/clean')
    expect(result.ok).toBe(true)
    expect(result.violations).toEqual([])
    expect(result.changed.map((c) => [c.status, c.path])).toEqual([
      ['M', 'src/app.ts'],
      ['A', 'src/new.ts'],
    ])
    expect(result.diffBase).toBe(await repo.git.run(['rev-parse', OVERSEER]))
  })

  it('rejects a direct change to a workflow', async () => {
    await repo.commit('t/direct', { '.github/workflows/ci.yml': `${CI}# more\n` }, 'edit ci', OVERSEER)
    const result = await guard('t/direct')
    expect(result.ok).toBe(false)
    expect(result.violations).toHaveLength(1)
    expect(result.violations[0]).toMatchObject({ kind: 'protected-path', path: '.github/workflows/ci.yml' })
    expect(result.violations[0].detail).toMatch(/changed file ".github\/workflows\/ci.yml" \(protected by ".github\/workflows\/\*\*"\)/)
  })

  it('rejects deleting a protected file and matches case-insensitively', async () => {
    await repo.commit(
      't/delete',
      { '.github/workflows/ci.yml': null, '.GITHUB/Workflows/x.yml': 'on: [push, pull_request]\n' },
      'sneaky',
      OVERSEER,
    )
    const result = await guard('t/delete')
    expect(result.violations.map((v) => v.path)).toEqual(['.GITHUB/Workflows/x.yml', '.github/workflows/ci.yml'])
    expect(result.violations[1].detail).toMatch(/^deleted file/)
  })

  it('rejects a file renamed into a protected folder', async () => {
    await repo.commit('t/rename-in', { 'src/config.yml': null, '.github/workflows/config.yml': CONFIG }, 'move', OVERSEER)
    const result = await guard('t/rename-in')
    expect(result.changed).toEqual([
      { status: 'R', fromPath: 'src/config.yml', path: '.github/workflows/config.yml', before: 'file', after: 'file' },
    ])
    expect(result.violations).toHaveLength(1)
    expect(result.violations[0].path).toBe('.github/workflows/config.yml')
    expect(result.violations[0].detail).toMatch(/renamed "src\/config.yml" to ".github\/workflows\/config.yml"/)
  })

  it('rejects a protected file renamed out of its folder', async () => {
    await repo.commit('t/rename-out', { '.github/workflows/ci.yml': null, 'docs/ci.yml': CI }, 'move out', OVERSEER)
    const result = await guard('t/rename-out')
    expect(result.changed.map((c) => [c.status, c.fromPath, c.path])).toEqual([['R', '.github/workflows/ci.yml', 'docs/ci.yml']])
    expect(result.violations).toHaveLength(1)
    expect(result.violations[0].path).toBe('.github/workflows/ci.yml')
    expect(result.violations[0].detail).toMatch(/renamed protected ".github\/workflows\/ci.yml"/)
  })

  it('rejects symlinks that point into a protected path or out of the repository', async () => {
    await repo.commit(
      't/symlinks',
      {
        'tools/ci.yml': { symlink: '../.github/workflows/ci.yml' },
        gh: { symlink: '.github' },
        root: { symlink: '.' },
        escape: { symlink: '../../outside' },
        abs: { symlink: '/etc/passwd' },
        'docs/readme.md': { symlink: '../README.md' },
      },
      'links',
      OVERSEER,
    )
    const result = await guard('t/symlinks')
    const byPath = Object.fromEntries(result.violations.map((v) => [v.path, v.detail]))
    expect(Object.keys(byPath).sort()).toEqual(['abs', 'escape', 'gh', 'root', 'tools/ci.yml'])
    expect(byPath['tools/ci.yml']).toMatch(/symlink "tools\/ci.yml" points to "..\/.github\/workflows\/ci.yml"/)
    expect(byPath['abs']).toMatch(/points outside the repository/)
    const link = result.changed.find((c) => c.path === 'docs/readme.md')
    expect(link).toMatchObject({ status: 'A', after: 'symlink', linkTarget: '../README.md' })
  })

  it('rejects a symlink placed at a protected path', async () => {
    await repo.commit('t/symlink-at', { '.github/workflows/evil.yml': { symlink: '../../src/config.yml' } }, 'link', OVERSEER)
    const result = await guard('t/symlink-at')
    expect(result.violations.map((v) => v.detail)).toEqual([expect.stringMatching(/^added symlink ".github\/workflows\/evil.yml"/)])
  })

  it('rejects a submodule added at a protected path', async () => {
    await commitSubmodule('t/submodule', '.github/workflows/shared')
    const result = await guard('t/submodule')
    const sub = result.changed.find((c) => c.path === '.github/workflows/shared')
    expect(sub).toMatchObject({ status: 'A', after: 'submodule' })
    expect(result.violations.map((v) => v.path)).toEqual(['.github/workflows/shared'])
    expect(result.violations[0].detail).toMatch(/added submodule/)
  })

  it('allows a submodule elsewhere, but reports .gitmodules when it is protected', async () => {
    await commitSubmodule('t/submodule-ok', 'vendor/lib')
    expect((await guard('t/submodule-ok')).ok).toBe(true)
    const strict = await guard('t/submodule-ok', { protectedPaths: [...DEFAULT_PROTECTED_PATHS, '.gitmodules'] })
    expect(strict.violations.map((v) => v.path)).toEqual(['.gitmodules'])
  })

  it('still sees a submodule when the user config ignores submodules', async () => {
    await repo.git.run(['config', 'diff.ignoreSubmodules', 'all'])
    try {
      expect((await guard('t/submodule')).violations.map((v) => v.path)).toEqual(['.github/workflows/shared'])
    } finally {
      await repo.git.run(['config', '--unset', 'diff.ignoreSubmodules'])
    }
  })

  it('compares unrelated histories with the overseer tip', async () => {
    await repo.commit('t/orphan', {}, 'placeholder', OVERSEER)
    await repo.git.run(['checkout', '-q', '--orphan', 't/unrelated'])
    await repo.git.run(['rm', '-q', '-r', '--cached', '.'])
    await repo.commit('t/unrelated', { 'only.txt': 'x\n' }, 'unrelated root')
    await repo.git.run(['clean', '-q', '-f', '-d'])
    const result = await guard('t/unrelated')
    expect(result.diffBase).toBe(await repo.git.run(['rev-parse', OVERSEER]))
    expect(result.violations.map((v) => v.path)).toEqual(['.github/workflows/ci.yml'])
  })

  it('handles paths with spaces, non-ASCII letters and line breaks', async () => {
    const odd = 'docs/naïve file\nwith break.md'
    await repo.commit('t/odd', { [odd]: 'x\n', '.github/workflows/déploiement prod.yml': CI, 'ünï côdé/ok.txt': 'y\n' }, 'odd', OVERSEER)
    const result = await guard('t/odd')
    expect(result.changed.map((c) => c.path)).toEqual(['.github/workflows/déploiement prod.yml', odd, 'ünï côdé/ok.txt'])
    expect(result.violations.map((v) => v.path)).toEqual(['.github/workflows/déploiement prod.yml'])
  })

  it('does not blame the implementor for overseer changes it merged', async () => {
    await repo.commit('t/merged-overseer', { 'src/work.ts': 'w\n' }, 'impl work', OVERSEER)
    await repo.commit('t/overseer-next', { '.github/workflows/ci.yml': `${CI}# overseer\n` }, 'overseer edits ci', OVERSEER)
    await repo.git.run(['checkout', '-q', 't/merged-overseer'])
    await repo.git.run(['merge', '-q', '--no-edit', 't/overseer-next'])
    const result = await guard('t/merged-overseer', { overseerRef: 't/overseer-next' })
    expect(result.ok).toBe(true)
    expect(result.changed.map((c) => c.path)).toEqual(['src/work.ts'])
  })

  it('says to fetch full history in a shallow clone', async () => {
    await repo.commit('t/shallow', { 'src/s.ts': 's\n' }, 'one', OVERSEER)
    await repo.commit('t/shallow', { 'src/s.ts': 's2\n' }, 'two')
    await repo.push('t/shallow', OVERSEER)
    const dir = tempDir('orch-shallow-')
    const git = new Git(dir)
    await git.run(['clone', '-q', '--depth', '1', '--branch', 't/shallow', `file://${repo.remote}`, dir])
    await git.run(['fetch', '-q', '--depth', '1', 'origin', `${OVERSEER}:refs/remotes/origin/overseer`])
    const run = guard('HEAD', { git, overseerRef: 'refs/remotes/origin/overseer' })
    await expect(run).rejects.toThrow(InputError)
    await expect(run).rejects.toThrow(/fetch-depth: 0/)
  })

  it('rejects a head that is not a commit', async () => {
    await expect(guard('no/such-branch')).rejects.toThrow(/head "no\/such-branch" is not a commit/)
  })
})

describe('checkGuard for pull requests and the overseer', () => {
  it('rejects an implementor pull request into main', async () => {
    const result = await guard('t/clean', { pullRequest: { head: 'feature/001-auth/impl-1', base: 'main', number: 4 } })
    expect(result.ok).toBe(false)
    expect(result.violations).toEqual([
      {
        kind: 'pr-target',
        target: 'main',
        detail:
          'pull request #4 from "feature/001-auth/impl-1" to "main": implementor 1 of "001-auth" may only target its overseer branch "feature/001-auth/overseer"',
      },
    ])
  })

  it("rejects an implementor pull request into another feature's overseer branch", async () => {
    const result = await guard('t/clean', { pullRequest: { head: 'feature/001-auth/impl-1', base: 'feature/002-search/overseer' } })
    expect(result.violations.map((v) => v.kind)).toEqual(['pr-target'])
    expect(result.violations[0].detail).toMatch(/to "feature\/002-search\/overseer"/)
  })

  it('accepts an implementor pull request into its own overseer branch', async () => {
    const result = await guard('t/clean', { pullRequest: { head: 'feature/001-auth/impl-1', base: OVERSEER } })
    expect(result.ok).toBe(true)
  })

  it('rejects an implementor pull request when the feature cannot be told', async () => {
    const result = await guard('t/clean', { spec: undefined, pullRequest: { head: 'bot/x', base: OVERSEER } })
    expect(result.violations[0].detail).toMatch(/cannot tell which overseer branch "bot\/x" belongs to/)
  })

  it('accepts an overseer pull request into the integration branch, even with protected changes', async () => {
    const result = await guard('t/direct', {
      role: 'overseer',
      index: undefined,
      overseerRef: undefined,
      integrationBranch: 'develop',
      pullRequest: { head: OVERSEER, base: 'develop' },
    })
    expect(result).toEqual({ ok: true, violations: [], changed: [] })
  })

  it('rejects an overseer pull request into anything but the integration branch', async () => {
    const result = await guard('t/direct', { role: 'overseer', pullRequest: { head: OVERSEER, base: 'release' } })
    expect(result.ok).toBe(false)
    expect(result.violations[0].detail).toMatch(/an overseer branch may only target the integration branch "main"/)
  })

  it('reports both a bad target and protected paths', async () => {
    const result = await guard('t/direct', { pullRequest: { head: 'feature/001-auth/impl-1', base: 'main' } })
    expect(result.violations.map((v) => v.kind)).toEqual(['pr-target', 'protected-path'])
  })
})
