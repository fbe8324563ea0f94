import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { featureStatusJson, impl, initFeature, overseer, stateHead } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo } from '../support/feature-repo'
import { ActionRun, runAction } from '../support/harness'
import { cleanupTemp, TestRepo } from '../support/repo'

const bundle = 'dist/role-ci/index.js'
const WORKFLOW = '.github/workflows/ci.yml'
const COMMANDS = 'ok: node -e 0\nbad: node -e "process.exit(3)"\nok2: node -e 0'

/** A jest-junit report: one suite, three cases, one failing. */
const JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="jest tests" tests="3" failures="1" errors="0" time="1.5">
  <testsuite name="login service" errors="0" failures="1" skipped="0" timestamp="2026-01-01T00:00:00" time="1.5" tests="3">
    <testcase classname="login service accepts a good password" name="login service accepts a good password" time="0.2">
    </testcase>
    <testcase classname="login service rejects a bad password" name="login service rejects a bad password" time="0.3">
      <failure>Error: expect(received).toBe(expected)

Expected: 401
Received: 200
    at Object.&lt;anonymous&gt; (src/login.test.ts:12:5)</failure>
    </testcase>
    <testcase classname="login service locks after three tries" name="login service locks after three tries" time="0.4">
    </testcase>
  </testsuite>
