import { InputError } from '../errors'
import { MinHeap } from './min-heap'
import { buildPathIndex, holds, tasksOverlap, type PathIndex } from './path-index'
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
  /** The tasks' paths as a folder tree: answers "do two tasks clash" without a matrix of every pair. */
  paths: PathIndex
  /** How many other tasks each task clashes with (exact up to DEGREE_BUDGET of work, then an upper estimate). */
  degree: number[]
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
}

/** Work (task visits) spent counting clashes exactly; past it, degrees are estimated (they only break ties). */
export const DEGREE_BUDGET = 20_000_000
/** Path comparisons spent on the greedy clique of the lower bound; past it, the largest group of tasks on one path is used. */
export const CLIQUE_BUDGET = 2_000_000

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
  for (const t of tasks)
    if (t.dependsOn.some((d) => d.id === t.id))
      throw new InputError(`tasks.md: ${t.id} depends on itself; expected "depends on" to name other tasks`)
  // A task already started no longer waits: its agent began it anyway.
  const deps = tasks.map((t, i) =>
    fixedFirst[i] ? [] : [...new Set(t.dependsOn.map((d) => index.get(d.id)).filter((j): j is number => j !== undefined))],
  )
  const dependants: number[][] = tasks.map(() => [])
  deps.forEach((list, i) => list.forEach((j) => dependants[j].push(i)))
  const topo = topologicalOrder(n, deps, dependants, tasks)
  const head = new Array<number>(n).fill(0)
  for (const i of topo) for (const j of deps[i]) head[i] = Math.max(head[i], head[j] + 1)
  const tail = new Array<number>(n).fill(0)
  for (let k = topo.length - 1; k >= 0; k--) {
    const i = topo[k]
    for (const j of dependants[i]) tail[i] = Math.max(tail[i], tail[j] + 1)
  }
  const paths = buildPathIndex(tasks.map((t) => t.paths))
  return { n, m, deps, dependants, paths, degree: clashDegrees(paths, n), pin, fixedFirst, tail, head, topo }
}

/** True when some path of task i overlaps some path of task j. */
export function clashes(model: WaveModel, i: number, j: number): boolean {
  return i !== j && tasksOverlap(model.paths, i, j)
}

/**
 * Tasks that name one path or a folder holding it all overlap one another, as
 * do the tasks pinned to one agent: each such set needs as many waves as it
 * has members. (Tasks two agents already started are left out: they may share.)
 * Built on demand: only the exact search, on small inputs, needs the sets.
 */
export function separationGroups(model: WaveModel): number[][] {
  const { paths, pin, fixedFirst } = model
  const seen = new Set<string>()
  const groups: number[][] = []
  const add = (g: number[]) => {
    const key = g.join(',')
    if (g.length > 1 && !seen.has(key)) {
      seen.add(key)
      groups.push(g)
    }
  }
  const nodes = [...new Set(paths.nodesOf.flat())]
  for (const p of nodes) {
    const members = new Set<number>()
    for (const up of paths.chain[p]) for (const i of paths.tasksAt[up]) if (!fixedFirst[i]) members.add(i)
    add([...members].sort((a, b) => a - b))
  }
  const byAgent = new Map<number, number[]>()
  pin.forEach((a, i) => a >= 0 && byAgent.set(a, [...(byAgent.get(a) ?? []), i]))
  for (const g of byAgent.values()) add(g)
  return groups
}

/** The size of the largest set of tasks on one path and the folders above it (a clique of clashes), in linear time. */
function largestPathGroup(model: WaveModel): number {
  const { paths, fixedFirst } = model
  const count = new Array<number>(paths.chain.length).fill(0)
  let best = 0
  for (const p of paths.preorder) {
    const c = paths.chain[p]
    let here = c.length > 1 ? count[c[c.length - 2]] : 0
    // A task with a folder above this path already counts once on the chain.
    for (const i of paths.tasksAt[p]) if (!fixedFirst[i] && !paths.nodesOf[i].some((q) => q !== p && holds(paths, q, p))) here++
    count[p] = here
    best = Math.max(best, here)
  }
  return best
}

