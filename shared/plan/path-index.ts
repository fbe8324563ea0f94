import { normalizePath } from './path-overlap'

/**
 * Task paths as a tree of folders, so that "do these paths overlap" is a
 * lookup instead of a comparison of every pair of tasks. Node 0 is the root
 * (the empty path, which holds everything); a path's node is reached by its
 * `/`-separated parts, so `src/models` holds `src/models/user.py` but not
 * `src/models.py`, exactly as `pathsOverlap` decides.
 */
export interface PathIndex {
  /** Node ids of each task's paths (distinct, in the task's order). */
  nodesOf: number[][]
  /** Each node's ancestors from the root down to the node itself. */
  chain: number[][]
  /** Tasks naming each node, in task order. */
  tasksAt: number[][]
  /** Path comparisons made so far (each pair of nodes looked at counts one): the work the plan did. */
  checks: number
  /** Nodes in depth-first order, and each node's subtree as a range of that order. */
  preorder: number[]
  enter: number[]
  leave: number[]
}

/**
 * Deeper paths stand for their folder at this depth: cautious, like a glob (an
 * overlap may be reported that is not there, never one missed), and it bounds
 * the work per path whatever a task line says.
 */
export const MAX_PATH_DEPTH = 64

export function buildPathIndex(paths: readonly (readonly string[])[]): PathIndex {
  const children: Map<string, number>[] = [new Map()]
  const chain: number[][] = [[0]]
  const tasksAt: number[][] = [[]]
  const nodeOf = (path: string): number => {
    const p = normalizePath(path)
    let node = 0
    if (p === '') return node
    for (const part of p.split('/').slice(0, MAX_PATH_DEPTH)) {
      let next = children[node].get(part)
      if (next === undefined) {
        next = children.length
        children[node].set(part, next)
        children.push(new Map())
        chain.push([...chain[node], next])
        tasksAt.push([])
      }
      node = next
    }
    return node
  }
  const nodesOf = paths.map((list, task) => {
    const nodes = [...new Set(list.map(nodeOf))]
    for (const node of nodes) tasksAt[node].push(task)
    return nodes
  })
  const preorder: number[] = []
  const enter = new Array<number>(children.length).fill(0)
  const leave = new Array<number>(children.length).fill(0)
  // Iterative depth-first walk: a deep folder tree must not exhaust the stack.
  const stack: [number, Iterator<number>][] = [[0, children[0].values()]]
  enter[0] = preorder.push(0) - 1
  while (stack.length) {
    const [node, rest] = stack[stack.length - 1]
    const next = rest.next()
    if (next.done) {
      leave[node] = preorder.length
      stack.pop()
      continue
    }
    enter[next.value] = preorder.push(next.value) - 1
    stack.push([next.value, children[next.value].values()])
  }
  return { nodesOf, chain, tasksAt, checks: 0, preorder, enter, leave }
}

/** True when node a is b or a folder above it. */
export function holds(index: PathIndex, a: number, b: number): boolean {
  const c = index.chain[b]
  const depth = index.chain[a].length - 1
  return depth < c.length && c[depth] === a
}

/** True when some path of task i overlaps some path of task j. */
export function tasksOverlap(index: PathIndex, i: number, j: number): boolean {
  index.checks += index.nodesOf[i].length * index.nodesOf[j].length
  for (const a of index.nodesOf[i]) for (const b of index.nodesOf[j]) if (holds(index, a, b) || holds(index, b, a)) return true
  return false
}

/**
 * Paths taken within one wave: `mark` a task's paths, then `blocks` tells
 * whether another task's paths overlap any marked one. `clear` starts the
 * next wave in constant time (marks are stamped with the wave).
 */
export class PathMarks {
  private stamp = 1
  private readonly exact: Int32Array
  private readonly below: Int32Array

  constructor(private readonly index: PathIndex) {
    this.exact = new Int32Array(index.chain.length)
    this.below = new Int32Array(index.chain.length)
  }

  clear(): void {
    this.stamp++
  }

  mark(task: number): void {
    for (const node of this.index.nodesOf[task]) {
      this.exact[node] = this.stamp
      for (const up of this.index.chain[node]) this.below[up] = this.stamp
    }
  }

  blocks(task: number): boolean {
    this.index.checks += this.index.nodesOf[task].length
    for (const node of this.index.nodesOf[task]) {
      // A marked path at or under this one, or a marked folder above it.
      if (this.below[node] === this.stamp) return true
      const c = this.index.chain[node]
      for (let k = 0; k < c.length - 1; k++) if (this.exact[c[k]] === this.stamp) return true
    }
    return false
  }
}