</testsuites>
`

/** The failure `setFailed` wrote (annotations the run logged before it come first). */
function failureOf(run: ActionRun): string | undefined {
  return run.annotations.find((a) => a.level === 'error' && a.message.startsWith('role-ci failed: '))?.message
}

afterAll(cleanupTemp)

describe('role-ci action: the role guard', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await repo.commit('main', { [WORKFLOW]: 'on: push\njobs: {}\n' }, 'add CI')
    await repo.push('main')
    await initFeature(repo, 4)
    await repo.commit(impl(1), { [WORKFLOW]: 'on: [push, pull_request]\njobs: {}\n' }, 'T001 tweak CI', `origin/${impl(1)}`)
    await repo.commit(impl(2), { [WORKFLOW]: null, 'ci/old-ci.yml': 'on: push\njobs: {}\n' }, 'move CI', `origin/${impl(2)}`)
    await repo.commit(impl(3), { 'tools/workflows': { symlink: '../.github/workflows' } }, 'link', `origin/${impl(3)}`)
    await repo.commit(impl(4), { 'src/feature.ts': 'export const feature = 1\n' }, 'T003 model', `origin/${impl(4)}`)
    await repo.push(impl(1), impl(2), impl(3), impl(4))
  })

  it.each([
    ['edits it', 1, WORKFLOW],
    ['renames it away', 2, WORKFLOW],
    ['links into .github/workflows', 3, 'tools/workflows'],
  ])('fails when an implementor %s, naming the path in the failure, an annotation and the summary', async (_how, n, path) => {
    await repo.git.run(['checkout', '-q', impl(n)])
    const run = await runAction({ bundle, cwd: repo.dir, eventName: 'push', ref: `refs/heads/${impl(n)}`, inputs: {} })
    expect(run.exitCode).toBe(1)
    expect(failureOf(run)).toContain(path)
    const annotation = run.annotations.find((a) => a.level === 'error' && a.properties.file === path)
    expect(annotation?.properties.title).toBe('Role guard')
    expect(annotation?.message).toMatch(/implementor branches may not change protected paths/)
    expect(run.summary).toContain('## Role CI: ❌ failed')
    expect(run.summary).toContain(`| protected path | ${path} |`)
    expect(run.outputs.role).toBe('implementor')
    expect(JSON.parse(run.outputs.results).guard.violations.map((v: { path: string }) => v.path)).toContain(path)
  })

  it('accepts the same edit on the overseer branch (the overseer integrates)', async () => {
    await repo.commit(overseer, { [WORKFLOW]: 'on: [push]\njobs: {}\n' }, 'overseer edits CI', `origin/${overseer}`)
    const run = await runAction({ bundle, cwd: repo.dir, eventName: 'push', ref: `refs/heads/${overseer}`, inputs: {} })
    expect(failureOf(run)).toBeUndefined()
    expect(run.exitCode).toBe(0)
    expect(run.outputs.role).toBe('overseer')
  })

  it('rejects an implementor pull request into main, naming both branches', async () => {
    await repo.git.run(['checkout', '-q', impl(4)])
    const run = await runAction({
      bundle,
      cwd: repo.dir,
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      env: { GITHUB_HEAD_REF: impl(4), GITHUB_BASE_REF: 'main' },
      event: { number: 7, pull_request: { number: 7, head: { ref: impl(4) }, base: { ref: 'main' } } },
      inputs: {},
    })
    expect(run.exitCode).toBe(1)
    const failure = failureOf(run)!
    expect(failure).toContain(`"${impl(4)}"`)
    expect(failure).toContain('"main"')
    expect(failure).toContain(`"${overseer}"`)
    const results = JSON.parse(run.outputs.results)
    expect(results.guard.violations).toEqual([{ kind: 'pr-target', target: 'main', detail: expect.stringContaining('pull request #7') }])
    expect(run.summary).toContain('pull request target')
    // Pointed at its overseer branch, the same pull request passes the guard.
    const fixed = await runAction({
      bundle,
      cwd: repo.dir,
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      env: { GITHUB_HEAD_REF: impl(4), GITHUB_BASE_REF: overseer },
      event: { number: 7, pull_request: { number: 7, head: { ref: impl(4) }, base: { ref: overseer } } },
      inputs: { 'conflict-check': 'false' },
    })
    expect(failureOf(fixed)).toBeUndefined()
    expect(fixed.exitCode).toBe(0)
  })
})

describe('role-ci action: checks, JUnit and recorded results', () => {
  let repo: TestRepo
  let head: string
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    head = await repo.commit(impl(1), { 'src/feature.ts': 'export const feature = 1\n' }, 'T003 model', `origin/${impl(1)}`)
    await repo.push(impl(1))
  })

  it('runs every command even after one fails, fails the step and records test-result events', async () => {
    const before = await stateHead(repo)
    const run = await runAction({ bundle, cwd: repo.dir, eventName: 'push', ref: `refs/heads/${impl(1)}`, inputs: { commands: COMMANDS } })
    expect(run.exitCode).toBe(1)
    expect(failureOf(run)).toBe('role-ci failed: checks failed: bad')
    const results = JSON.parse(run.outputs.results)
    // The three commands in order, then the built-in conflict check against the overseer and impl-2.
    expect(results.checks.map((c: { name: string; passed: boolean; exitCode: number }) => [c.name, c.passed, c.exitCode])).toEqual([
      ['ok', true, 0],
      ['bad', false, 3],
      ['ok2', true, 0],
      ['conflicts', true, 0],
    ])
    expect(run.outputs.passed).toBe('3')
    expect(run.outputs.failed).toBe('1')
    expect(run.outputs.skipped).toBe('0')
    expect(results.commit).toBe(head)
    expect(run.annotations.some((a) => a.level === 'error' && a.message === 'check bad failed: exit code 3')).toBe(true)
    expect(run.summary).toContain('| bad | ❌ failed (exit 3) |')

    const stateCommit = results.stateCommit as string
    expect(stateCommit).toMatch(/^[0-9a-f]{40}$/)
    expect(stateCommit).not.toBe(before)
    expect(await stateHead(repo)).toBe(stateCommit)
    const tests = (await featureStatusJson(repo)).tests.filter((t) => t.branch === impl(1))
    expect(tests.map((t) => [t.suite, t.passed, t.failed, t.commit]).sort()).toEqual([
      ['bad', 0, 1, head],
      ['conflicts', 1, 0, head],
      ['guard', 1, 0, head],
      ['ok', 1, 0, head],
      ['ok2', 1, 0, head],
    ])
  })

  it('stops at the first failure with fail-fast and reports the rest as skipped', async () => {
    const run = await runAction({
      bundle,
      cwd: repo.dir,
      eventName: 'push',
      ref: `refs/heads/${impl(1)}`,
      inputs: { commands: COMMANDS, 'fail-fast': 'true', record: 'false' },
    })
    expect(run.exitCode).toBe(1)
    expect([run.outputs.passed, run.outputs.failed, run.outputs.skipped]).toEqual(['1', '1', '2'])
  })

  it('adds JUnit totals to the results and names the failing test in the summary', async () => {
    mkdirSync(join(repo.dir, 'reports'), { recursive: true })
    writeFileSync(join(repo.dir, 'reports/junit.xml'), JUNIT)
    const run = await runAction({
      bundle,
      cwd: repo.dir,
      eventName: 'push',
      ref: `refs/heads/${impl(1)}`,
      inputs: { commands: 'ok: node -e 0', junit: 'reports/*.xml', 'conflict-check': 'false' },
    })
    expect(run.exitCode).toBe(1)
    expect(failureOf(run)).toBe('role-ci failed: JUnit: 1 failed test')
    const [report] = JSON.parse(run.outputs.results).junit
    expect(report).toMatchObject({ file: 'reports/junit.xml', tests: 3, passed: 2, failed: 1, skipped: 0 })
    expect(report.failures[0].name).toBe('login service rejects a bad password')
    expect(run.summary).toContain('### Tests (JUnit)')
    expect(run.summary).toContain('login service rejects a bad password')
    expect(run.summary).toContain('Expected: 401')
    const tests = (await featureStatusJson(repo)).tests.filter((t) => t.suite === 'junit:junit.xml')
    expect(tests.map((t) => [t.passed, t.failed])).toEqual([[2, 1]])
  })

  it('skips a malformed JUnit file with a warning and still reads the others', async () => {
    writeFileSync(join(repo.dir, 'reports/broken.xml'), '<testsuites><testsuite name="x"><testcase name="y">')
    const run = await runAction({
      bundle,
      cwd: repo.dir,
      eventName: 'push',
      ref: `refs/heads/${impl(1)}`,
      inputs: { commands: 'ok: node -e 0', junit: 'reports/*.xml', 'conflict-check': 'false', record: 'false' },
    })
    expect(run.stderr).not.toMatch(/TypeError|at .*index\.js/)
    const warning = run.annotations.find((a) => a.level === 'warning' && a.message.includes('reports/broken.xml'))
    expect(warning?.message).toMatch(/^Skipped JUnit report reports\/broken\.xml: not well-formed XML/)
    const junit = JSON.parse(run.outputs.results).junit
    expect(junit.map((j: { file: string }) => j.file)).toEqual(['reports/junit.xml'])
    expect(failureOf(run)).toBe('role-ci failed: JUnit: 1 failed test')
  })

  it('runs no command with guard-only', async () => {
    const marker = join(repo.dir, 'ran.txt')
    const run = await runAction({
      bundle,
      cwd: repo.dir,
      eventName: 'push',
      ref: `refs/heads/${impl(1)}`,
      inputs: { commands: `touch: node -e "require('fs').writeFileSync('ran.txt', '')"`, 'guard-only': 'true' },
    })
    expect(failureOf(run)).toBeUndefined()
    expect(run.exitCode).toBe(0)
    expect(existsSync(marker)).toBe(false)
    expect(JSON.parse(run.outputs.results).checks).toEqual([])
    expect([run.outputs.passed, run.outputs.failed]).toEqual(['0', '0'])
    expect(run.summary).toContain('guard-only: no checks run')
  })
})

describe('orchestrator run-tests (CLI)', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 1)
    await repo.commit(impl(1), { 'src/feature.ts': 'export const feature = 1\n' }, 'T003 model', `origin/${impl(1)}`)
    await repo.push(impl(1))
  })

  it('exits 1 when a command fails, 0 when all pass, and records nothing without --record', async () => {
    const before = await stateHead(repo)
    const args = ['run-tests', '--role', 'implementor', '--branch', impl(1), '--commands']
    const failing = await runCliInProcess([...args, COMMANDS], repo.dir)
    expect(failing.code).toBe(1)
    expect(failing.stdout).toMatch(/✗ bad\s+FAILED: exit code 3/)
    expect(failing.stderr).toContain('orchestrator role-ci: checks failed: bad')
    const passing = await runCliInProcess([...args, 'ok: node -e 0\nok2: node -e 0', '--json'], repo.dir)
    expect(passing.code).toBe(0)
    const json = JSON.parse(passing.stdout)
    expect(json.checks.map((c: { name: string }) => c.name)).toEqual(['ok', 'ok2', 'conflicts'])
    expect(json.stateCommit).toBeNull()
    expect(await stateHead(repo)).toBe(before)
    // --record writes the results.
    const recorded = await runCliInProcess([...args, 'ok: node -e 0', '--record', '--json'], repo.dir)
    expect(recorded.code).toBe(0)
    expect(await stateHead(repo)).toBe(JSON.parse(recorded.stdout).stateCommit)
    expect(JSON.parse(recorded.stdout).stateCommit).not.toBe(before)
  })

  it('exits 2 with a bad commands line, naming the flag', async () => {
    const r = await runCliInProcess(['run-tests', '--branch', impl(1), '--commands', 'no colon here'], repo.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--commands/)
    expect(r.stderr).toContain('"no colon here"')
  })

  it('exits 2 naming the overseer branch when it is not on the remote (the guard cannot run without it)', async () => {
    await repo.git.run(['push', '-q', 'origin', '--delete', overseer])
    const r = await runCliInProcess(['run-tests', '--branch', impl(1), '--commands', 'ok: node -e 0'], repo.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`overseer branch "${overseer}", which could not be fetched from "origin"`)
    expect(r.stderr).not.toMatch(/whole history/)
    expect(r.stdout).toBe('')
  })
})
