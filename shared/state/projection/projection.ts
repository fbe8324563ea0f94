import { canonicalJson } from '../events/canonical-json'
import { conflictId, sortedPair } from '../events/conflict-pair'
import type { OrchestratorEvent } from '../events/event-schema'
import { stampOf } from '../events/events'
import { summarizeEvent } from './summarize'
import { applyTrends } from './trends'
import {
  FEATURE_RECENT_LIMIT,
  PROJECTION_SCHEMA,
  RECENT_LIMIT,
  type EventSummary,
  type DriftState,
  type FeatureProjection,
  type GuardState,
  type Projection,
  type Stamped,
  type UsageTotals,
} from './projection-types'

/**
 * A record keyed by data (feature ids, branches, blocker ids): no prototype,
 * so that a key like `constructor` or `__proto__` is just a key.
 */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

export function emptyProjection(): Projection {
  return { schema: PROJECTION_SCHEMA, eventCount: 0, eventsTree: null, features: dict(), recent: [], problems: [] }
}

export function emptyFeature(spec: string): FeatureProjection {
  return {
    spec,
    registration: null,
    agents: dict(),
    tasks: dict(),
    prs: dict(),
    conflicts: dict(),
    divergence: dict(),
    tests: dict(),
    blockers: dict(),
    guards: dict(),
    synced: dict(),
    merged: dict(),
    scans: dict(),
    assignments: dict(),
    drift: dict(),
    activity: dict(),
    counts: dict(),
    eventCount: 0,
    recent: [],
  }
}

/**
 * Folds one NEW event (its key not yet in the log) into the projection, in
 * place. Every rule is order-independent — latest is the greatest stamp,
 * counts add, recent lists keep the greatest stamps — so folding any
 * permutation of a set of events gives the same projection.
 */
