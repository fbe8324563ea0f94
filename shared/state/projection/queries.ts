import type { ConflictFile, ConflictMessageData, RegisteredTask, TaskState } from '../events/event-schema'
import type { AgentState, BlockerState, ConflictState, FeatureProjection, PrState, Projection, TestState } from './projection-types'

/** Questions the views, `status` and the actions ask of a projection. All results are in a stable order. */

export interface OpenConflict {
  id: string
  feature: string
  left: string
  right: string
  leftSha: string
  rightSha: string
  files: ConflictFile[]
  /** When the current (unresolved) conflict was first detected. */
  detectedAt: string
  /** The latest scan that saw it. */
  lastSeenAt: string
  /** Logged by hand: scans do not resolve it. */
  manual: boolean
  reason?: string
  messages?: ConflictMessageData[]
  /** Found by a trial (the merge fails to build or test); absent for a textual conflict. */
  kind?: 'build' | 'test'
  check?: string
  /** The latest resolver suggestion for this pair at the detected tips (`resolution-suggested`), if any. */
  suggestion?: { outcome: 'proven' | 'rejected'; branch?: string; commit?: string; reason?: string; time: string }
}

/** The pair's suggestion when it was made for the tips the open conflict was detected at (either order). */
function suggestionAt(c: ConflictState, d: { leftSha: string; rightSha: string }): Pick<OpenConflict, 'suggestion'> {
  const s = c.suggestion
  if (!s) return {}
  const same = (s.leftSha === d.leftSha && s.rightSha === d.rightSha) || (s.leftSha === d.rightSha && s.rightSha === d.leftSha)
  if (!same) return {}
  return {
    suggestion: {
      outcome: s.outcome,
      time: s.time,
      ...(s.branch ? { branch: s.branch } : {}),
      ...(s.commit ? { commit: s.commit } : {}),
      ...(s.reason ? { reason: s.reason } : {}),
    },
  }
}

/** While `withOpenConflictsKept` runs: the open conflicts of its projection, by feature ('' for all), each listed once. */
let kept: { projection: Projection; lists: Map<string, readonly OpenConflict[]>; results: Map<string, unknown> } | null = null

/**
 * `compute()` once per `key` while `withOpenConflictsKept` renders `projection` (every call then gets the same
 * value: read it only), and on every call outside it. For what a page asks again for each conflict (the merge
 * order of the feature behind each conflict's brief).
 */
export function keptFor<T>(projection: Projection, key: string, compute: () => T): T {
  if (kept?.projection !== projection) return compute()
  if (kept.results.has(key)) return kept.results.get(key) as T
  const value = compute()
  kept.results.set(key, value)
  return value
}

/**
 * Runs `render`, a pure function of `projection` that does not change it, with `openConflicts` of that
 * projection computed once per feature: the views of one append asked for them some 40 times, each a walk
 * over every conflict. Each call still gets its own array (the conflicts in it are shared: read them only).
 */
export function withOpenConflictsKept<T>(projection: Projection, render: () => T): T {
  const outer = kept
  kept = { projection, lists: new Map(), results: new Map() }
  try {
    return render()
  } finally {
    kept = outer
  }
}

/** Pairs whose latest conflict event is a detection, i.e. conflicting in the last scan that looked at them. */
export function openConflicts(projection: Projection, feature?: string): OpenConflict[] {
  if (kept?.projection !== projection) return listOpenConflicts(projection, feature)
  let list = kept.lists.get(feature ?? '')
  if (!list) kept.lists.set(feature ?? '', (list = listOpenConflicts(projection, feature)))
  return [...list]
}

function listOpenConflicts(projection: Projection, feature?: string): OpenConflict[] {
  const out: OpenConflict[] = []
  for (const f of featuresOf(projection, feature)) {
    for (const c of Object.values(f.conflicts)) {
      if (!c.detected || c.openSince.length === 0) continue
      const d = c.detected
      out.push({
        id: c.id,
        feature: f.spec,
        left: d.left,
        right: d.right,
        leftSha: d.leftSha,
        rightSha: d.rightSha,
        files: d.files,
        detectedAt: timeOfStamp(c.openSince[0]),
        lastSeenAt: d.time,
        manual: (c.manualSince ?? []).length > 0,
        ...(d.reason ? { reason: d.reason } : {}),
        ...(d.messages?.length ? { messages: d.messages } : {}),
        ...(d.kind ? { kind: d.kind } : {}),
        ...(d.check ? { check: d.check } : {}),
        ...suggestionAt(c, d),
      })
    }
  }
  return out.sort((a, b) => cmp(a.feature, b.feature) || cmp(a.left, b.left) || cmp(a.right, b.right) || cmp(a.id, b.id))
}

/** The last commit sync-status recorded as read for `branch` (in `feature`, or in any feature), or null. */
export function lastSyncedSha(projection: Projection, branch: string, feature?: string): string | null {
  let best: { stamp: string; sha: string } | null = null
  for (const f of featuresOf(projection, feature)) {
    const s = f.synced[branch]
    if (s && (!best || s.stamp > best.stamp)) best = s
  }
  return best?.sha ?? null
}

