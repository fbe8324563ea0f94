import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { showFile } from '../support/cli'
import { runCliInProcess } from '../support/cli-in-process'
import { makeRepo, tempDir, cleanupTemp, TestRepo } from '../support/repo'
import { runAction } from '../support/harness'
import { SECRET_NAME } from '../../shared/trials/trial-job'

/** Trials run only in a job that holds nothing: no run here inherits a secret of the test's own environment. */
const NO_SECRETS = Object.fromEntries(
  Object.keys(process.env)
    .filter((k) => SECRET_NAME.test(k))
    .map((k) => [k, undefined]),
)

const SPEC = '004-user-auth'
const overseer = `feature/${SPEC}/overseer`
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const bundle = 'dist/detect-conflicts/index.js'

// A build check that loads every module (a missing export fails it) and a test of a sum two branches each raise.
const CHECK_BUILD = `const fs = require('fs')
const files = fs.readdirSync('.').filter((f) => f.endsWith('.js')).sort()
Promise.all(files.map((f) => import('./' + f))).then(() => process.exit(0), (e) => { console.error('build failed: ' + e.message); process.exit(1) })
`
const CHECK_TEST = `Promise.all([import('./a.js'), import('./b.js')]).then(([a, b]) => {
  if (a.A + b.B >= 4) { console.error('limit exceeded: ' + (a.A + b.B)); process.exit(1) }
})
`
function commands(counter: string): string {
  return [`build: echo build >> "${counter}" && node check-build.cjs`, `test: echo test >> "${counter}" && node check-test.cjs`].join('\n')
}

function count(counter: string): number {
  return existsSync(counter) ? readFileSync(counter, 'utf8').split('\n').filter(Boolean).length : 0
}

interface Trialled {
  left: string
  right: string
  status: string
  trial?: {
    verdict: string
    failure?: { check: string; tail: string }
    brokenSides?: Array<{ side: string; branch: string }>
    reason?: string
  }
}
function trialOf(report: { pairs: Trialled[] }, a: string, b: string): Trialled['trial'] {
  return report.pairs.find((p) => (p.left === a && p.right === b) || (p.left === b && p.right === a))?.trial
}

async function refsAndIndex(repo: TestRepo): Promise<string[]> {
  return [
    await repo.git.run(['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads', 'refs/tags']),
    await repo.git.run(['status', '--porcelain', '--untracked-files=all']),
    await repo.git.run(['ls-files', '--stage']),
    await repo.git.run(['rev-parse', 'HEAD']),
    await repo.git.run(['symbolic-ref', 'HEAD']),
  ]
}

afterAll(cleanupTemp)

let openKinds: () => Promise<string[]>

