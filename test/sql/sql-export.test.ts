import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MemoryLogger } from '../../shared/logger'
import { EVENT_KINDS } from '../../shared/state/events/event-schema'
import type { FeatureStatus } from '../../shared/views'
import { StateStore } from '../../shared/views'
import { allKindsLog, FEATURE_A, FEATURE_B, implOf } from '../support/all-kinds-log'
import { runCliInProcess } from '../support/cli-in-process'
import { cleanupTemp, makeRepo, type TestRepo } from '../support/repo'

// The export is read back by an independent SQLite (Python's sqlite3 module, which links the
// system library) and compared with what `events status` and `events recent` say.
const PY = `
import json, sqlite3, sys
db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
db.row_factory = sqlite3.Row
print(json.dumps({q: [dict(r) for r in db.execute(q)] for q in json.loads(sys.argv[2])}))
`
function independentQuery(db: string, queries: string[]): Record<string, Record<string, unknown>[]> {
  return JSON.parse(execFileSync('python3', ['-c', PY, db, JSON.stringify(queries)], { encoding: 'utf8' }))
}

afterAll(cleanupTemp)

describe('events export --format sqlite and events sql', () => {
  let repo: TestRepo
  const events = allKindsLog()
  const cli = (...args: string[]) => runCliInProcess(['events', ...args], repo.dir)
  const json = async (...args: string[]) => {
    const r = await cli(...args, '--json')
    expect([r.code, r.stderr]).toEqual([0, ''])
    return JSON.parse(r.stdout)
  }

  beforeAll(async () => {
    repo = await makeRepo()
    const store = new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() })
    const r = await store.append(events)
    expect(r.added).toHaveLength(events.length)
  })

  it('writes the same bytes twice, with every event and every kind', async () => {
    const first = await cli('export', '--format', 'sqlite', 'out/first.db')
    expect([first.code, first.stderr]).toEqual([0, expect.stringContaining('reading the event log')])
    expect(first.stdout).toContain(`${events.length} event(s) of 2 feature(s)`)
    expect((await cli('export', '--format', 'sqlite', 'second.db')).code).toBe(0)
    const a = readFileSync(join(repo.dir, 'out/first.db'))
    expect(a.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000')
    expect(a.equals(readFileSync(join(repo.dir, 'second.db')))).toBe(true)
    const q = independentQuery(join(repo.dir, 'second.db'), [
      'SELECT kind, COUNT(*) AS n FROM task_events GROUP BY kind ORDER BY kind',
      'SELECT COUNT(*) AS n FROM test_results',
      "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name",
    ])
    const byKind = Object.fromEntries(q[Object.keys(q)[0]].map((r) => [r.kind, r.n]))
    expect(Object.keys(byKind).sort()).toEqual([...EVENT_KINDS].sort())
    expect(Object.values(byKind).reduce((s: number, n) => s + (n as number), 0)).toBe(events.length)
    expect(q['SELECT COUNT(*) AS n FROM test_results'][0].n).toBe(events.filter((e) => e.kind === 'test-result').length)
    expect(q[Object.keys(q)[2]].map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'features',
        'agents',
        'task_events',
        'pull_requests',
        'conflicts',
        'test_results',
        'blockers',
        'scope_drift',
        'v_feature_status',
        'v_recent_events',
        'v_test_summary',
      ]),
    )
  })

  it('scope_drift, read by an independent SQLite, says what events status says', async () => {
    expect((await cli('export', '--format', 'sqlite', 'drift.db')).code).toBe(0)
    const sql = 'SELECT feature, branch, path, status, tasks, occurrences FROM scope_drift ORDER BY feature, branch, path'
    const rows = independentQuery(join(repo.dir, 'drift.db'), [sql])[sql]
    const status = (await json('status')).features as FeatureStatus[]
    const open = status.flatMap((f) => f.scopeDrift.map((d) => [f.spec, d.branch, d.path, d.tasks]))
    expect(open).toHaveLength(1)
    expect(rows.filter((r) => r.status === 'open').map((r) => [r.feature, r.branch, r.path, JSON.parse(String(r.tasks))])).toEqual(open)
    expect(rows.filter((r) => r.status === 'cleared').map((r) => [r.branch, r.path, r.occurrences])).toEqual([
      [implOf(FEATURE_A, 2), 'README.md', 1],
    ])
  })

  it('each view, read by an independent SQLite, says what events status and events recent say', async () => {
    const db = join(repo.dir, 'second.db')
    const q = independentQuery(db, [
      'SELECT * FROM v_feature_status',
      'SELECT * FROM v_test_summary',
      'SELECT * FROM v_recent_events',
      "SELECT status, COUNT(*) AS n FROM conflicts WHERE feature = '004-user-auth' GROUP BY status ORDER BY status",
    ])
    const status = await json('status')
    const recent = await json('recent', '30')
    expect(q['SELECT * FROM v_feature_status']).toEqual(
      status.features.map((f: FeatureStatus) => ({
        feature: f.spec,
        name: f.name,
        tasks_total: f.tasks.total,
        tasks_done: f.tasks.done,
        tasks_in_progress: f.tasks.inProgress,
        tasks_open: f.tasks.open,
        agents: f.agents.length,
        open_conflicts: f.openConflicts.length,
        open_blockers: f.blockers.length,
        open_prs: f.openPrs.length,
        failing_suites: f.tests.filter((t) => t.failed > 0).length,
        last_event: f.lastEvent,
      })),
    )
    // Known facts, so that an empty status cannot make the comparison pass.
    expect(q['SELECT * FROM v_feature_status'].map((r) => [r.feature, r.tasks_done, r.open_conflicts, r.failing_suites])).toEqual([
      [FEATURE_A, 2, 1, 1],
      [FEATURE_B, 1, 1, 0],
    ])
    expect(q['SELECT * FROM v_test_summary']).toEqual(
      status.features.flatMap((f: FeatureStatus) =>
        f.tests.map((t) => ({
          feature: f.spec,
          role: t.role,
          branch: t.branch,
          suite: t.suite,
          passed: t.passed,
          failed: t.failed,
          skipped: t.skipped,
          commit_sha: t.commit,
          last_run_at: t.time,
          runs: t.role === 'implementor' ? 3 : 1,
        })),
      ),
    )
    const views = q['SELECT * FROM v_recent_events']
    expect(views).toHaveLength(Math.min(100, events.length))
    expect(views.slice(0, 30).map((r) => [r.time, r.feature, r.kind, r.summary])).toEqual(
      recent.map((e: Record<string, string>) => [e.time, e.feature, e.kind, e.summary]),
    )
    expect(q[Object.keys(q)[3]]).toEqual([
      { status: 'open', n: 1 },
      { status: 'resolved', n: 1 },
    ])
  })

  it('events sql runs one read-only query over the state branch and prints a table or JSON', async () => {
    const rows = await json('sql', 'SELECT feature, branch, ahead, behind FROM divergence ORDER BY feature, branch')
    expect(rows[0]).toEqual({ feature: FEATURE_A, branch: implOf(FEATURE_A, 1), ahead: 3, behind: 1 })
    expect(rows).toHaveLength(4)
    const table = await cli('sql', 'SELECT feature, open_conflicts FROM v_feature_status')
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n').slice(0, 4)).toEqual([
      'feature        open_conflicts',
      '-------------  --------------',
      `${FEATURE_A}  1`,
      `${FEATURE_B}    1`,
    ])
    const fromFile = await json('sql', '--db', 'second.db', 'SELECT COUNT(*) AS n FROM task_events')
    expect(fromFile).toEqual([{ n: events.length }])
  })

  it.each([
    ['DELETE FROM features', /read-only/],
    ['DROP VIEW v_feature_status', /read-only/],
    ['SELECT 1; DELETE FROM features', /2 statements/],
    ['SELEC 1', /not valid SQL/],
    ['', /empty|required/],
  ])('events sql refuses %j with exit 2', async (query, message) => {
    const r = await cli('sql', '--db', 'second.db', query)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    const after = independentQuery(join(repo.dir, 'second.db'), ['SELECT COUNT(*) AS n FROM features'])
    expect(Object.values(after)[0]).toEqual([{ n: 2 }])
  })

  it('refuses bad arguments with exit 2 and writes nothing', async () => {
    const two = await cli('export', '--format', 'sqlite', 'a.db', 'b.db')
    expect([two.code, two.stderr]).toEqual([2, expect.stringContaining('exactly one argument')])
    const escape = await cli('export', '--format', 'sqlite', '../escape.db')
    expect([escape.code, escape.stderr]).toEqual([2, expect.stringContaining('is not allowed: it contains ".."')])
    const notDb = await cli('sql', '--db', 'README.md', 'SELECT 1')
    expect([notDb.code, notDb.stderr]).toEqual([2, expect.stringContaining('is not a SQLite database')])
    const format = await cli('export', '--format', 'csv', 'x')
    expect(format.code).toBe(2)
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: repo.dir, encoding: 'utf8' })).not.toMatch(/a\.db|b\.db|escape/)
  })
})
