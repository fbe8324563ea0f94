import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCliInProcess } from '../support/cli-in-process'
import { runAction } from '../support/harness'
import { cleanupTemp, makeRepo, tempDir, TestRepo } from '../support/repo'
import { SECRET_NAME } from '../../shared/trials/trial-job'

const SPEC = '004-user-auth'
const STATE = 'orchestrator/state'
const overseer = `feature/${SPEC}/overseer`
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const bundle = 'dist/detect-conflicts/index.js'

interface Pair {
  left: string
  right: string
  leftSha: string
  rightSha: string
  status: string
  files: unknown[]
  trial?: { verdict: string; failure?: unknown }
}
interface Report {
  branches: Array<{ name: string; sha: string; spec: string; role: string; index?: number }>
  pairs: Pair[]
  divergence: Array<{ branch: string; against: string; ahead: number | null; behind: number | null }>
}

function withoutInheritedSecrets(): Record<string, undefined> {
  return Object.fromEntries(
    Object.keys(process.env)
      .filter((k) => SECRET_NAME.test(k))
      .map((k) => [k, undefined]),
  )
}

afterAll(cleanupTemp)

// The recording job of workflows-examples/conflict-trials.yml, given reports a job that ran branch code could have written.
describe('merge-reports treats a report as a claim and checks it against the repository', () => {
  let repo: TestRepo
  let dir: string
  let good: Report
  let staleSha: string
  const pairOf = (r: Report, a: string, b: string) =>
    r.pairs.find((p) => (p.left === a && p.right === b) || (p.left === b && p.right === a))!
  const stateHead = async () => (await repo.git.lsRemote('origin')).get(`refs/heads/${STATE}`)
  const stateText = async () => {
    await repo.git.run(['fetch', '-q', 'origin', STATE])
    return repo.git.run(['grep', '-h', '-I', '-e', '.', 'FETCH_HEAD', '--', 'events'])
  }
  const openConflicts = async () => {
    const status = await runCliInProcess(['events', 'status', SPEC, '--json'], repo.dir)
    const open = JSON.parse(status.stdout).features[0].openConflicts as Array<{ kind?: string; left: string; right: string }>
    return open.map((c) => `${c.kind ?? 'text'} ${[c.left, c.right].sort().join(' ')}`).sort()
  }
  const record = async (name: string, report: unknown) => {
    const file = join(dir, `${name}.json`)
    writeFileSync(file, typeof report === 'string' ? report : JSON.stringify(report))
    return runAction({
      bundle,
      cwd: repo.dir,
      inputs: { 'merge-reports': file, 'fail-on-conflict': 'false', 'report-path': join(dir, `${name}.recorded.json`) },
      eventName: 'schedule',
      env: { RUNNER_TEMP: dir },
    })
  }
  const forged = (change: (r: Report) => void): Report => {
    const copy = structuredClone(good)
    change(copy)
    return copy
  }

  beforeAll(async () => {
    repo = await makeRepo({
      'README.md': '# app\n',
      'shared.txt': 'one\ntwo\nthree\n',
      [`specs/${SPEC}/spec.md`]: '# Feature Specification: User Authentication\n',
      [`specs/${SPEC}/tasks.md`]: readFileSync('test/fixtures/spec/tasks.md', 'utf8'),
    })
    const r = await runCliInProcess(['init-feature', SPEC, '--implementors', '3'], repo.dir)
    if (r.code !== 0) throw new Error(r.stderr)
    await repo.git.run(['fetch', '-q', 'origin'])
    // overseer and impl-1 change the same line (a real text conflict); impl-2 merges cleanly; impl-3 is not registered by a report.
    await repo.commit(overseer, { 'shared.txt': 'one\nTWO (overseer)\nthree\n' }, 'overseer', `origin/${overseer}`)
    await repo.commit(impl(1), { 'shared.txt': 'one\ntwo (impl-1)\nthree\n' }, 'T001 one', `origin/${impl(1)}`)
    await repo.commit(impl(2), { 'b.txt': 'b\n' }, 'T002 b', `origin/${impl(2)}`)
    staleSha = (await repo.git.resolveCommit(impl(2)))!
    await repo.commit(impl(2), { 'b.txt': 'b2\n' }, 'T002 b2')
    await repo.push(overseer, impl(1), impl(2))
    await repo.git.run(['checkout', '-q', 'main'])
    dir = tempDir('orch-claims-')
    // The trial job: read-only, records nothing, writes its report.
    const trial = await runCliInProcess(
      [
        'check-conflicts',
        '--trial',
        'test',
        '--trial-commands',
        'test: node -e 0',
        '--record=false',
        '--cache=false',
        '--report-path',
        join(dir, 'trial.json'),
      ],
      repo.dir,
      withoutInheritedSecrets(),
    )
    if (trial.code !== 1) throw new Error(`trial job: ${trial.code} ${trial.stderr}`)
    good = JSON.parse(readFileSync(join(dir, 'trial.json'), 'utf8'))
    const honest = await record('honest', good)
    if (honest.exitCode !== 0) throw new Error(`honest report: ${honest.failure}`)
  })

  it('the honest report is recorded: the real text conflict and the trial that passed', async () => {
    expect(pairOf(good, overseer, impl(2)).trial?.verdict).toBe('passed')
    expect(await openConflicts()).toEqual([`text ${[overseer, impl(1)].sort().join(' ')}`])
  })

  it('a report that "resolves" a real text conflict changes nothing: git merges the pair again here', async () => {
    const run = await record(
      'resolved',
      forged((r) => {
        const p = pairOf(r, overseer, impl(1))
        p.status = 'clean'
        p.files = []
        p.trial = { verdict: 'passed' }
      }),
    )
    expect(run.exitCode).toBe(0)
    expect(await openConflicts()).toEqual([`text ${[overseer, impl(1)].sort().join(' ')}`])
    expect(run.annotations.some((a) => /says .* is clean; merged here it is conflicted/.test(a.message))).toBe(true)
  })

  it('a report that invents a conflict records none', async () => {
    const run = await record(
      'invented',
      forged((r) => {
        const p = pairOf(r, overseer, impl(2))
        p.status = 'conflicted'
        p.files = [{ path: 'b.txt', kind: 'content', leftRanges: [], rightRanges: [] }]
        delete p.trial
      }),
    )
    expect(run.exitCode).toBe(0)
    expect(await openConflicts()).toEqual([`text ${[overseer, impl(1)].sort().join(' ')}`])
  })

  it('forged divergence is measured again: 987654 is never recorded', async () => {
    const run = await record(
      'divergence',
      forged((r) => {
        for (const d of r.divergence) d.ahead = 987654
      }),
    )
    expect(run.exitCode).toBe(0)
    expect(await stateText()).not.toContain('987654')
    const recorded = JSON.parse(readFileSync(join(dir, 'divergence.recorded.json'), 'utf8')) as Report
    expect(recorded.divergence.find((d) => d.branch === impl(2))?.ahead).toBe(2)
  })

  it('a branch that moved since the trial is left out with a warning; nothing about its old commit is recorded', async () => {
    const run = await record(
      'stale',
      forged((r) => {
        r.branches.find((b) => b.name === impl(2))!.sha = staleSha
        for (const p of r.pairs) {
          if (p.left === impl(2)) p.leftSha = staleSha
          if (p.right === impl(2)) p.rightSha = staleSha
        }
      }),
    )
    expect(run.exitCode).toBe(0)
    expect(run.annotations.some((a) => a.message.includes(`${impl(2)} moved since the report was made`))).toBe(true)
    expect(await stateText()).not.toContain(staleSha)
  })

  it('a 1 MB output tail is cut to its last 8000 characters before anything records it', async () => {
    const run = await record(
      'tail',
      forged((r) => {
        pairOf(r, overseer, impl(2)).trial = {
          verdict: 'test-conflict',
          failure: { check: 'test', kind: 'test', exitCode: 1, tail: `${'x'.repeat(1_000_000)}END` },
        }
      }),
    )
    expect(run.exitCode).toBe(0)
    const recorded = JSON.parse(readFileSync(join(dir, 'tail.recorded.json'), 'utf8')) as Report
    const tail = (pairOf(recorded, overseer, impl(2)).trial!.failure as { tail: string }).tail
    expect(tail.length).toBeLessThanOrEqual(8000)
    expect(tail.endsWith('END')).toBe(true)
    expect(await stateText()).not.toContain('x'.repeat(8001))
  })

  // Claims that cannot be true: refused (exit 2) with the file and the field, and the state branch untouched.
  const refused: Array<[string, (r: Report) => void, RegExp]> = [
    [
      'commits that do not exist',
      (r) => {
        const ghost = 'a'.repeat(40)
        r.branches.find((b) => b.name === impl(1))!.sha = ghost
        for (const p of r.pairs) {
          if (p.left === impl(1)) p.leftSha = ghost
          if (p.right === impl(1)) p.rightSha = ghost
        }
      },
      /branches\[\d+\]\.sha a{40} is not a commit of "origin"/,
    ],
    [
      'a feature 999-ghost',
      (r) =>
        r.branches.push({ name: 'feature/999-ghost/impl-1', sha: r.branches[0]!.sha, spec: '999-ghost', role: 'implementor', index: 1 }),
      /branches\[\d+\]\.spec "999-ghost" is not a registered feature/,
    ],
    [
      'main as an agent branch',
      (r) => r.branches.push({ name: 'main', sha: r.branches[0]!.sha, spec: SPEC, role: 'overseer' }),
      /branches\[\d+\]\.name "main" is not an agent branch/,
    ],
    [
      'the state branch as an agent branch',
      (r) => r.branches.push({ name: STATE, sha: r.branches[0]!.sha, spec: SPEC, role: 'implementor', index: 9 }),
      /branches\[\d+\]\.name "orchestrator\/state" is not an agent branch/,
    ],
    [
      'an agent branch init-feature never registered',
      (r) => r.branches.push({ name: impl(7), sha: r.branches[0]!.sha, spec: SPEC, role: 'implementor', index: 7 }),
      /branches\[\d+\]\.name "feature\/004-user-auth\/impl-7" is not a registered agent branch/,
    ],
    [
      'a role that is not the branch’s',
      (r) => (r.branches.find((b) => b.name === impl(1))!.role = 'overseer'),
      /branches\[\d+\]\.role "overseer" is not the role of/,
    ],
    [
      'a pair commit other than its branch’s',
      (r) => (pairOf(r, overseer, impl(2)).rightSha = staleSha),
      /pairs\[\d+\]\.(left|right)Sha [0-9a-f]{40} is not the commit of/,
    ],
  ]
  for (const [what, change, named] of refused) {
    it(`refuses a report with ${what}, naming the file and the field, and records nothing`, async () => {
      const before = await stateHead()
      const run = await record('forged', forged(change))
      expect(run.exitCode).not.toBe(0)
      expect(run.failure).toMatch(/conflict report ".*forged\.json" is refused: /)
      expect(run.failure).toMatch(named)
      expect(await stateHead()).toBe(before)
    })
  }

  it('refuses a 7 MB report of 100k files before reading it, and records nothing', async () => {
    const before = await stateHead()
    const big = forged((r) => {
      pairOf(r, overseer, impl(1)).files = Array.from({ length: 100_000 }, (_, i) => ({
        path: `src/generated/file-${i}.txt`,
        kind: 'content',
        leftRanges: [{ start: 1, end: 1 }],
        rightRanges: [{ start: 1, end: 1 }],
      }))
    })
    const text = JSON.stringify(big)
    expect(text.length).toBeGreaterThan(7_000_000)
    const run = await record('huge', text)
    expect(run.exitCode).not.toBe(0)
    expect(run.failure).toMatch(/conflict report ".*huge\.json" is \d+ bytes: expected at most 4194304/)
    expect(await stateHead()).toBe(before)
    expect(await stateText()).not.toContain('src/generated/file-')
  })
})
