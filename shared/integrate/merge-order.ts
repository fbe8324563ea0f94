import type { ConflictEdge, MergeCandidate, MergeOrder, OrderInput, OrderStep } from './order-types'

/** Up to this many candidates the best set of clean merges is found exactly (2^n subsets at worst). */
export const EXACT_ORDER_LIMIT = 24

/**
 * The order to merge implementor branches into their overseer so that the
 * fewest merges hit a conflict. A merge conflicts at its turn when the
 * candidate conflicts with the overseer already or with a candidate merged
 * before it. So the merges that stay clean are a set of candidates no two of
 * which conflict, merged first; every other candidate conflicts with one of
 * them. The best order merges a largest such set first: a candidate whose
 * merge would make two others conflict goes after them. Ties go to the
 * candidate that makes the fewest others conflict, then the least behind,
 * then the lowest number. Held-back candidates (failing checks, guard
 * violations) and those with nothing to merge are left out.
 */
export function mergeOrder(input: OrderInput): MergeOrder {
  const held = new Map<string, OrderInput['heldBack']>()
  for (const h of input.heldBack) held.set(h.branch, [...(held.get(h.branch) ?? []), h])
  const upToDate = input.candidates.filter((c) => c.ahead === 0 && !held.has(c.branch)).map((c) => c.name)
  const active = input.candidates.filter((c) => c.ahead !== 0 && !held.has(c.branch)).sort(byName)
  const index = new Map(active.map((c, i) => [c.branch, i]))
  const edge = new Map<string, ConflictEdge>()
  const adjacent = active.map(() => new Set<number>())
  for (const e of input.conflicts) {
    const i = index.get(e.a)
    const j = index.get(e.b)
    if (i === undefined || j === undefined || i === j) continue
    adjacent[i].add(j)
    adjacent[j].add(i)
    edge.set(key(i, j), e)
  }
  const existing = new Map(
    input.overseerConflicts.filter((e) => index.has(e.a) || index.has(e.b)).map((e) => [index.has(e.a) ? e.a : e.b, e]),
  )
  const rank = (i: number) => [adjacent[i].size, active[i].behind ?? 0, i]
  const free = active.map((_, i) => i).filter((i) => !existing.has(active[i].branch))
  const exact = free.length <= EXACT_ORDER_LIMIT
  const clean = exact ? largestIndependent(free, adjacent, rank) : greedyIndependent(free, adjacent, rank)
  const inClean = new Set(clean)
  const rest = active.map((_, i) => i).filter((i) => !inClean.has(i))
  const order = [...clean.sort((a, b) => compare(rank(a), rank(b))), ...rest.sort((a, b) => compare(rank(a), rank(b)))]
  const merged = new Set<number>()
  const conflicting = new Set<number>(active.map((_, i) => i).filter((i) => existing.has(active[i].branch)))
  const steps: OrderStep[] = order.map((i, k) => {
    const c = active[i]
    const before = [...merged].filter((j) => adjacent[i].has(j)).sort((a, b) => a - b)
    const conflictsWith = [...(existing.has(c.branch) ? [existing.get(c.branch)!] : []), ...before.map((j) => edge.get(key(i, j))!)]
    const later = order.slice(k + 1).filter((j) => adjacent[i].has(j) && !conflicting.has(j))
    const makesConflict = later.map((j) => edge.get(key(i, j))!)
    merged.add(i)
    for (const j of later) conflicting.add(j)
    return {
      position: k + 1,
      branch: c.branch,
      name: c.name,
      ...(c.pr !== undefined ? { pr: c.pr } : {}),
      conflicts: conflictsWith.length > 0,
      conflictsWith,
      makesConflict,
      reason: reasonOf(
        c,
        conflictsWith,
        makesConflict,
        active,
        [...adjacent[i]].filter((j) => inClean.has(j)),
        inClean.has(i),
        input.overseer,
      ),
    }
  })
  const heldBack = input.candidates
    .filter((c) => held.has(c.branch))
    .sort(byName)
    .flatMap((c) => held.get(c.branch)!.map((h) => ({ ...h, name: c.name, ...(c.pr !== undefined ? { pr: c.pr } : {}) })))
  const existingConflicts = steps.filter((s) => existing.has(s.branch)).length
  return {
    overseer: input.overseer,
    steps,
    heldBack,
    upToDate,
    newConflicts: steps.filter((s) => s.conflicts).length - existingConflicts,
    existingConflicts,
    exact,
  }
}

