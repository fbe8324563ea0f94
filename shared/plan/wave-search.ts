import { MinHeap } from './min-heap'
import { PathMarks } from './path-index'
import { mustSeparate, separationGroups, type WaveModel } from './wave-model'

/** Waves as 0-based numbers per task. */
export type WaveOf = number[]

/**
 * The heuristic: fill one wave after another with ready tasks, longest
 * remaining chain first (then the most clashes, then file order), skipping a
 * task that would clash with the wave or find its agent busy. It never puts
 * clashing tasks together, so it shares no path that could be avoided; it may
 * use more waves than needed (compare with `lowerBound`).
 *
 * Each wave looks only at tasks whose dependencies are placed, and a clash is
 * a lookup in the wave's marked paths, so the work is the ready tasks scanned
 * per wave (not every pair of tasks).
 */
export function listSchedule(model: WaveModel): WaveOf {
  const { n, m, fixedFirst, pin } = model
  const wave = new Array<number>(n).fill(-1)
  const order = priorityOrder(model)
  const rank = new Array<number>(n)
  order.forEach((i, k) => (rank[i] = k))
  // Tasks alike in what decides whether they fit (paths, pin, started) form a class: when one is
  // kept out of a wave, the rest of its class is too, so a wave skips the class at once.
  const classKey = new Map<string, number>()
  const classOf = model.paths.nodesOf.map((nodes, i) => {
    const key = `${Number(fixedFirst[i])}|${pin[i]}|${nodes.join(',')}`
    let c = classKey.get(key)
    if (c === undefined) classKey.set(key, (c = classKey.size))
    return c
  })
  const queued = Array.from({ length: classKey.size }, () => new MinHeap())
  // Heads of the classes by rank; an entry whose task is no longer its class's head is stale.
  const heads = new MinHeap()
  const inHeads = new Uint8Array(n)
  const offer = (c: number) => {
    const r = queued[c].peek()
    if (r !== undefined && !inHeads[r]) {
      inHeads[r] = 1
      heads.push(r)
    }
  }
  const makeReady = (i: number) => {
    queued[classOf[i]].push(rank[i])
    offer(classOf[i])
  }
  const waiting = model.deps.map((d) => d.length)
  for (const i of order) if (waiting[i] === 0) makeReady(i)
  const marks = new PathMarks(model.paths)
  const agentBusy = new Int32Array(m).fill(-1)
  let placed = 0
  for (let w = 0; placed < n; w++) {
    marks.clear()
    const members: number[] = []
    const aside: number[] = []
    const next: number[] = []
    while (members.length < m && heads.size) {
      const r = heads.pop()
      inHeads[r] = 0
      const i = order[r]
      const c = classOf[i]
      if (queued[c].peek() !== r) continue
      const fits =
        !(fixedFirst[i] && w > 0) &&
        !(pin[i] >= 0 && agentBusy[pin[i]] === w) &&
        // Tasks two agents already started (both fixed first) may share a path; fixed tasks come first in the order.
        (fixedFirst[i] || !marks.blocks(i))
      if (!fits) {
        aside.push(c)
        continue
      }
      queued[c].pop()
      wave[i] = w
      members.push(i)
      marks.mark(i)
      if (pin[i] >= 0) agentBusy[pin[i]] = w
      for (const j of model.dependants[i]) if (--waiting[j] === 0) next.push(j)
      offer(c)
    }
    if (!members.length) throw new Error(`plan: no task could be placed in wave ${w + 1}`)
    placed += members.length
    for (const c of aside) offer(c)
    for (const j of next) makeReady(j)
  }
  return wave
}

/** Started tasks, then the longest chain still to come, then the most clashes, then file order. */
function priorityOrder(model: WaveModel): number[] {
  const { degree } = model
  return [...Array(model.n).keys()].sort(
    (a, b) => Number(model.fixedFirst[b]) - Number(model.fixedFirst[a]) || model.tail[b] - model.tail[a] || degree[b] - degree[a] || a - b,
  )
}

export interface SearchResult {
  wave: WaveOf | null
  steps: number
  /** False when the budget ran out before the question was settled. */
  complete: boolean
}

/**
 * Is there a plan with at most `waves` waves? Builds the plan one wave at a
 * time. Only maximal waves are tried (a ready task that fits is always
 * taken: moving it earlier never hurts, since its dependants come later
 * anyway), and a set of finished tasks that failed once with r waves left is
 * never explored again with r or fewer. Each state is also cut by a bound on
 * the waves still needed (room, the longest chain left, the largest group of
 * tasks that must all be apart).
 */
export function searchWaves(model: WaveModel, waves: number, budget: number): SearchResult {
  const { n, m } = model
  const order = priorityOrder(model)
  const wave = new Array<number>(n).fill(-1)
  const failed = new Map<bigint, number>()
  const bit = order.map(() => 0n)
  for (let i = 0; i < n; i++) bit[i] = 1n << BigInt(i)
  let steps = 0
  let done = 0n
  const groups = separationGroups(model)

  const needed = (): number => {
    let left = 0
    let chain = 0
    for (let i = 0; i < n; i++) {
      if (wave[i] >= 0) continue
      left++
      chain = Math.max(chain, model.tail[i] + 1)
    }
    let bound = Math.max(Math.ceil(left / m), chain)
    for (const g of groups) {
      let c = 0
      for (const i of g) if (wave[i] < 0) c++
      bound = Math.max(bound, c)
    }
    return bound
  }

  const solve = (w: number, placed: number): boolean => {
    if (placed === n) return true
    if (++steps > budget) return false
    const left = waves - w
    if (needed() > left) return false
    const seen = failed.get(done)
    if (seen !== undefined && seen >= left) return false
    const ready = order.filter(
      (i) => wave[i] < 0 && (w === 0 || !model.fixedFirst[i]) && model.deps[i].every((d) => wave[d] >= 0 && wave[d] < w),
    )
    const forced = w === 0 ? ready.filter((i) => model.fixedFirst[i]) : []
    const chosen: number[] = [...forced]
    const tryWave = (): boolean => {
      for (const i of chosen) {
        wave[i] = w
        done |= bit[i]
      }
      const ok = solve(w + 1, placed + chosen.length)
      if (!ok)
        for (const i of chosen) {
          wave[i] = -1
          done &= ~bit[i]
        }
      return ok
    }
    const fits = (i: number) => chosen.length < m && chosen.every((j) => !mustSeparate(model, i, j))
    const optional = ready.filter((i) => !forced.includes(i))
    // Include/exclude over the ready tasks; a wave is tried only when no excluded task would still fit.
    const pick = (k: number, skipped: number[]): boolean => {
      // Every choice counts against the budget, so a wide ready set cannot run unbounded.
      if (++steps > budget) return false
      if (k === optional.length) {
        if (chosen.length === 0 || skipped.some(fits)) return false
        return tryWave()
      }
      const i = optional[k]
      if (fits(i)) {
        chosen.push(i)
        const ok = pick(k + 1, skipped)
        chosen.pop()
        if (ok) return true
      }
      return pick(k + 1, [...skipped, i])
    }
    const ok = pick(0, [])
    if (!ok && steps <= budget) failed.set(done, Math.max(left, failed.get(done) ?? 0))
    return ok
  }

  const found = solve(0, 0)
  return { wave: found ? wave : null, steps: Math.min(steps, budget), complete: found || steps <= budget }
}