export interface TaskRow {
  id: string
  state: TaskState
  /** Done and its commit reached the branch it merges into (or its pull request was merged). */
  merged?: boolean
  phase?: string
  description?: string
  agent?: string
  commit?: string
  time?: string
}

export interface TaskProgress {
  total: number
  /** Done on the agent's branch, merged or not. */
  done: number
  /** Of the done ones: merged into the branch they go to. */
  merged: number
  inProgress: number
  open: number
  tasks: TaskRow[]
}

/** Registered tasks plus any task an agent reported, with their latest state. */
export function taskProgress(feature: FeatureProjection): TaskProgress {
  const registered = new Map<string, RegisteredTask>()
  for (const t of feature.registration?.tasks ?? []) registered.set(t.id, t)
  const ids = [...new Set([...registered.keys(), ...Object.keys(feature.tasks)])].sort(compareTaskIds)
  const tasks = ids.map((id): TaskRow => {
    const r = registered.get(id)
    const s = feature.tasks[id]
    return {
      id,
      state: s?.state ?? 'open',
      phase: r?.phase,
      description: r?.description,
      agent: s?.agent,
      commit: s?.commit,
      time: s?.time,
      ...(s?.state === 'done' && feature.merged?.[id]?.[s.commit] ? { merged: true } : {}),
    }
  })
  const count = (state: TaskState) => tasks.filter((t) => t.state === state).length
  const merged = tasks.filter((t) => t.merged).length
  return { total: tasks.length, done: count('done'), merged, inProgress: count('in-progress'), open: count('open'), tasks }
}

/** Agents in view order: the overseer first, then implementors by index, then by branch. */
export function agentsOf(feature: FeatureProjection): AgentState[] {
  const rank = (a: AgentState) => (a.role === 'overseer' ? 0 : 1)
  return Object.values(feature.agents).sort((a, b) => rank(a) - rank(b) || (a.index ?? 1e9) - (b.index ?? 1e9) || cmp(a.branch, b.branch))
}

/** The names an agent's reports may carry: its branch, its role and, for an implementor, `impl-<n>`. */
export function agentAliases(agent: AgentState): string[] {
  const names = [agent.branch, agent.role]
  if (agent.role === 'implementor' && agent.index) names.push(`impl-${agent.index}`)
  return names
}

export function openPrs(feature: FeatureProjection): PrState[] {
  return Object.values(feature.prs)
    .filter((p) => p.action === 'opened' || p.action === 'updated')
    .sort((a, b) => a.number - b.number)
}

export function openBlockers(feature: FeatureProjection): BlockerState[] {
  return Object.values(feature.blockers)
    .filter((b) => b.raised && (!b.cleared || b.raised.stamp > b.cleared.stamp))
    .sort((a, b) => cmp(a.id, b.id))
}

/**
 * Latest result per (role, branch, suite), by role, branch and suite; only the suites of
 * the newest commit tested on each (role, branch), so a suite the checks no longer run
 * (an old `pytest` beside the newer `unit`) drops off instead of staying forever.
 */
export function latestTests(feature: FeatureProjection): TestState[] {
  const all = Object.values(feature.tests)
  const newest = new Map<string, TestState>()
  for (const t of all) {
    const at = JSON.stringify([t.role, t.branch ?? null])
    const n = newest.get(at)
    if (!n || t.stamp > n.stamp) newest.set(at, t)
  }
  return all
    .filter((t) => t.commit === newest.get(JSON.stringify([t.role, t.branch ?? null]))!.commit)
    .sort((a, b) => cmp(a.role, b.role) || cmp(a.branch ?? '', b.branch ?? '') || cmp(a.suite, b.suite))
}

/** Whether a result's counts are tests; a check's are 1 passed or 1 failed (role-ci records `unit: check`). */
export function countsTests(t: Pick<TestState, 'unit'>): boolean {
  return t.unit !== 'check'
}

/** The time of the newest event mentioning any of `names`, or null. */
export function lastActivity(feature: FeatureProjection, names: readonly string[]): string | null {
  let best: string | null = null
  for (const n of names) {
    const t = feature.activity[n]
    if (t && (!best || t > best)) best = t
  }
  return best
}

export function featuresOf(projection: Projection, feature?: string): FeatureProjection[] {
  if (feature !== undefined) return projection.features[feature] ? [projection.features[feature]] : []
  return Object.keys(projection.features)
    .sort()
    .map((k) => projection.features[k])
}

export function timeOfStamp(stamp: string): string {
  return stamp.slice(0, stamp.indexOf(' '))
}

export function compareTaskIds(a: string, b: string): number {
  const na = Number(a.slice(1))
  const nb = Number(b.slice(1))
  return na - nb || cmp(a, b)
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
