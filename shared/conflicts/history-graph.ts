import type { Git } from '../git/git'
import { octopusMergeBase, topoParents } from '../git/history'

/** Which of a list of commits ("sources") reach each node: one bit per source. */
class Reach {
  private readonly words: number
  private readonly bits: Uint32Array
  private readonly bitOf: Map<string, number>
  constructor(graph: HistoryGraph, sources: readonly string[], allReachCommon: boolean) {
    this.words = Math.max(1, Math.ceil(sources.length / 32))
    this.bits = new Uint32Array(graph.ids.length * this.words)
    this.bitOf = new Map(sources.map((s, i) => [s, i]))
    sources.forEach((s, i) => {
      const node = graph.index.get(s)
      if (node !== undefined) this.set(node, i)
    })
    // Every tip reaches the common commit; a merge base generally does not.
    if (allReachCommon && graph.common !== null) for (let i = 0; i < sources.length; i++) this.set(graph.common, i)
    // Children come before parents, so one pass carries each node's bits down to its parents.
    for (let node = 0; node < graph.ids.length; node++) {
      for (const p of graph.parents[node]!)
        for (let w = 0; w < this.words; w++) this.bits[p * this.words + w]! |= this.bits[node * this.words + w]!
    }
  }
  private set(node: number, bit: number): void {
    this.bits[node * this.words + (bit >>> 5)]! |= 1 << (bit & 31)
  }
  /** Whether `source` is one of the sources. */
  has(source: string): boolean {
    return this.bitOf.has(source)
  }
  /** A test for "source reaches node", with the bit looked up once. */
  tester(source: string): (node: number) => boolean {
    const bit = this.bitOf.get(source)
    if (bit === undefined) return () => false
    const word = bit >>> 5
    const mask = 1 << (bit & 31)
    const { bits, words } = this
    return (node) => (bits[node * words + word]! & mask) !== 0
  }
}

/**
 * The part of the history above the branch tips' common ancestor, walked
 * once, to answer merge-base questions
 * for many pairs without a git process per pair.
 *
 * `git merge-base --octopus` gives a commit C common to every tip. Commits
 * reachable from C are common to every pair, and the only one of them that
 * can be a *best* common ancestor of a pair is C itself (any other is an
 * ancestor of C, which is common too). So only the commits above C are
 * listed (`rev-list --topo-order --parents <tips> ^C`), plus C.
 */
export class HistoryGraph {
  /** Commit ids, children before parents; C (when there is one) last. */
  readonly ids: string[] = []
  readonly index = new Map<string, number>()
  /** Parents within the graph, by node. */
  readonly parents: number[][] = []
  readonly children: number[][] = []
  common: number | null = null
  private tipReach!: Reach

  static async load(git: Git, tips: readonly string[]): Promise<HistoryGraph> {
    const graph = new HistoryGraph()
    const unique = [...new Set(tips)].sort()
    if (unique.length === 0) return graph
    const common = await octopusMergeBase(git, unique)
    const input = unique.join('\n') + (common ? `\n^${common}` : '') + '\n'
    const listing = await topoParents(git, input)
    const parentIds: string[][] = []
    for (const line of listing ? listing.split('\n') : []) {
      const [id, ...parents] = line.split(' ')
      graph.index.set(id!, graph.ids.length)
      graph.ids.push(id!)
      parentIds.push(parents)
    }
    if (common) {
      if (!graph.index.has(common)) {
        graph.index.set(common, graph.ids.length)
        graph.ids.push(common)
        parentIds.push([])
      }
      graph.common = graph.index.get(common)!
    }
    for (const ps of parentIds) {
      // Parents below C are left out: they are never a best merge base.
      graph.parents.push(ps.map((p) => graph.index.get(p)).filter((p): p is number => p !== undefined))
      graph.children.push([])
    }
    graph.parents.forEach((ps, node) => ps.forEach((p) => graph.children[p]!.push(node)))
    graph.tipReach = new Reach(graph, unique, true)
    return graph
  }

  /** Whether `sha` was one of the tips the graph was walked from (its questions are answered only for those). */
  hasTip(sha: string): boolean {
    return this.tipReach?.has(sha) ?? false
  }

  /**
   * Commits reachable from tip `a` and not from tip `b`, and the other way
   * round: what `git rev-list --left-right --count a...b` prints. Every commit
   * left out of the graph is reachable from C, hence from both tips, so only
   * the graph's nodes can differ.
   */
  aheadBehind(a: string, b: string): [number, number] {
    const [fromA, fromB] = [this.tipReach.tester(a), this.tipReach.tester(b)]
    let ahead = 0
    let behind = 0
    for (let node = 0; node < this.ids.length; node++) {
      const x = fromA(node)
      if (x !== fromB(node)) {
        if (x) ahead++
        else behind++
      }
    }
    return [ahead, behind]
  }

  /** The best common ancestors of two tips (several after criss-cross merges; none for unrelated histories). */
  mergeBases(a: string, b: string): string[] {
    const [fromA, fromB] = [this.tipReach.tester(a), this.tipReach.tester(b)]
    const both = (node: number): boolean => fromA(node) && fromB(node)
    const bases: string[] = []
    for (let node = 0; node < this.ids.length; node++) {
      if (both(node) && !this.children[node]!.some(both)) bases.push(this.ids[node]!)
    }
    return bases
  }
}
