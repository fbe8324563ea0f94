import { type FeatureProjection, emptyTrends, hourOf, LEAD_TIME_LABELS, taskProgress } from '../state/projection'

/** A step of a series: from `t` (a canonical ISO time) on, the value is `v`. */
export interface Step {
  t: string
  v: number
}

export interface Series {
  /** Short id (CSS class and data attribute): done, merged, scope, open, or the agent's position. */
  id: string
  /** What the line is, in words (the legend). */
  name: string
  steps: Step[]
}

/** The start of an hour key (`2026-03-01T10`) as a canonical ISO time. */
const hourStart = (hour: string) => `${hour}:00:00.000Z`

const byTime = (a: Step, b: Step) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0)

/** Running totals of (time, delta) pairs: one step per distinct time, in time order. */
function accumulate(deltas: [string, number][]): Step[] {
  const sorted = [...deltas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const steps: Step[] = []
  let v = 0
  for (const [t, d] of sorted) {
    v += d
    if (steps.length && steps[steps.length - 1].t === t) steps[steps.length - 1].v = v
    else steps.push({ t, v })
  }
  return steps
}

/**
 * The burn-up: tasks done (each task done now, from the time it was first reported done), tasks done and
 * merged (from the time its current commit was merged), and the scope (the tasks the latest registration at
 * that time listed).
 */
export function burnUp(feature: FeatureProjection): Series[] {
  const trends = feature.trends ?? emptyTrends()
  const progress = taskProgress(feature)
  const done: [string, number][] = []
  const merged: [string, number][] = []
  for (const t of progress.tasks) {
    const first = trends.firstDone[t.id]
    if (t.state === 'done' && first) done.push([first, 1])
    const at = t.merged && t.commit ? feature.merged[t.id]?.[t.commit]?.time : undefined
    if (at) merged.push([at, 1])
  }
  // Registrations: each replaces the scope, so a step per registration at its time (the greatest stamp wins a tie).
  const scope: Step[] = []
  for (const stamp of Object.keys(trends.scope).sort()) {
    const t = stamp.slice(0, stamp.indexOf(' '))
    const step = { t, v: trends.scope[stamp] }
    if (scope.length && scope[scope.length - 1].t === t) scope[scope.length - 1] = step
    else scope.push(step)
  }
  return [
    { id: 'scope', name: 'Tasks registered', steps: scope },
    { id: 'done', name: 'Tasks done', steps: accumulate(done) },
    { id: 'merged', name: 'Tasks done and merged', steps: accumulate(merged) },
  ]
}

/**
 * Open conflicts at the end of each hour in which one began or ended: resolved occurrences from the
 * trends (first detection → resolution), open ones from their first detection since the last resolution.
 */
export function openConflictsOverTime(feature: FeatureProjection): Series {
  const trends = feature.trends ?? emptyTrends()
  const deltas: [string, number][] = []
  for (const [hour, n] of Object.entries(trends.began)) deltas.push([hourStart(hour), n])
  for (const [hour, n] of Object.entries(trends.ended)) deltas.push([hourStart(hour), -n])
  for (const c of Object.values(feature.conflicts)) {
    const since = c.openSince[0]
    if (since) deltas.push([hourStart(hourOf(since)), 1])
  }
  return { id: 'open', name: 'Open conflicts', steps: accumulate(deltas).sort(byTime) }
}

/** Each agent's cost so far (US dollars) at the end of each hour in which it recorded usage. */
export function costPerAgent(feature: FeatureProjection): Series[] {
  const trends = feature.trends ?? emptyTrends()
  return Object.keys(trends.cost)
    .sort()
    .map((agent, i) => {
      const steps = accumulate(Object.entries(trends.cost[agent]).map(([hour, micro]) => [hourStart(hour), micro]))
      return { id: `a${i % 6}`, name: agent, steps: steps.map((s) => ({ t: s.t, v: s.v / 1_000_000 })) }
    })
}

/** Resolved conflicts by how long they lived (first detection → resolution), in LEAD_TIME_LABELS's buckets. */
export function leadTimeDistribution(feature: FeatureProjection): { label: string; count: number }[] {
  const counts = feature.trends?.leadTimes ?? {}
  return LEAD_TIME_LABELS.map((label, i) => ({ label, count: counts[String(i)] ?? 0 }))
}