describe('trial builds and tests of clean merges', () => {
  let repo: TestRepo
  let counter: string
  const cli = (args: string[], env: Record<string, string> = {}) =>
    runCliInProcess(['check-conflicts', ...args], repo.dir, { ...NO_SECRETS, ...env })
  // The two jobs of workflows-examples/conflict-trials.yml: trials in a job that records nothing, then the report recorded.
  const trialThenRecord = async (args: string[]) => {
    const path = join(tempDir('orch-report-'), 'trial-report.json')
    const trial = await cli([...args, '--record=false', '--report-path', path])
    const recorded = await cli(['--merge-reports', path, '--json', '--fail-on-conflict=false'])
    if (recorded.code !== 0) throw new Error(`recording the trial report failed: ${recorded.stderr}`)
    return { trial, recorded: JSON.parse(recorded.stdout) as { resolvedConflicts: number } }
  }

  beforeAll(async () => {
    repo = await makeRepo({
      'README.md': '# app\n',
      'package.json': '{ "type": "module" }\n',
      'lib.js': "export function greet(name) {\n  return 'hi ' + name\n}\n",
      'use.js': "import { greet } from './lib.js'\nexport const out = greet('a')\n",
      'a.js': 'export const A = 1\n',
      'b.js': 'export const B = 1\n',
      'check-build.cjs': CHECK_BUILD,
      'check-test.cjs': CHECK_TEST,
      [`specs/${SPEC}/spec.md`]: '# Feature Specification: User Authentication\n',
      [`specs/${SPEC}/tasks.md`]: readFileSync('test/fixtures/spec/tasks.md', 'utf8'),
    })
    const r = await runCliInProcess(['init-feature', SPEC, '--implementors', '3'], repo.dir)
    if (r.code !== 0) throw new Error(r.stderr)
    await repo.git.run(['fetch', '-q', 'origin'])
    // The overseer calls greet in a new file and raises B; impl-1 renames greet (and its one caller);
    // impl-2 raises A; impl-3 adds a module that does not parse. No two of them touch the same file.
    await repo.commit(
      overseer,
      { 'extra.js': "import { greet } from './lib.js'\nexport const more = greet('b')\n", 'b.js': 'export const B = 2\n' },
      'overseer',
      `origin/${overseer}`,
    )
    await repo.commit(
      impl(1),
      {
        'lib.js': "export function welcome(name) {\n  return 'hi ' + name\n}\n",
        'use.js': "import { welcome } from './lib.js'\nexport const out = welcome('a')\n",
      },
      'T003 rename greet',
      `origin/${impl(1)}`,
    )
    await repo.commit(impl(2), { 'a.js': 'export const A = 2\n' }, 'T004 raise A', `origin/${impl(2)}`)
    await repo.commit(impl(3), { 'broken.js': 'export const = 1\n' }, 'T005 broken', `origin/${impl(3)}`)
    await repo.push(overseer, impl(1), impl(2), impl(3))
    await repo.git.run(['checkout', '-q', 'main'])
    counter = join(tempDir('orch-counter-'), 'runs.txt')
    openKinds = async () => {
      const status = await runCliInProcess(['events', 'status', SPEC, '--json'], repo.dir)
      const open = JSON.parse(status.stdout).features[0].openConflicts as Array<{
        kind?: string
        check?: string
        left: string
        right: string
      }>
      return open.map((c) => `${c.kind ?? 'text'} ${c.left === overseer ? c.right : c.left} ${c.check ?? ''}`).sort()
    }
  })

  it('finds the build conflict, the test conflict and the branch broken alone, without touching the clone', async () => {
    const before = await refsAndIndex(repo)
    const { trial: r } = await trialThenRecord(['--trial', 'test', '--trial-commands', commands(counter), '--json'])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout)
    // Textually every pair merges cleanly: git sees nothing.
    expect(report.summary.conflicted).toBe(0)
    const t1 = trialOf(report, overseer, impl(1))!
    expect(t1.verdict).toBe('build-conflict')
    expect(t1.failure?.check).toBe('build')
    expect(t1.failure?.tail).toMatch(/greet/)
    const t2 = trialOf(report, overseer, impl(2))!
    expect(t2.verdict).toBe('test-conflict')
    expect(t2.failure?.tail).toContain('limit exceeded: 4')
    const t3 = trialOf(report, overseer, impl(3))!
    expect(t3.verdict).toBe('untested')
    expect(t3.brokenSides?.map((s) => s.branch)).toEqual([impl(3)])
    // implementor × implementor pairs are not in the default scope.
    expect(trialOf(report, impl(1), impl(2))).toBeUndefined()
    expect(report.trials).toMatchObject({
      mode: 'test',
      scope: 'overseer',
      pairs: 3,
      tried: 2,
      buildConflicts: 1,
      testConflicts: 1,
      untested: 1,
    })
    expect(await refsAndIndex(repo)).toEqual(before)
  })

  it('answers an unchanged re-scan from the cache: no check runs again', async () => {
    const ran = count(counter)
    expect(ran).toBeGreaterThan(0)
    const r = await cli(['--trial', 'test', '--trial-commands', commands(counter), '--json', '--record=false'])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout)
    expect(count(counter)).toBe(ran)
    expect(report.trials).toMatchObject({ pairs: 3, tried: 0, cached: 3, tipsRun: 0, buildConflicts: 1, testConflicts: 1, untested: 1 })
    // Other commands are another fingerprint: everything runs again.
    const other = await cli(['--trial', 'build', '--trial-commands', commands(counter), '--json', '--record=false'])
    expect(JSON.parse(other.stdout).trials).toMatchObject({ cached: 0, buildConflicts: 1, testConflicts: 0 })
    expect(count(counter)).toBeGreaterThan(ran)
  })

  it('with trial-scope all, the broken branch is named in every pair and never blamed on its sibling', async () => {
    const r = await cli(['--trial', 'test', '--trial-scope', 'all', '--trial-commands', commands(counter), '--json', '--record=false'])
    const report = JSON.parse(r.stdout)
    for (const other of [overseer, impl(1), impl(2)]) {
      const t = trialOf(report, other, impl(3))!
      expect(t.verdict).toBe('untested')
      expect(t.brokenSides?.map((s) => s.branch)).toEqual([impl(3)])
    }
    // impl-1 × impl-2 touch unrelated code: their merge passes.
    expect(trialOf(report, impl(1), impl(2))?.verdict).toBe('passed')
  })

  it('trial-max-pairs bounds the pairs run and names the skipped ones', async () => {
    const fresh = join(tempDir('orch-counter-'), 'runs.txt')
    const r = await cli([
      '--trial',
      'build',
      '--trial-commands',
      commands(fresh),
      '--trial-max-pairs',
      '1',
      '--cache=false',
      '--json',
      '--record=false',
    ])
    const report = JSON.parse(r.stdout)
    const verdicts = report.pairs.filter((p: Trialled) => p.trial).map((p: Trialled) => p.trial!.verdict)
    expect(verdicts.filter((v: string) => v === 'skipped')).toHaveLength(2)
    expect(report.trials).toMatchObject({ skipped: 2, tried: 1 })
    const text = await cli([
      '--trial',
      'build',
      '--trial-commands',
      commands(fresh),
      '--trial-max-pairs',
      '1',
      '--cache=false',
      '--record=false',
    ])
    expect(text.stdout).toMatch(/SKIPPED +feature\/004-user-auth\/\S+ <-> \S+: beyond trial-max-pairs \(1\)/)
  })

  it('rejects bad trial inputs with the value and what is expected (exit 2)', async () => {
    const bad = await cli(['--trial', 'compile'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/compile/)
    const noBuild = await cli(['--trial', 'build', '--trial-commands', 'test: node -e 0'])
    expect(noBuild.code).toBe(2)
    expect(noBuild.stderr).toMatch(/trial: build has no checks to run: only test checks \(test\)/)
    const badLine = await cli(['--trial', 'test', '--trial-commands', 'no colon here'])
    expect(badLine.code).toBe(2)
    expect(badLine.stderr).toMatch(/trial-commands.*no colon here/)
    const merging = await cli(['--trial', 'build', '--merge-reports', 'reports/*.json'])
    expect(merging.code).toBe(2)
    expect(merging.stderr).toMatch(/trial "build" cannot be combined with merge-reports/)
  })

  it('the action records build and test conflicts as conflict-detected events with their kind', async () => {
    const reportPath = join(tempDir('orch-report-'), 'trial-report.json')
    const run = await runAction({
      bundle,
      cwd: repo.dir,
      inputs: { trial: 'test', 'trial-commands': commands(counter), record: 'false', token: '', 'report-path': reportPath },
      eventName: 'schedule',
      env: { ...NO_SECRETS, RUNNER_TEMP: dirname(reportPath) },
    })
    expect(run.exitCode).toBe(1)
    expect(run.failure).toMatch(/2 whose merge fails to build or test/)
    const conflicts = JSON.parse(run.outputs['trial-conflicts'])
    expect(conflicts.map((c: { verdict: string; check: string }) => [c.verdict, c.check]).sort()).toEqual([
      ['build-conflict', 'build'],
      ['test-conflict', 'test'],
    ])
    expect(JSON.parse(run.outputs['trial-untested'])).toEqual([
      expect.objectContaining({ broken: [{ side: expect.any(String), branch: impl(3), check: 'build' }] }),
    ])
    expect(run.summary).toContain('## Build and test trials (test)')
    expect(run.summary).toContain('🔨')
    expect(run.summary).toContain('🧪')
    expect(run.summary).toContain('limit exceeded: 4')
    expect(run.annotations.some((a) => /build-conflict between/.test(a.message))).toBe(true)
    const record = await runAction({
      bundle,
      cwd: repo.dir,
      inputs: { 'merge-reports': reportPath, 'fail-on-conflict': 'false' },
      eventName: 'schedule',
      env: { RUNNER_TEMP: dirname(reportPath) },
    })
    expect(record.failure).toBeUndefined()
    expect(await openKinds()).toEqual([`build ${impl(1)} build`, `test ${impl(2)} test`])
  })

  it('a text-only scan leaves trial conflicts open; a trial that passes resolves them like any other', async () => {
    // The views and the dashboard on the state branch say what kind of conflict it is.
    await repo.git.run(['fetch', '-q', 'origin', 'orchestrator/state'])
    expect(await showFile(repo.git, 'FETCH_HEAD', `features/${SPEC}/overseer.md`)).toMatch(
      /A build conflict: the merge is clean for git but fails to build \(check build\)/,
    )
    expect(await showFile(repo.git, 'FETCH_HEAD', `docs/features/${SPEC}.html`)).toMatch(/the merge fails its tests \(test\)/)
    const text = await cli(['--json'])
    expect(text.code).toBe(0)
    expect(await openKinds()).toHaveLength(2)
    // impl-1 keeps the old name as well: the merge builds now. impl-2 is unchanged: its test conflict stays.
    await repo.commit(
      impl(1),
      { 'lib.js': "export function welcome(name) {\n  return 'hi ' + name\n}\nexport { welcome as greet }\n" },
      'T003 keep greet',
      `origin/${impl(1)}`,
    )
    await repo.push(impl(1))
    await repo.git.run(['checkout', '-q', 'main'])
    const { trial: r, recorded } = await trialThenRecord(['--trial', 'test', '--trial-commands', commands(counter), '--json'])
    const report = JSON.parse(r.stdout)
    expect(trialOf(report, overseer, impl(1))?.verdict).toBe('passed')
    expect(recorded.resolvedConflicts).toBe(1)
    expect(await openKinds()).toEqual([`test ${impl(2)} test`])
  })

  it('a read-only trial run writes nothing; the recording job checks its report, records it and keeps its results', async () => {
    const counter2 = join(tempDir('orch-counter-'), 'runs.txt')
    const reportPath = join(tempDir('orch-report-'), 'trial-report.json')
    const head = async () => (await repo.git.lsRemote('origin')).get('refs/heads/orchestrator/state')
    const trialCache = async () => {
      await repo.git.run(['fetch', '-q', 'origin', 'orchestrator/state'])
      return showFile(repo.git, 'FETCH_HEAD', 'cache/trial-results.json')
    }
    const before = await head()
    const cacheBefore = await trialCache()
    const trialJob = await cli(['--trial', 'test', '--trial-commands', commands(counter2), '--record=false', '--report-path', reportPath])
    expect(trialJob.code).toBe(1)
    // No event and no trial result is written by the job that ran branch code.
    expect(await trialCache()).toBe(cacheBefore)
    const ran = count(counter2)
    // The recording job, as the runner runs it, never running branch code.
    const recordJob = await runAction({
      bundle,
      cwd: repo.dir,
      inputs: { 'merge-reports': reportPath },
      eventName: 'schedule',
      // The downloaded artifact lies in the runner's temporary folder.
      env: { RUNNER_TEMP: dirname(reportPath) },
    })
    expect(recordJob.exitCode).toBe(1)
    expect(recordJob.summary).toContain('## Build and test trials (test)')
    expect(await head()).not.toBe(before)
    expect(await trialCache()).not.toBe(cacheBefore)
    const again = await cli(['--trial', 'test', '--trial-commands', commands(counter2), '--json', '--record=false'])
    expect(JSON.parse(again.stdout).trials).toMatchObject({ tried: 0, cached: 3 })
    expect(count(counter2)).toBe(ran)
  })

  it('a tampered trial report is refused with the file and the field, and hostile output stays text', async () => {
    const dir = tempDir('orch-report-')
    const reportPath = join(dir, 'trial-report.json')
    await cli(['--trial', 'test', '--trial-commands', commands(counter), '--record=false', '--report-path', reportPath, '--cache=false'])
    const good = JSON.parse(readFileSync(reportPath, 'utf8'))
    const tried = good.pairs.findIndex((p: Trialled) => p.trial?.verdict === 'test-conflict')
    const variants: Array<[string, (r: typeof good) => void, RegExp]> = [
      ['verdict', (r) => (r.pairs[tried].trial.verdict = 'exploded'), /pairs\[\d+\]\.trial\.verdict "exploded" is not a trial verdict/],
      ['branch', (r) => (r.pairs[tried].left = 'feature/004-user-auth/impl-9'), /names a branch that is not in the report's branches/],
      ['sha', (r) => (r.branches[0].sha = 'HEAD; rm -rf /'), /branches\[0\]\.sha is not a commit id/],
      ['name', (r) => (r.branches[0].name = 'a\nb'), /branches\[0\]\.name/],
    ]
    for (const [name, tamper, message] of variants) {
      const copy = structuredClone(good)
      tamper(copy)
      const file = join(dir, `bad-${name}.json`)
      writeFileSync(file, JSON.stringify(copy))
      const run = await cli(['--merge-reports', file, '--record=false'])
      expect([name, run.code]).toEqual([name, 2])
      expect(run.stderr).toMatch(message)
      expect(run.stderr).toContain(`bad-${name}.json`)
    }
    const hostile = structuredClone(good)
    hostile.pairs[tried].trial.failure.tail = '```\n<img src=x onerror=alert(1)>\n::warning::pwned\n@octocat'
    hostile.pairs[tried].trial.failure.check = '::error::check'
    const file = join(dir, 'hostile.json')
    writeFileSync(file, JSON.stringify(hostile))
    const run = await runAction({
      bundle,
      cwd: repo.dir,
      inputs: { 'merge-reports': file, record: 'false' },
      eventName: 'schedule',
      env: { RUNNER_TEMP: dir },
    })
    expect(run.exitCode).toBe(1)
    // The tail sits in a fence longer than any backtick run in it, so nothing in it renders.
    const fence = /(`{4,})text\n([\s\S]*?)\n\1/.exec(run.summary)
    expect(fence?.[2]).toContain('<img src=x onerror=alert(1)>')
    expect(run.summary.replace(fence![0], '')).not.toContain('<img')
    // Nothing became a workflow command.
    expect(run.annotations.some((a) => /pwned/.test(a.message) || a.message === 'check')).toBe(false)
    expect(run.stdout).not.toMatch(/^::error::check/m)
  })
})
