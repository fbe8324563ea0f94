import { canonicalJson, type OrchestratorEvent } from '../state/events'
import { type Projection, agentsOf, featuresOf, lastActivity, taskProgress, timeOfStamp, cmp, summarizeEvent } from '../state/projection'

export type SqlValue = string | number | null

/** Rows of each table, by table name, in the column order of schema.ts and a stable row order. */
export type TableRows = Record<string, SqlValue[][]>

const opt = (v: string | number | undefined | null): SqlValue => (v === undefined ? null : v)

/**
 * Derives every table's rows. History tables (task_events, test_results) come
 * from the events themselves; current-state tables from the projection, which
 * folds the same events with the rules the views and `events status` use.
 */
export function tableRows(events: readonly OrchestratorEvent[], projection: Projection): TableRows {
  const sorted = [...events].sort((a, b) => cmp(a.time, b.time) || cmp(a.key, b.key))
  const rows: TableRows = {
    features: [],
    agents: [],
    tasks: [],
    task_events: sorted.map(eventRow),
    pull_requests: [],
    conflicts: [],
    test_results: [],
    blockers: [],
    scope_drift: [],
    divergence: [],
    predicted_conflicts: [],
    agent_usage: [],
    budgets_crossed: [],
  }
  for (const e of sorted) {
    if (e.kind !== 'test-result') continue
    const d = e.data
    rows.test_results.push([
      e.key,
      e.feature,
      e.time,
      d.role,
      opt(d.branch),
      d.suite,
      d.passed,
      d.failed,
      d.skipped,
      d.durationMs,
      d.commit,
      opt(d.runUrl),
    ])
  }
  for (const e of sorted) {
    if (e.kind !== 'agent-usage') continue
    const d = e.data
    rows.agent_usage.push([
      e.key,
      e.feature,
      e.time,
      d.agent,
      d.session,
      d.source,
      opt(d.model),
      canonicalJson(d.tasks ?? []),
      d.inputTokens,
      d.outputTokens,
      d.cacheCreationTokens,
      d.cacheReadTokens,
      d.costMicroUsd,
      opt(d.prices),
    ])
  }
  for (const f of featuresOf(projection)) {
    const r = f.registration
    rows.features.push([f.spec, opt(r?.name), opt(r?.baseBranch), opt(r?.tasksFile), opt(r?.time), f.eventCount])
    for (const a of agentsOf(f)) {
      rows.agents.push([f.spec, a.branch, a.role, opt(a.index), a.time, lastActivity(f, [a.branch])])
    }
    for (const t of taskProgress(f).tasks) {
      const assigned = f.assignments?.[t.id]
      rows.tasks.push([
        f.spec,
        t.id,
        opt(t.phase),
        opt(t.description),
        t.state,
        opt(t.agent),
        opt(t.commit),
        opt(t.time),
        opt(assigned?.agent),
        opt(assigned?.wave),
      ])
    }
    for (const p of Object.values(f.prs).sort((a, b) => a.number - b.number)) {
      rows.pull_requests.push([f.spec, p.number, p.action, p.url, p.head, p.base, opt(p.title), p.time])
    }
    for (const c of Object.values(f.conflicts).sort((a, b) => cmp(a.id, b.id))) {
      const d = c.detected
      const open = c.openSince.length > 0 && d !== null
      rows.conflicts.push([
        c.id,
        f.spec,
        c.branches[0],
        c.branches[1],
        open ? 'open' : 'resolved',
        opt(d?.leftSha),
        opt(d?.rightSha),
        d ? d.files.length : 0,
        canonicalJson(d?.files ?? []),
        open ? timeOfStamp(c.openSince[0]) : (c.resolved?.detectedAt ?? opt(d?.time)),
        opt(d?.time),
        opt(c.resolved?.time),
        opt(c.resolved?.lifetimeSeconds),
        d ? (d.kind ?? 'text') : null,
        opt(d?.check),
      ])
    }
    for (const b of Object.values(f.blockers).sort((x, y) => cmp(x.id, y.id))) {
      const open = b.raised !== null && (!b.cleared || b.raised.stamp > b.cleared.stamp)
      rows.blockers.push([
        f.spec,
        b.id,
        open ? 'open' : 'cleared',
        opt(b.raised?.agent),
        opt(b.raised?.reason),
        opt(b.raised?.time),
        opt(b.cleared?.time),
        opt(b.cleared?.note),
      ])
    }
    for (const d of Object.values(f.drift ?? {}).sort((x, y) => cmp(x.branch, y.branch) || cmp(x.path, y.path))) {
      const tasks = d.detected?.tasks
      rows.scope_drift.push([
        f.spec,
        d.branch,
        d.path,
        d.raised > d.cleared ? 'open' : 'cleared',
        canonicalJson(tasks ?? []),
        opt(d.detected?.commit),
        opt(d.detected?.time),
        d.raised,
      ])
    }
    for (const branch of Object.keys(f.divergence).sort()) {
      for (const against of Object.keys(f.divergence[branch]).sort()) {
        const d = f.divergence[branch][against]
        rows.divergence.push([f.spec, branch, against, d.ahead, d.behind, d.sha, d.time])
      }
    }
    for (const p of Object.values(f.predicted ?? {}).sort(
      (x, y) => cmp(x.agent, y.agent) || cmp(x.path, y.path) || cmp(x.sibling, y.sibling),
    ))
      rows.predicted_conflicts.push([f.spec, p.agent, p.path, p.sibling, p.siblingSha, canonicalJson(p.ranges), p.time, p.warnings])
    for (const b of Object.values(f.budgets ?? {}).sort((x, y) => cmp(x.scope, y.scope) || cmp(x.subject, y.subject)))
      rows.budgets_crossed.push([f.spec, b.scope, b.subject, b.budgetMicroUsd, b.spentMicroUsd, b.time])
  }
  return rows
}

function eventRow(e: OrchestratorEvent): SqlValue[] {
  // Kinds this version does not know (from a newer writer) still export: only `data` is read generically.
  const d = e.data as unknown as Record<string, unknown>
  const str = (v: unknown): SqlValue => (typeof v === 'string' ? v : null)
  const agent = str(d.agent) ?? str(d.branch) ?? str(d.head) ?? null
  const commit = str(d.commit) ?? str(d.sha) ?? null
  return [
    e.key,
    e.time,
    e.kind,
    e.feature,
    e.actor,
    e.schema,
    typeof d.occurrence === 'number' ? d.occurrence : null,
    agent,
    e.kind === 'task-updated' ? e.data.taskId : null,
    e.kind === 'task-updated' ? e.data.state : null,
    commit,
    summarizeEvent(e),
    canonicalJson(e.data),
  ]
}