function reasonOf(
  c: MergeCandidate,
  conflictsWith: ConflictEdge[],
  makesConflict: ConflictEdge[],
  active: MergeCandidate[],
  cleanNeighbours: number[],
  clean: boolean,
  overseer: string,
): string {
  const nameOf = (branch: string) => (branch === overseer ? 'the overseer' : (active.find((a) => a.branch === branch)?.name ?? branch))
  const other = (e: ConflictEdge) => nameOf(e.a === c.branch ? e.b : e.a)
  const files = (e: ConflictEdge) => (e.files.length ? ` in ${e.files.slice(0, 3).join(', ')}${e.files.length > 3 ? ', ...' : ''}` : '')
  if (clean) {
    if (!makesConflict.length) return 'merges cleanly; no other pull request conflicts with it'
    return `merges cleanly; afterwards ${makesConflict.map((e) => `${other(e)}${files(e)}`).join('; ')} will need resolving`
  }
  const why = conflictsWith.map((e) =>
    e.a === overseer || e.b === overseer ? `already conflicts with the overseer${files(e)}` : `conflicts with ${other(e)}${files(e)}`,
  )
  const blocked =
    cleanNeighbours.length >= 2
      ? `; merged earlier it would make ${cleanNeighbours
          .sort((a, b) => a - b)
          .map((j) => active[j].name)
          .join(' and ')} conflict`
      : ''
  return `${why.join('; ')}: resolve while merging${blocked}`
}

/** A largest set with no two adjacent, by branch and bound; among equals, the one with the best-ranked members. */
function largestIndependent(nodes: number[], adjacent: Set<number>[], rank: (i: number) => number[]): number[] {
  const order = [...nodes].sort((a, b) => compare(rank(a), rank(b)))
  let best: number[] = []
  const chosen: number[] = []
  const walk = (k: number, blocked: Set<number>) => {
    const left = order.slice(k).filter((i) => !blocked.has(i)).length
    if (chosen.length + left <= best.length) return
    if (k === order.length) {
      best = [...chosen]
      return
    }
    const i = order[k]
    if (!blocked.has(i)) {
      chosen.push(i)
      walk(k + 1, new Set([...blocked, ...adjacent[i]]))
      chosen.pop()
    }
    walk(k + 1, blocked)
  }
  walk(0, new Set())
  return best
}

/** Above the exact limit: take the candidate with the fewest conflicts among those left, repeatedly. */
function greedyIndependent(nodes: number[], adjacent: Set<number>[], rank: (i: number) => number[]): number[] {
  const left = new Set(nodes)
  const out: number[] = []
  while (left.size) {
    const degree = (i: number) => [...adjacent[i]].filter((j) => left.has(j)).length
    const i = [...left].sort((a, b) => degree(a) - degree(b) || compare(rank(a), rank(b)))[0]
    out.push(i)
    left.delete(i)
    for (const j of adjacent[i]) left.delete(j)
  }
  return out
}

function key(i: number, j: number): string {
  return i < j ? `${i} ${j}` : `${j} ${i}`
}

function byName(a: MergeCandidate, b: MergeCandidate): number {
  const na = Number(/(\d+)$/.exec(a.name)?.[1] ?? 0)
  const nb = Number(/(\d+)$/.exec(b.name)?.[1] ?? 0)
  return na - nb || (a.branch < b.branch ? -1 : a.branch > b.branch ? 1 : 0)
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}
