import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { exportSqlite } from '../../shared/sql/export-sqlite'
import { sqlite } from '../../shared/sql/sqlite'
import { makeEvent, type OrchestratorEvent } from '../../shared/state/events'
import { applyEvent, emptyProjection } from '../../shared/state/projection'
import { featureStatus, type FeatureStatus } from '../../shared/views'
import { allKindsLog, FEATURE_A, FEATURE_B, implOf, overseerOf } from '../support/all-kinds-log'
import { cleanupTemp, tempDir } from '../support/repo'

// The Grafana dashboard of workflows-examples/ runs its queries through the community SQLite data source
// (frser-sqlite-datasource), which executes a target's `queryText` as written (after macros; ours use none).
// Each query runs here on a real export, through sql.js and through Python's sqlite3 (the system SQLite):
// both must give the same rows, rows where the history has data, and numbers that match events status.

interface Target {
  refId: string
  queryType: string
  queryText: string
  rawQueryText: string
  timeColumns: string[]
  datasource: { type: string; uid: string }
}
interface Panel {
  title: string
  type: string
  targets?: Target[]
}
type Rows = { columns: string[]; rows: unknown[][] }

const PY = `
import json, sqlite3, sys
db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
out = []
for q in json.loads(sys.argv[2]):
    cur = db.execute(q)
    out.append({'columns': [d[0] for d in cur.description], 'rows': [list(r) for r in cur.fetchall()]})
print(json.dumps(out))
`

const dashboard = JSON.parse(readFileSync('workflows-examples/grafana-dashboard.json', 'utf8')) as {
  panels: Panel[]
  __inputs: { name: string; pluginId: string }[]
}
const targets = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, ...t })))
const at = (iso: string) => Math.floor(Date.parse(iso) / 1000)

/** allKindsLog (one day of two features) and the days after it: more tasks done, a PR opened the day before it merged, a conflict resolved. */
function history(): OrchestratorEvent[] {
  const events = allKindsLog()
  const add = <K extends OrchestratorEvent['kind']>(kind: K, feature: string, data: Parameters<typeof makeEvent<K>>[2], time: string) =>
    events.push(makeEvent(kind, feature, data, { actor: 'workflow ci', time }) as OrchestratorEvent)
  const sha = (n: number) => n.toString(16).padStart(40, '0')
  add(
    'pr-updated',
    FEATURE_A,
    { action: 'opened', number: 8, url: 'https://github.com/o/r/pull/8', head: implOf(FEATURE_A, 2), base: overseerOf(FEATURE_A) },
    '2026-02-28T09:00:00.000Z',
  )
  add(
    'task-updated',
    FEATURE_A,
    { taskId: 'T003', state: 'done', commit: sha(60), agent: implOf(FEATURE_A, 1) },
    '2026-03-02T09:00:00.000Z',
  )
  add(
    'task-updated',
    FEATURE_B,
    { taskId: 'T002', state: 'done', commit: sha(61), agent: implOf(FEATURE_B, 2) },
    '2026-03-03T15:00:00.000Z',
  )
  const open = events.filter((e) => e.feature === FEATURE_B && e.kind === 'conflict-detected').at(-1)!
  const d = open.data as { left: string; right: string }
  add(
    'conflict-resolved',
    FEATURE_B,
    { left: d.left, right: d.right, detectedAt: open.time, lifetimeSeconds: 3600 },
    '2026-03-03T16:00:00.000Z',
  )
  return events
}

afterAll(cleanupTemp)

