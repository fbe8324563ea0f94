import { conflictId, stampOf, usageOf, usd, type EventOf, type OrchestratorEvent } from '../state/events'
import { durations, earliest, secondsBetween, type Durations } from './stats'

/**
 * `orchestrator metrics`: what the toolkit saved and what the agents cost,
 * computed from the event log alone. Every time is an event's time (never
 * the clock), every list is sorted, so the same log gives the same bytes.
 * The definitions are the README's ("Metrics").
 */
export interface MetricsOptions {
  /** Only this feature. */
  feature?: string
  /** Only what ended at or after this canonical ISO time (a resolution, a merge, a check run...). */
  since?: string
}

export interface ConflictMetrics {
  /** Conflicts resolved: first detection → resolution. */
  leadTime: Durations
  /** Of those, resolved before a pull request of either branch was merged. */
  resolvedBeforeMerge: number
  /** Conflicts still open when a pull request of one of their branches was merged. */
  reachedMerge: number
  reachedMergeList: { feature: string; conflict: string; pr: number; mergedAt: string }[]
}

export interface CycleMetrics {
  assignedToFirstCommit: Durations
  firstCommitToDone: Durations
  doneToMerged: Durations
  /** From the assignment (or, without one, the first commit) to the merge. */
  total: Durations
}

export interface AgentMetrics {
  agent: string
  checkRuns: number
  checksPassed: number
  /** checksPassed / checkRuns, rounded to 4 decimals; null without runs. */
  checkPassRate: number | null
  guardViolations: number
  costUsd: number
  tokens: number
}

export interface Metrics {
  feature: string | null
  since: string | null
  events: number
  /** The newest event time counted: what "now" is for these numbers. */
  until: string | null
  conflicts: ConflictMetrics
  tasks: CycleMetrics
  prTimeToMerge: Durations
  agents: AgentMetrics[]
  cost: { totalUsd: number; doneTasks: number; perDoneTaskUsd: number | null }
}

interface Interval {
  feature: string
  id: string
  left: string
  right: string
  start: string
  end: string | null
}

/** The first time of each step of a task. */
interface TaskTimes {
  assigned?: string
  firstCommit?: string
  done?: string
  merged?: string
}

type PairEvent = EventOf<'conflict-detected'> | EventOf<'conflict-resolved'>

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** A conflict's occurrences: from its first detection to its resolution (or still open), per pair, in stamp order. */
function conflictIntervals(events: readonly OrchestratorEvent[]): Interval[] {
  const byPair = new Map<string, PairEvent[]>()
  for (const e of events) {
    if (e.kind !== 'conflict-detected' && e.kind !== 'conflict-resolved') continue
    const id = `${e.feature}\n${conflictId(e.feature, e.data.left, e.data.right)}`
    byPair.set(id, [...(byPair.get(id) ?? []), e])
  }
  const out: Interval[] = []
  for (const list of byPair.values()) {
    list.sort((a, b) => cmp(stampOf(a), stampOf(b)))
    const { feature, data } = list[0]
    const pair = { feature, id: conflictId(feature, data.left, data.right), left: data.left, right: data.right }
    let open: string | null = null
    for (const e of list) {
      if (e.kind === 'conflict-detected') open ??= e.time
      else {
        // The resolution names when its occurrence was first detected (the writer's openSince): that is its start.
        out.push({ ...pair, start: e.data.detectedAt, end: e.time })
        open = null
      }
    }
    if (open !== null) out.push({ ...pair, start: open, end: null })
  }
  return out.sort((a, b) => cmp(a.feature, b.feature) || cmp(a.id, b.id) || cmp(a.start, b.start))
}