/**
 * Clash counts per task: the tasks on a path, under it or on a folder above
 * it, counted once each. Tasks with the same paths share the count. The work
 * is bounded; past DEGREE_BUDGET a count is summed without removing tasks
 * seen twice (an estimate, used only to order ties in the heuristic).
 */
function clashDegrees(paths: PathIndex, n: number): number[] {
  const prefix = [0]
  for (const p of paths.preorder) prefix.push(prefix[prefix.length - 1] + paths.tasksAt[p].length)
  const stamp = new Int32Array(n)
  const known = new Map<string, number>()
  let work = 0
  let round = 0
  return paths.nodesOf.map((nodes) => {
    if (!nodes.length) return 0
    const key = nodes.join(',')
    const cached = known.get(key)
    if (cached !== undefined) return cached
    let size = 0
    for (const a of nodes) {
      size += prefix[paths.leave[a]] - prefix[paths.enter[a]]
      for (const up of paths.chain[a].slice(0, -1)) size += paths.tasksAt[up].length
    }
    let degree = size - 1
    if (work + size <= DEGREE_BUDGET) {
      work += size
      round++
      let distinct = 0
      const visit = (i: number) => {
        if (stamp[i] !== round) {
          stamp[i] = round
          distinct++
        }
      }
      for (const a of nodes) {
        for (let k = paths.enter[a]; k < paths.leave[a]; k++) for (const i of paths.tasksAt[paths.preorder[k]]) visit(i)
        for (const up of paths.chain[a].slice(0, -1)) for (const i of paths.tasksAt[up]) visit(i)
      }
      degree = distinct - 1
    }
    known.set(key, degree)
    return degree
  })
}

/** Kahn's algorithm, smallest file position first; a cycle is the user's mistake in tasks.md. */
function topologicalOrder(n: number, deps: number[][], dependants: number[][], tasks: readonly PlanTask[]): number[] {
  const waiting = deps.map((d) => d.length)
  const ready = new MinHeap()
  waiting.forEach((w, i) => w === 0 && ready.push(i))
  const order: number[] = []
  while (ready.size) {
    const i = ready.pop()
    order.push(i)
    for (const j of dependants[i]) if (--waiting[j] === 0) ready.push(j)
  }
  if (order.length < n) {
    const cycle = findCycle(deps, waiting).map((i) => tasks[i].id)
    throw new InputError(
      `tasks.md: the dependencies ${cycle.join(' → ')} form a cycle; ` +
        'expected every "depends on" to name a task that does not wait for it in turn',
    )
  }
  return order
}

/** A cycle among the tasks Kahn's algorithm could not order: each of them waits for another of them. */
function findCycle(deps: number[][], waiting: number[]): number[] {
  const stuck = (i: number) => waiting[i] > 0
  const at = new Map<number, number>()
  const path: number[] = []
  let i = waiting.findIndex((w) => w > 0)
  while (!at.has(i)) {
    at.set(i, path.length)
    path.push(i)
    i = deps[i].find(stuck)!
  }
  return [...path.slice(at.get(i)), i]
}

/** True when tasks i and j may not share a wave. */
export function mustSeparate(model: WaveModel, i: number, j: number): boolean {
  if (model.pin[i] >= 0 && model.pin[i] === model.pin[j]) return true
  return clashes(model, i, j) && !(model.fixedFirst[i] && model.fixedFirst[j])
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

/**
 * The largest set of pairwise-separated tasks found greedily from each task
 * (any such set needs that many waves). The pair comparisons are bounded by
 * CLIQUE_BUDGET; when they run out, the largest group of tasks on one path
 * (also such a set, found in linear time) is the bound.
 */
function greedyClique(model: WaveModel): number {
  let best = 0
  const limit = model.paths.checks + CLIQUE_BUDGET
  for (let start = 0; start < model.n; start++) {
    const clique = [start]
    for (let j = 0; j < model.n; j++) {
      if (j === start) continue
      if (model.paths.checks > limit) return Math.max(best, clique.length, largestPathGroup(model))
      if (clique.every((k) => mustSeparate(model, j, k))) clique.push(j)
    }
    best = Math.max(best, clique.length)
  }
  return best
}