export function applyEvent(projection: Projection, event: OrchestratorEvent): void {
  const feature = (projection.features[event.feature] ??= emptyFeature(event.feature))
  const s: Stamped = { stamp: stampOf(event), time: event.time }
  projection.eventCount++
  feature.eventCount++
  feature.counts[event.kind] = (feature.counts[event.kind] ?? 0) + 1
  let summary: EventSummary | undefined
  const summarize = () =>
    (summary ??= { ...s, kind: event.kind, feature: event.feature, actor: event.actor, summary: summarizeEvent(event) })
  keepNewest(projection.recent, s.stamp, summarize, RECENT_LIMIT)
  keepNewest(feature.recent, s.stamp, summarize, FEATURE_RECENT_LIMIT)
  applyTrends(feature, event, s.stamp)
  const touch = (name: string | undefined) => {
    if (name && !(feature.activity[name] >= event.time)) feature.activity[name] = event.time
  }

  switch (event.kind) {
    case 'feature-registered': {
      const d = event.data
      if (newer(s, feature.registration)) {
        feature.registration = { ...s, name: d.name, baseBranch: d.baseBranch, tasksFile: d.tasksFile, tasks: d.tasks ?? [] }
      }
      break
    }
    case 'agent-assigned': {
      const d = event.data
      touch(d.branch)
      if (newer(s, feature.agents[d.branch])) feature.agents[d.branch] = { ...s, role: d.role, branch: d.branch, index: d.index }
      break
    }
    case 'task-updated': {
      const d = event.data
      touch(d.agent)
      if (newer(s, feature.tasks[d.taskId])) {
        feature.tasks[d.taskId] = { ...s, state: d.state, commit: d.commit, agent: d.agent, message: d.message }
      }
      break
    }
    case 'pr-updated': {
      const d = event.data
      touch(d.head)
      // Merged and closed are final (GitHub's times have one-second resolution, so an update
      // recorded in the same second must not reopen it); among equals the latest wins.
      const current = feature.prs[String(d.number)]
      const rank = (a: string) => (a === 'merged' || a === 'closed' ? 1 : 0)
      if (!current || rank(d.action) > rank(current.action) || (rank(d.action) === rank(current.action) && newer(s, current)))
        feature.prs[String(d.number)] = { ...s, ...d }
      break
    }
    // Scans (conflicts, divergence, their heartbeat) are not an agent's activity: an idle agent must look idle.
    case 'conflict-detected': {
      const d = event.data
      const c = conflictOf(feature, event.feature, d.left, d.right)
      if (newer(s, c.detected)) c.detected = { ...s, ...d }
      if (!c.resolved || s.stamp > c.resolved.stamp) {
        c.openSince = insertSorted(c.openSince, s.stamp)
        if (d.manual) c.manualSince = insertSorted(c.manualSince, s.stamp)
      }
      break
    }
    case 'conflict-resolved': {
      const d = event.data
      const c = conflictOf(feature, event.feature, d.left, d.right)
      c.resolutions++
      if (newer(s, c.resolved)) {
        c.resolved = { ...s, detectedAt: d.detectedAt, lifetimeSeconds: d.lifetimeSeconds, ...(d.reason ? { reason: d.reason } : {}) }
        c.openSince = c.openSince.filter((stamp) => stamp > s.stamp)
        c.manualSince = c.manualSince.filter((stamp) => stamp > s.stamp)
      }
      break
    }
    case 'divergence-measured': {
      const d = event.data
      const byAgainst = (feature.divergence[d.branch] ??= dict())
      if (newer(s, byAgainst[d.against])) byAgainst[d.against] = { ...s, ahead: d.ahead, behind: d.behind, sha: d.sha }
      break
    }
    case 'test-result': {
      const d = event.data
      touch(d.branch ?? d.role)
      const id = JSON.stringify([d.role, d.branch ?? null, d.suite])
      if (newer(s, feature.tests[id])) feature.tests[id] = { ...s, ...d }
      break
    }
    case 'blocker-raised': {
      const d = event.data
      touch(d.agent)
      const b = (feature.blockers[d.id] ??= { id: d.id, raised: null, cleared: null, raisedCount: 0, clearedCount: 0 })
      b.raisedCount++
      if (newer(s, b.raised)) b.raised = { ...s, agent: d.agent, reason: d.reason, by: event.actor }
      break
    }
    case 'blocker-cleared': {
      const d = event.data
      const b = (feature.blockers[d.id] ??= { id: d.id, raised: null, cleared: null, raisedCount: 0, clearedCount: 0 })
      b.clearedCount++
      if (newer(s, b.cleared)) b.cleared = { ...s, note: d.note }
      break
    }
    case 'guard-violation': {
      const d = event.data
      touch(d.branch)
      const g = guardOf(feature, d)
      g.raised = Math.max(g.raised, d.occurrence ?? 1)
      if (newer(s, g.detected)) g.detected = { ...s, detail: d.detail, commit: d.commit }
      break
    }
    case 'guard-cleared': {
      const d = event.data
      const g = guardOf(feature, d)
      g.cleared = Math.max(g.cleared, d.occurrence ?? 1)
      break
    }
    case 'branch-synced': {
      const d = event.data
      touch(d.branch)
      if (newer(s, feature.synced[d.branch])) feature.synced[d.branch] = { ...s, sha: d.sha }
      break
    }
    case 'scan-completed': {
      const d = event.data
      if (newer(s, feature.scans[d.scanner])) {
        const { scanner: _scanner, occurrence: _occurrence, ...rest } = d
        feature.scans[d.scanner] = { ...s, ...rest }
      }
      break
    }
    case 'task-merged': {
      const d = event.data
      const byCommit = (feature.merged[d.taskId] ??= dict())
      // The first merge of a commit is when it was merged.
      const current = byCommit[d.commit]
      if (!current || s.stamp < current.stamp) byCommit[d.commit] = { ...s, into: d.into, ...(d.pr ? { pr: d.pr } : {}) }
      break
    }
    case 'task-assigned': {
      const d = event.data
      touch(d.agent)
      const assignments = (feature.assignments ??= dict())
      const current = assignments[d.taskId]
      const occurrences = { ...(current?.occurrences ?? {}) }
      occurrences[d.agent] = Math.max(occurrences[d.agent] ?? 0, event.data.occurrence ?? 1)
      if (newer(s, current))
        assignments[d.taskId] = { ...s, agent: d.agent, occurrences, ...(d.wave !== undefined ? { wave: d.wave } : {}) }
      else current.occurrences = occurrences
      break
    }
    case 'scope-drift': {
      const d = event.data
      const g = driftOf(feature, d)
      g.raised = Math.max(g.raised, d.occurrence ?? 1)
      if (newer(s, g.detected)) g.detected = { ...s, commit: d.commit, ...(d.tasks ? { tasks: d.tasks } : {}) }
      break
    }
    case 'scope-cleared': {
      const d = event.data
      const g = driftOf(feature, d)
      g.cleared = Math.max(g.cleared, d.occurrence ?? 1)
      break
    }
    case 'conflict-predicted': {
      const d = event.data
      touch(d.agent)
      const predicted = (feature.predicted ??= dict())
      const id = JSON.stringify([d.agent, d.path, d.sibling])
      const current = predicted[id]
      const warnings = (current?.warnings ?? 0) + 1
      if (newer(s, current))
        predicted[id] = { ...s, agent: d.agent, path: d.path, sibling: d.sibling, siblingSha: d.siblingSha, ranges: d.ranges, warnings }
      else current.warnings = warnings
      break
    }
    case 'resolution-remembered': {
      // The earliest resolution of a hunk is kept (the least stamp: order-independent, like every rule here).
      // Only its result: the key is the hunk, and the event keeps base, ours and theirs.
      const d = event.data
      const remembered = (feature.remembered ??= dict())
      const current = remembered[d.key]
      if (!current || s.stamp < current.stamp)
        remembered[d.key] = { ...s, path: d.path, ...(d.result ? { result: d.result } : {}), commit: d.commit, branch: d.branch }
      break
    }
    case 'notification-pending': {
      const outbox = (feature.outbox ??= dict())
      outbox[event.data.event] = Math.max(outbox[event.data.event] ?? 0, event.data.occurrence ?? 1)
      break
    }
    case 'resolution-suggested': {
      const d = event.data
      const c = conflictOf(feature, event.feature, d.left, d.right)
      if (newer(s, c.suggestion)) c.suggestion = { ...s, ...d }
      break
    }
    case 'notification-claimed': {
      const outbox = feature.outbox ?? {}
      if ((outbox[event.data.event] ?? 0) <= (event.data.occurrence ?? 1)) delete outbox[event.data.event]
      break
    }
    case 'agent-usage': {
      const d = event.data
      touch(d.agent)
      addUsage(((feature.usage ??= dict())[d.agent] ??= noUsage()), d, event.time)
      const tasks = [...new Set(d.tasks ?? [])].sort()
      tasks.forEach((id, i) => addUsage(((feature.taskUsage ??= dict())[id] ??= noUsage()), shareOf(d, i, tasks.length), event.time))
      break
    }
    case 'budget-crossed': {
      const d = event.data
      const id = JSON.stringify([d.scope, d.subject])
      const current = (feature.budgets ??= dict())[id]
      if (!current || d.budgetMicroUsd > current.budgetMicroUsd)
        feature.budgets[id] = {
          scope: d.scope,
          subject: d.subject,
          budgetMicroUsd: d.budgetMicroUsd,
          spentMicroUsd: d.spentMicroUsd,
          time: event.time,
        }
      break
    }
    case 'brief-delivered': {
      const briefed = (feature.briefed ??= dict())
      for (const id of event.data.conflicts ?? []) {
        const told = (briefed[id] ??= dict())
        if ((told[event.data.agent] ?? '') < event.time) told[event.data.agent] = event.time
      }
      break
    }
  }
}