export function computeMetrics(all: readonly OrchestratorEvent[], options: MetricsOptions = {}): Metrics {
  const events = all.filter((e) => options.feature === undefined || e.feature === options.feature)
  const since = options.since
  const counts = (time: string) => since === undefined || time >= since
  let until: string | null = null
  for (const e of events) if (until === null || e.time > until) until = e.time

  // Pull requests: first opened, first merged, by (feature, number).
  const prs = new Map<string, { feature: string; number: number; head: string; opened?: string; merged?: string }>()
  for (const e of events) {
    if (e.kind !== 'pr-updated') continue
    const id = `${e.feature}\n${e.data.number}`
    const pr = prs.get(id) ?? { feature: e.feature, number: e.data.number, head: e.data.head }
    if (e.data.action === 'opened') pr.opened = earliest(pr.opened, e.time)
    if (e.data.action === 'merged') pr.merged = earliest(pr.merged, e.time)
    prs.set(id, pr)
  }
  const merges = [...prs.values()].filter((p) => p.merged !== undefined).sort((a, b) => cmp(a.merged!, b.merged!) || a.number - b.number)
  /** The first merge of a pull request from `branch` in `feature`. */
  const firstMerge = (feature: string, branch: string) => merges.find((p) => p.feature === feature && p.head === branch)?.merged

  // Conflicts.
  const intervals = conflictIntervals(events)
  const resolved = intervals.filter((i) => i.end !== null && counts(i.end))
  const leadTimes = resolved.map((i) => secondsBetween(i.start, i.end!)).filter((s): s is number => s !== null)
  const resolvedBeforeMerge = resolved.filter((i) => {
    const merged = [firstMerge(i.feature, i.left), firstMerge(i.feature, i.right)].filter((t): t is string => t !== undefined)
    return merged.every((t) => i.end! < t)
  }).length
  const reachedMergeList: ConflictMetrics['reachedMergeList'] = []
  for (const i of intervals) {
    const hit = merges.find(
      (p) =>
        p.feature === i.feature &&
        (p.head === i.left || p.head === i.right) &&
        p.merged! >= i.start &&
        (i.end === null || p.merged! < i.end),
    )
    if (hit && counts(hit.merged!)) reachedMergeList.push({ feature: i.feature, conflict: i.id, pr: hit.number, mergedAt: hit.merged! })
  }

  // Tasks: the first time of each step, by (feature, task).
  const tasks = new Map<string, TaskTimes>()
  const task = (feature: string, id: string) => {
    const key = `${feature}\n${id}`
    const t = tasks.get(key) ?? {}
    tasks.set(key, t)
    return t
  }
  for (const e of events) {
    if (e.kind === 'task-assigned') task(e.feature, e.data.taskId).assigned = earliest(task(e.feature, e.data.taskId).assigned, e.time)
    if (e.kind === 'task-updated' && e.data.state !== 'open') {
      const t = task(e.feature, e.data.taskId)
      t.firstCommit = earliest(t.firstCommit, e.time)
      if (e.data.state === 'done') t.done = earliest(t.done, e.time)
    }
    if (e.kind === 'task-merged') task(e.feature, e.data.taskId).merged = earliest(task(e.feature, e.data.taskId).merged, e.time)
  }
  const step = (from: (t: TaskTimes) => string | undefined, to: (t: TaskTimes) => string | undefined) => {
    const out: number[] = []
    for (const t of tasks.values()) {
      const a = from(t)
      const b = to(t)
      if (a === undefined || b === undefined || !counts(b)) continue
      const s = secondsBetween(a, b)
      if (s !== null) out.push(s)
    }
    return durations(out)
  }
  const cycle: CycleMetrics = {
    assignedToFirstCommit: step(
      (t) => t.assigned,
      (t) => t.firstCommit,
    ),
    firstCommitToDone: step(
      (t) => t.firstCommit,
      (t) => t.done,
    ),
    doneToMerged: step(
      (t) => t.done,
      (t) => t.merged,
    ),
    total: step(
      (t) => t.assigned ?? t.firstCommit,
      (t) => t.merged,
    ),
  }
  const doneTasks = [...tasks.values()].filter((t) => t.done !== undefined && counts(t.done)).length

  const prTimes = [...prs.values()]
    .filter((p) => p.opened !== undefined && p.merged !== undefined && counts(p.merged))
    .map((p) => secondsBetween(p.opened!, p.merged!))
    .filter((s): s is number => s !== null)

  // Per agent: checks, guard violations, cost.
  const agents = new Map<string, AgentMetrics>()
  const agent = (name: string) => {
    const a = agents.get(name) ?? {
      agent: name,
      checkRuns: 0,
      checksPassed: 0,
      checkPassRate: null,
      guardViolations: 0,
      costUsd: 0,
      tokens: 0,
    }
    agents.set(name, a)
    return a
  }
  const micro = new Map<string, number>()
  for (const e of events) {
    if (!counts(e.time)) continue
    if (e.kind === 'test-result') {
      const a = agent(e.data.branch ?? e.data.role)
      a.checkRuns++
      if (e.data.failed === 0) a.checksPassed++
    } else if (e.kind === 'guard-violation') agent(e.data.branch).guardViolations++
    else {
      const u = usageOf(e)
      if (!u) continue
      agent(u.agent).tokens += u.tokens
      micro.set(u.agent, (micro.get(u.agent) ?? 0) + u.costMicroUsd)
    }
  }
  let totalMicro = 0
  for (const [name, m] of micro) {
    agent(name).costUsd = usd(m)
    totalMicro += m
  }
  for (const a of agents.values()) a.checkPassRate = a.checkRuns ? Math.round((a.checksPassed / a.checkRuns) * 10_000) / 10_000 : null

  return {
    feature: options.feature ?? null,
    since: since ?? null,
    events: events.length,
    until,
    conflicts: { leadTime: durations(leadTimes), resolvedBeforeMerge, reachedMerge: reachedMergeList.length, reachedMergeList },
    tasks: cycle,
    prTimeToMerge: durations(prTimes),
    agents: [...agents.values()].sort((a, b) => cmp(a.agent, b.agent)),
    cost: { totalUsd: usd(totalMicro), doneTasks, perDoneTaskUsd: doneTasks ? usd(Math.round(totalMicro / doneTasks)) : null },
  }
}
