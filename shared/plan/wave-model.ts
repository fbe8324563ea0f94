import { InputError } from '../errors'
import { normalizePath, pathsOverlap } from './path-overlap'
import type { PlanTask } from './plan-types'

/**
 * The planning problem in numbers. Tasks are indexed 0..n-1 and agents
 * 0..m-1. A wave is a round in which every agent takes at most one task; a
 * task waits for its dependencies to finish in an earlier wave. Two tasks
 * clash when their paths overlap; clashing tasks in one wave would be worked
 * on by two agents at once, so only tasks already started by two agents
 * (nothing can be done about those) may clash within a wave.
 */
export interface WaveModel {
  n: number
  m: number
  deps: number[][]
  dependants: number[][]
  clash: boolean[][]
  /** Agent index a task must go to, or -1. */
  pin: number[]
  /** Started tasks are fixed to the first wave (one per agent). */
  fixedFirst: boolean[]
  /** Longest chain of dependencies below a task (0 for a task with no dependants). */
  tail: number[]
  /** Longest chain above it (0 for a task that waits for nothing). */
  head: number[]
  /** A topological order. */
  topo: number[]
  /** Sets of tasks that must all take different waves (one path and its folders; one agent's pinned tasks). */
  groups: number[][]
}

export function buildModel(tasks: readonly PlanTask[], agents: readonly string[]): WaveModel {
  const n = tasks.length
  const m = agents.length
  const index = new Map(tasks.map((t, i) => [t.id, i]))
  const agentIndex = new Map(agents.map((a, i) => [a, i]))
  const pin = tasks.map((t) => (t.pinned ? (agentIndex.get(t.pinned.agent) ?? -1) : -1))
  const fixedFirst = tasks.map(() => false)
  const firstOf = new Set<number>()
  tasks.forEach((t, i) => {
    if (t.started && pin[i] >= 0 && !firstOf.has(pin[i])) {
      firstOf.add(pin[i])
      fixedFirst[i] = true
    }
  })
  // A task already started no longer waits: its agent began it anyway.
  const deps = tasks.map((t, i) =>
    fixedFirst[i] ? [] : [...new Set(t.dependsOn.map((d) => index.get(d.id)).filter((j): j is number => j !== undefined && j !== i))],
  )
  const dependants: number[][] = tasks.map(() => [])
  deps.forEach((list, i) => list.forEach((j) => dependants[j].push(i)))
  const topo = topologicalOrder(n, deps, dependants, tasks)
  const head = new Array<number>(n).fill(0)
  for (const i of topo) for (const j of deps[i]) head[i] = Math.max(head[i], head[j] + 1)
  const tail = new Array<number>(n).fill(0)
  for (const i of [...topo].reverse()) for (const j of dependants[i]) tail[i] = Math.max(tail[i], tail[j] + 1)
  const clash = tasks.map((a, i) => tasks.map((b, j) => i !== j && a.paths.some((x) => b.paths.some((y) => pathsOverlap(x, y)))))
  return { n, m, deps, dependants, clash, pin, fixedFirst, tail, head, topo, groups: separationGroups(tasks, pin, fixedFirst) }
}

/**
 * Tasks that name one path or a folder holding it all overlap one another, as
 * do the tasks pinned to one agent: each such set needs as many waves as it
 * has members. (Tasks two agents already started are left out: they may share.)
 */
function separationGroups(tasks: readonly PlanTask[], pin: number[], fixedFirst: boolean[]): number[][] {
  const byPath = new Map<string, Set<number>>()
  const all = tasks.map((t) => t.paths.map(normalizePath))
  all.forEach((paths) => paths.forEach((p) => byPath.set(p, new Set())))
  for (const p of byPath.keys()) {
    all.forEach((paths, i) => {
      if (!fixedFirst[i] && paths.some((q) => q === p || q === '' || p.startsWith(`${q}/`))) byPath.get(p)!.add(i)
    })
  }
  const byAgent = new Map<number, number[]>()
  pin.forEach((a, i) => a >= 0 && byAgent.set(a, [...(byAgent.get(a) ?? []), i]))
  const seen = new Set<string>()
  const groups: number[][] = []
  for (const g of [...[...byPath.values()].map((s) => [...s]), ...byAgent.values()]) {
    const key = g.join(',')
    if (g.length > 1 && !seen.has(key)) {
      seen.add(key)
      groups.push(g)
    }
  }
  return groups
}

/** Kahn's algorithm, smallest file position first; a cycle is the user's mistake in tasks.md. */
function topologicalOrder(n: number, deps: number[][], dependants: number[][], tasks: readonly PlanTask[]): number[] {
  const waiting = deps.map((d) => d.length)
  const ready = waiting.flatMap((w, i) => (w === 0 ? [i] : []))
  const order: number[] = []
  while (ready.length) {
    ready.sort((a, b) => a - b)
    const i = ready.shift()!
    order.push(i)
    for (const j of dependants[i]) if (--waiting[j] === 0) ready.push(j)
  }
  if (order.length < n) {
    const stuck = tasks.filter((_, i) => waiting[i] > 0).map((t) => t.id)
    throw new InputError(
      `tasks.md: the dependencies of ${stuck.slice(0, 10).join(', ')}${stuck.length > 10 ? ', ...' : ''} form a cycle; ` +
        'expected every "depends on" to name a task that does not wait for it in turn',
    )
  }
  return order
}

/** True when tasks i and j may not share a wave. */
export function mustSeparate(model: WaveModel, i: number, j: number): boolean {
  if (model.pin[i] >= 0 && model.pin[i] === model.pin[j]) return true
  return model.clash[i][j] && !(model.fixedFirst[i] && model.fixedFirst[j])
}

/** No plan has fewer waves: enough rounds for every task, the longest chain, one agent's pinned tasks, and tasks that all clash. */
export function lowerBound(model: WaveModel): number {
  if (model.n === 0) return 0
  let bound = Math.ceil(model.n / Math.max(1, model.m))
  for (let i = 0; i < model.n; i++) bound = Math.max(bound, model.head[i] + model.tail[i] + 1)
  const pinned = new Map<number, number>()
  for (const p of model.pin) if (p >= 0) pinned.set(p, (pinned.get(p) ?? 0) + 1)
  for (const count of pinned.values()) bound = Math.max(bound, count)
  return Math.max(bound, greedyClique(model))
}

/** The largest set of pairwise-separated tasks found greedily from each task (any such set needs that many waves). */
function greedyClique(model: WaveModel): number {
  let best = 0
  for (let start = 0; start < model.n; start++) {
    const clique = [start]
    for (let j = 0; j < model.n; j++) {
      if (j !== start && clique.every((k) => mustSeparate(model, j, k))) clique.push(j)
    }
    best = Math.max(best, clique.length)
  }
  return best
}
