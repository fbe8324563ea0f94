import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { impl, initFeature, overseer } from '../support/agent-feature'
import { runCliProcess } from '../support/cli'
import { makeFeatureRepo } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp, TestRepo } from '../support/repo'

// The attacks of issue 15 on the role guard: an implementor that rewrites the
// rules on its own branch, names the guard cannot see, nested attributes.

const bundle = 'dist/role-ci/index.js'
const CONFIG = '.github/orchestrator.yml'
const WORKFLOW = '.github/workflows/ci.yml'

afterAll(cleanupTemp)

async function guardRun(repo: TestRepo, branch: string, inputs: Record<string, string> = {}) {
  await repo.git.run(['checkout', '-q', branch])
  return runAction({
    bundle,
    cwd: repo.dir,
    eventName: 'push',
    ref: `refs/heads/${branch}`,
    inputs: { 'conflict-check': 'false', ...inputs },
  })
}

function violationPaths(results: string): string[] {
  return (JSON.parse(results) as { guard: { violations: { path?: string }[] } }).guard.violations.map((v) => v.path ?? '')
}

describe('role-ci: the guard reads its rules from the base, never from the branch under test', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await repo.commit('main', { [WORKFLOW]: 'on: push\njobs: {}\n' }, 'add CI')
    await repo.push('main')
    await initFeature(repo, 6)
    // 1: rewrites the rules (nothing protected, its own command) and edits CI in the same push.
    await repo.commit(
      impl(1),
      {
        [CONFIG]:
          "protected-paths: [\"nothing/**\"]\nroles:\n  implementor:\n    commands:\n      pwn: node -e \"require('fs').writeFileSync('PWNED', 'x')\"\n",
        [WORKFLOW]: 'on: [push, pull_request]\njobs: {}\n',
      },
      'T001 tweak',
      `origin/${impl(1)}`,
    )
    // 2: only the configuration, with protected paths that still cover everything it touches.
    await repo.commit(impl(2), { [CONFIG]: 'version: 1\n' }, 'harmless looking', `origin/${impl(2)}`)
    // 3: names with line terminators inside protected folders.
    await repo.commit(
      impl(3),
      {
        '.github/workflows/a\nb.yml': 'on: push\n',
        '.github/workflows/c\rd.yml': 'on: push\n',
        '.claude/e\u2028f.md': 'x\n',
        '.claude/g\u2029h.md': 'x\n',
      },
      'names',
      `origin/${impl(3)}`,
    )
    // 4: a nested .gitattributes that would hide conflicts below it.
    await repo.commit(impl(4), { 'specs/.gitattributes': '* merge=union\n' }, 'attributes', `origin/${impl(4)}`)
    // 5: a plain code change; the overseer protects src/** on its own branch.
    await repo.commit(impl(5), { 'src/app.ts': 'export const changed = 1\n' }, 'T002 code', `origin/${impl(5)}`)
    await repo.commit(
      overseer,
      { [CONFIG]: 'protected-paths:\n  - src/**\n  - .github/**\n  - .claude/**\n  - .gitattributes\n' },
      'overseer rules',
      `origin/${overseer}`,
    )
    await repo.push(impl(1), impl(2), impl(3), impl(4), impl(5), overseer)
  })

  it('an implementor that rewrites protected-paths and edits CI fails, and its own commands do not run', async () => {
    const run = await guardRun(repo, impl(1))
    expect(run.exitCode).toBe(1)
    expect(violationPaths(run.outputs.results)).toEqual(expect.arrayContaining([CONFIG, WORKFLOW]))
    expect(run.annotations.find((a) => a.message.startsWith('role-ci failed'))?.message).toContain(WORKFLOW)
    expect(JSON.parse(run.outputs.results).checks.map((c: { name: string }) => c.name)).not.toContain('pwn')
    expect(existsSync(join(repo.dir, 'PWNED'))).toBe(false)
    expect(run.stdout).toContain(`rules from ${CONFIG} at ${overseer}`)
  })

  it('any change to the configuration file by an implementor is a violation of its own', async () => {
    const run = await guardRun(repo, impl(2), { 'guard-only': 'true' })
    expect(run.exitCode).toBe(1)
    const results = JSON.parse(run.outputs.results)
    expect(results.guard.violations).toEqual([
      expect.objectContaining({ kind: 'protected-path', path: CONFIG, detail: expect.stringContaining('read from the base') }),
    ])
  })

  it.each([
    ['\\n', '.github/workflows/a\nb.yml'],
    ['\\r', '.github/workflows/c\rd.yml'],
    ['U+2028', '.claude/e\u2028f.md'],
    ['U+2029', '.claude/g\u2029h.md'],
  ])('sees a protected name with %s inside', async (_what, path) => {
    const run = await guardRun(repo, impl(3), { 'guard-only': 'true' })
    expect(run.exitCode).toBe(1)
    expect(violationPaths(run.outputs.results)).toContain(path)
    // The name reaches the log only neutralised: no raw line break starts a workflow command.
    for (const line of run.stdout.split(/\r\n|\r|\n|\u2028|\u2029/)) expect(line).not.toMatch(/^(?:d\.yml|b\.yml)/)
  })

  it('a nested .gitattributes is protected like the root one', async () => {
    const run = await guardRun(repo, impl(4), { 'guard-only': 'true' })
    expect(run.exitCode).toBe(1)
    expect(violationPaths(run.outputs.results)).toEqual(['specs/.gitattributes'])
  })

  it("uses the overseer branch's rules for an implementor, whatever the work tree holds", async () => {
    const run = await guardRun(repo, impl(5), { 'guard-only': 'true' })
    expect(run.exitCode).toBe(1)
    expect(violationPaths(run.outputs.results)).toEqual(['src/app.ts'])
  })

  it('the CLI reads the same trusted rules', async () => {
    await repo.git.run(['checkout', '-q', impl(5)])
    const r = await runCliProcess(['run-tests', '--guard-only', '--branch', impl(5)], repo.dir)
    expect(r.code).toBe(1)
    expect(r.stdout + r.stderr).toContain('src/app.ts')
  })
})

describe('role-ci: a trusted configuration that is not a plain file', () => {
  it('refuses a symlinked configuration on the base (exit 2) without reading what it points to', async () => {
    const repo = await makeFeatureRepo()
    await initFeature(repo, 1)
    await repo.commit(overseer, { [CONFIG]: { symlink: '/etc/passwd' } }, 'link', `origin/${overseer}`)
    await repo.commit(impl(1), { 'src/x.ts': 'x\n' }, 'T001', `origin/${impl(1)}`)
    await repo.push(overseer, impl(1))
    const run = await guardRun(repo, impl(1), { 'guard-only': 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.failure).toContain(`${CONFIG} at ${overseer}`)
    expect(run.failure).toContain('is a symlink, not a regular file')
    expect(run.stdout).not.toContain('root:')
  })
})