const USAGE_FIELDS = ['inputTokens', 'outputTokens', 'cacheCreationTokens', 'cacheReadTokens', 'costMicroUsd'] as const
type UsageCounts = Pick<UsageTotals, (typeof USAGE_FIELDS)[number]>

function noUsage(): UsageTotals {
  return { inputTokens: 0, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: 0, costMicroUsd: 0, records: 0, lastAt: '' }
}

function addUsage(totals: UsageTotals, d: UsageCounts, time: string): void {
  for (const field of USAGE_FIELDS) totals[field] += d[field]
  totals.records++
  if (time > totals.lastAt) totals.lastAt = time
}

/**
 * The share of task `i` of `n` (sorted ids) in a usage record: the whole parts split evenly,
 * the remainder one each to the first tasks, so that the shares add up to the record exactly.
 */
export function shareOf(d: UsageCounts, i: number, n: number): UsageCounts {
  const share = (v: number) => Math.floor(v / n) + (i < v % n ? 1 : 0)
  return {
    inputTokens: share(d.inputTokens),
    outputTokens: share(d.outputTokens),
    cacheCreationTokens: share(d.cacheCreationTokens),
    cacheReadTokens: share(d.cacheReadTokens),
    costMicroUsd: share(d.costMicroUsd),
  }
}

/** The projection as stored: canonical JSON, so equal projections are equal bytes. */
export function serializeProjection(projection: Projection): string {
  return `${canonicalJson(projection, 1)}\n`
}

function newer(s: Stamped, current: Stamped | null | undefined): boolean {
  return !current || s.stamp > current.stamp
}

/** The id of a guard fact: which branch, which rule, which path or target. */
export function guardId(branch: string, kind: string, subject: string): string {
  return JSON.stringify([branch, kind, subject])
}

function guardOf(feature: FeatureProjection, d: { branch: string; kind: string; subject: string }): GuardState {
  return (feature.guards[guardId(d.branch, d.kind, d.subject)] ??= {
    branch: d.branch,
    kind: d.kind,
    subject: d.subject,
    raised: 0,
    cleared: 0,
    detected: null,
  })
}

/** The id of a drift fact: which branch, which path. */
export function driftId(branch: string, path: string): string {
  return JSON.stringify([branch, path])
}

function driftOf(feature: FeatureProjection, d: { branch: string; path: string }): DriftState {
  return ((feature.drift ??= dict())[driftId(d.branch, d.path)] ??= {
    branch: d.branch,
    path: d.path,
    raised: 0,
    cleared: 0,
    detected: null,
  })
}

function conflictOf(feature: FeatureProjection, spec: string, left: string, right: string) {
  const id = conflictId(spec, left, right)
  return (feature.conflicts[id] ??= {
    id,
    branches: sortedPair(left, right),
    detected: null,
    resolved: null,
    openSince: [],
    manualSince: [],
    resolutions: 0,
  })
}

/** Inserts into a newest-first list bounded to `limit`, in place; builds the summary only when it is kept. */
function keepNewest(list: EventSummary[], stamp: string, summarize: () => EventSummary, limit: number): void {
  if (list.length >= limit && stamp < list[list.length - 1].stamp) return
  let i = 0
  while (i < list.length && list[i].stamp > stamp) i++
  list.splice(i, 0, summarize())
  if (list.length > limit) list.length = limit
}

function insertSorted(list: string[], value: string): string[] {
  if (list.includes(value)) return list
  return [...list, value].sort()
}