describe('the Grafana dashboard over the SQLite export', () => {
  const events = history()
  const projection = emptyProjection()
  for (const e of events) applyEvent(projection, e)
  const status = featureStatus({ commit: null, projection, problems: [] }).features
  let viaSqlJs: Rows[]
  let viaPython: Rows[]

  beforeAll(async () => {
    const bytes = await exportSqlite({ events, projection })
    const file = join(tempDir('orch-grafana-'), 'orchestrator-events.db')
    writeFileSync(file, bytes)
    const SQL = await sqlite()
    const db = new SQL.Database(bytes)
    try {
      viaSqlJs = targets.map((t) => {
        const [result] = db.exec(t.queryText)
        return { columns: result?.columns ?? [], rows: result?.values ?? [] }
      })
    } finally {
      db.close()
    }
    viaPython = JSON.parse(execFileSync('python3', ['-c', PY, file, JSON.stringify(targets.map((t) => t.queryText))], { encoding: 'utf8' }))
  })

  const result = (title: string) => {
    const i = targets.findIndex((t) => t.panel === title)
    expect(i).toBeGreaterThanOrEqual(0)
    const { columns, rows } = viaSqlJs[i]
    return rows.map((r) => Object.fromEntries(columns.map((c, j) => [c, r[j]])))
  }

  it('has the panels asked for, each target in the data source plugin’s shape, with no macro to expand', () => {
    expect(dashboard.panels.map((p) => p.title)).toEqual([
      'Feature status',
      'Tasks done over time',
      'Open conflicts over time',
      'Test pass rate per agent',
      'PR time to merge',
      'Blockers',
      'Cost',
    ])
    expect(dashboard.__inputs).toEqual([expect.objectContaining({ name: 'DS_ORCHESTRATOR_EVENTS', pluginId: 'frser-sqlite-datasource' })])
    for (const t of targets) {
      expect(t).toMatchObject({ refId: 'A', datasource: { type: 'frser-sqlite-datasource', uid: '${DS_ORCHESTRATOR_EVENTS}' } })
      expect(['table', 'time series']).toContain(t.queryType)
      expect(t.rawQueryText).toBe(t.queryText)
      // `$.left` is a JSON path; `$name`, `${name}` and `$__macro` would be Grafana's to expand.
      expect(t.queryText).not.toMatch(/\$[{_A-Za-z]/)
    }
  })

  it('every panel query gives the same rows through sql.js and through Python’s sqlite3, and rows where the history has data', () => {
    expect(viaPython).toHaveLength(targets.length)
    targets.forEach((t, i) => {
      expect([t.panel, viaPython[i]]).toEqual([t.panel, viaSqlJs[i]])
      expect([t.panel, viaSqlJs[i].rows.length > 0]).toEqual([t.panel, true])
      for (const c of t.timeColumns) expect([t.panel, viaSqlJs[i].columns]).toEqual([t.panel, expect.arrayContaining([c])])
    })
    // A time series is read in long form: its time column first and ascending (frser converts it to wide).
    for (const [i, t] of targets.entries()) {
      if (t.queryType !== 'time series') continue
      const times = viaSqlJs[i].rows.map((r) => r[0] as number)
      expect([t.panel, viaSqlJs[i].columns[0], times]).toEqual([t.panel, 'time', [...times].sort((a, b) => a - b)])
    }
  })

  it('says what events status says: the status table, the last point of each series', () => {
    expect(
      result('Feature status').map((r) => [r.feature, r.tasks_done, r.tasks_total, r.open_conflicts, r.open_blockers, r.open_prs]),
    ).toEqual(
      status.map((f: FeatureStatus) => [f.spec, f.tasks.done, f.tasks.total, f.openConflicts.length, f.blockers.length, f.openPrs.length]),
    )
    const last = (title: string, column: string) => Object.fromEntries(result(title).map((r) => [r.feature, r[column]]))
    const byFeature = (f: (s: FeatureStatus) => number) => Object.fromEntries(status.map((s) => [s.spec, f(s)]))
    expect(last('Tasks done over time', 'tasks_done')).toEqual(byFeature((s) => s.tasks.done))
    expect(last('Open conflicts over time', 'open_conflicts')).toEqual(byFeature((s) => s.openConflicts.length))
    // The known shape of the history, so that a query that returns the final numbers only cannot pass.
    expect(
      result('Open conflicts over time')
        .filter((r) => r.feature === FEATURE_B)
        .map((r) => r.open_conflicts),
    ).toEqual([1, 0, 1, 0])
    expect(
      result('Tasks done over time')
        .filter((r) => r.feature === FEATURE_A)
        .map((r) => [r.time, r.tasks_done]),
    ).toEqual([
      [at(events.find((e) => e.feature === FEATURE_A && e.kind === 'task-updated' && e.data.state === 'done')!.time), 1],
      [expect.any(Number), 2],
      [at('2026-03-02T09:00:00.000Z'), 3],
    ])
  })

  it('PR time to merge, the pass rate per agent and the blockers, as computed by hand from the events', () => {
    const merged = events.find((e) => e.kind === 'pr-updated' && e.feature === FEATURE_A && e.data.action === 'merged')!
    expect(result('PR time to merge')).toEqual([
      {
        time: at(merged.time),
        feature: FEATURE_A,
        number: 8,
        opened_at: '2026-02-28T09:00:00.000Z',
        merged_at: merged.time,
        hours_to_merge: Math.round(((Date.parse(merged.time) - Date.parse('2026-02-28T09:00:00.000Z')) / 3_600_000) * 100) / 100,
      },
    ])
    const runs = events.filter((e) => e.kind === 'test-result')
    const agents = [...new Set(runs.map((e) => e.data.branch ?? e.data.role))].sort()
    expect(result('Test pass rate per agent')).toEqual(
      agents.map((agent) => {
        const mine = runs.filter((e) => (e.data.branch ?? e.data.role) === agent)
        const passing = mine.filter((e) => e.data.failed === 0).length
        return {
          agent,
          runs: mine.length,
          passing_runs: passing,
          pass_rate_pct: Math.round((1000 * passing) / mine.length) / 10,
          tests_passed: mine.reduce((s, e) => s + e.data.passed, 0),
          tests_failed: mine.reduce((s, e) => s + e.data.failed, 0),
        }
      }),
    )
    // Cost per agent: the agent-usage events summed by hand, in dollars, most expensive first.
    const usage = events.filter((e) => e.kind === 'agent-usage')
    expect(usage.length).toBeGreaterThan(0)
    const spent = new Map<string, { feature: string; agent: string; micro: number; tokensIn: number; records: number }>()
    for (const e of usage) {
      const key = `${e.feature} ${e.data.agent}`
      const row = spent.get(key) ?? { feature: e.feature, agent: e.data.agent, micro: 0, tokensIn: 0, records: 0 }
      row.micro += e.data.costMicroUsd
      row.tokensIn += e.data.inputTokens
      row.records += 1
      spent.set(key, row)
    }
    const expected = [...spent.values()].sort(
      (a, b) => b.micro - a.micro || a.feature.localeCompare(b.feature) || a.agent.localeCompare(b.agent),
    )
    expect(result('Cost').map((r) => [r.feature, r.agent, r.cost_usd, r.input_tokens, r.records])).toEqual(
      expected.map((r) => [r.feature, r.agent, r.micro / 1_000_000, r.tokensIn, r.records]),
    )
    const blockers = result('Blockers')
    expect(blockers.map((b) => [b.feature, b.id, b.status])).toEqual([
      [FEATURE_B, 'db-schema', 'open'],
      [FEATURE_A, 'db-schema', 'open'],
      [FEATURE_B, 'api-key', 'cleared'],
      [FEATURE_A, 'api-key', 'cleared'],
    ])
  })
})
