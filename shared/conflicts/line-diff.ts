/** Raised when aligning two texts would cost more than the budget allows (huge, very different files). */
export class DiffBudgetExceeded extends Error {
  constructor(
    message: string,
    /** The work done before giving up. */
    readonly work: number,
  ) {
    super(message)
  }
}

/**
 * Numbers for lines: equal lines get equal ids, so alignments compare numbers,
 * not strings. One table serves many files (a scan interns each side's blob
 * once, however many pairs it is part of).
 */
export class LineTable {
  private readonly ids = new Map<string, number>()

  intern(lines: readonly string[]): Int32Array {
    const out = new Int32Array(lines.length)
    const ids = this.ids
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      let id = ids.get(line)
      if (id === undefined) ids.set(line, (id = ids.size))
      out[i] = id
    }
    return out
  }
}

const DEFAULT_BUDGET = 50_000_000

/**
 * A longest-common-subsequence alignment of two line lists (Myers' O(ND)
 * algorithm in linear space: find the middle snake, recurse on both halves).
 * Returns, for every line of `b`, the index of the line of `a` it is matched
 * with, or -1. `budget` bounds the work (diagonal steps) for huge inputs.
 */
export function matchLines(a: readonly string[], b: readonly string[], budget = DEFAULT_BUDGET, stats?: { work: number }): Int32Array {
  const table = new LineTable()
  const counter = { work: 0 }
  const match = alignIds(table.intern(a), table.intern(b), budget, counter)
  if (stats) stats.work += counter.work
  if (!match) throw new DiffBudgetExceeded('line alignment is too costly for these files', counter.work)
  return match
}

/**
 * Scratch, reused by every alignment (alignIds is synchronous): counts per line id for the edit-distance
 * bound, all zero between calls; the furthest points of middleSnake, which reads no entry it has not
 * written in the same call.
 */
let counts = new Int32Array(1024)
let forward = new Int32Array(1024)
let backward = new Int32Array(1024)
const snake = new Int32Array(4)

/** What middleSnake counts on its way to `d`: 2d'+1 for each d' up to it, (d+1)². */
function stepsThrough(d: number): number {
  return (d + 1) * (d + 1)
}

/** What middleSnake counts until it passes `room` (it gives up then): (d+1)² for the first d where that exceeds room. */
function stepsPast(room: number): number {
  let steps = 0
  for (let d = 0; ; d++) {
    steps += 2 * d + 1
    if (steps > room) return steps
  }
}

/**
 * The least work middleSnake can count on a[aLo,aHi) × b[bLo,bHi) (both non-empty, unequal at both ends):
 * it cannot find the snake before d = ceil(D/2), D the edit distance (an overlap at d would be an edit path
 * of 2d or 2d-1 steps), and D is at least n + m - 2 × (the lines both could share, counted line by line).
 */
function leastSteps(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number): number {
  let top = 0
  for (let i = aLo; i < aHi; i++) if (a[i]! > top) top = a[i]!
  if (counts.length <= top) counts = new Int32Array(Math.max(top + 1, counts.length * 2))
  for (let i = aLo; i < aHi; i++) counts[a[i]!]!++
  let common = 0
  for (let i = bLo; i < bHi; i++) {
    const id = b[i]!
    if (id <= top && counts[id]! > 0) {
      counts[id]!--
      common++
    }
  }
  for (let i = aLo; i < aHi; i++) counts[a[i]!] = 0
  return stepsThrough(Math.ceil((aHi - aLo + bHi - bLo - 2 * common) / 2))
}

/**
 * Finds a middle snake of a[aLo,aHi) × b[bLo,bHi) (both non-empty) and writes it to `out` as [x, y, u, v]
 * (absolute indexes). Returns the work counted (2d+1 for each d tried), or -1 when that would exceed `room`.
 * `forward` and `backward` hold at least 2 × (a.length + b.length + 2) + 1 entries.
 */
function middleSnake(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
  forward: Int32Array,
  backward: Int32Array,
  room: number,
  out: Int32Array,
): number {
  const n = aHi - aLo
  const m = bHi - bLo
  const delta = n - m
  const odd = (delta & 1) !== 0
  const off = a.length + b.length + 2
  forward[off + 1] = 0
  backward[off + 1] = 0
  const maxD = Math.ceil((n + m) / 2)
  let work = 0
  for (let d = 0; d <= maxD; d++) {
    work += 2 * d + 1
    if (work > room) return -1
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && forward[off + k - 1]! < forward[off + k + 1]!) ? forward[off + k + 1]! : forward[off + k - 1]! + 1
      let y = x - k
      const x0 = x
      const y0 = y
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++
        y++
      }
      forward[off + k] = x
      const rk = delta - k
      if (odd && rk >= -(d - 1) && rk <= d - 1 && x + backward[off + rk]! >= n) {
        out[0] = aLo + x0
        out[1] = bLo + y0
        out[2] = aLo + x
        out[3] = bLo + y
        return work
      }
    }
    for (let k = -d; k <= d; k += 2) {
      // Reverse coordinates: x' = n - x, y' = m - y, diagonal k' = x' - y'.
      let x = k === -d || (k !== d && backward[off + k - 1]! < backward[off + k + 1]!) ? backward[off + k + 1]! : backward[off + k - 1]! + 1
      let y = x - k
      const x0 = x
      const y0 = y
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
        x++
        y++
      }
      backward[off + k] = x
      const fk = delta - k
      if (!odd && fk >= -d && fk <= d && x + forward[off + fk]! >= n) {
        out[0] = aHi - x
        out[1] = bHi - y
        out[2] = aHi - x0
        out[3] = bHi - y0
        return work
      }
    }
  }
  throw new Error('middle snake not found (unreachable)')
}

/**
 * matchLines on line ids (see LineTable): the same alignment, the same work.
 * Null when the work would exceed `budget`; `stats.work` then gets the work
 * counted until giving up. A middle snake that provably cannot be found
 * within the budget (leastSteps) is not searched for: the work it would
 * have counted until giving up is counted as if it had been.
 */
export function alignIds(A: Int32Array, B: Int32Array, budget = DEFAULT_BUDGET, stats: { work: number } = { work: 0 }): Int32Array | null {
  const whole = new Int32Array(B.length).fill(-1)
  // Lines equal at both ends are matched as they are: only the middle is aligned.
  let head = 0
  while (head < A.length && head < B.length && A[head] === B[head]) head++
  let tail = 0
  while (tail < A.length - head && tail < B.length - head && A[A.length - 1 - tail] === B[B.length - 1 - tail]) tail++
  for (let i = 0; i < head; i++) whole[i] = i
  for (let i = 1; i <= tail; i++) whole[B.length - i] = A.length - i
  const match = whole.subarray(head, B.length - tail)
  const a = A.subarray(head, A.length - tail)
  const b = B.subarray(head, B.length - tail)
  const size = 2 * (a.length + b.length + 2) + 1
  if (forward.length < size) {
    forward = new Int32Array(Math.max(size, 2 * forward.length))
    backward = new Int32Array(forward.length)
  }
  let work = 0

  /**
   * False when the budget ran out. `most`: the largest d at which the middle snake of these ranges can be
   * found (half the edit distance, rounded up; the halves of a range found at d are at most d apart).
   */
  const solve = (aLo: number, aHi: number, bLo: number, bHi: number, most: number): boolean => {
    for (;;) {
      while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) match[bLo++] = aLo++
      while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) match[--bHi] = --aHi
      if (aLo === aHi || bLo === bHi) return true
      const room = budget - work
      // The bound costs a pass over both ranges: only worth it when the search could pass the budget at all
      // (`most` only saves that pass: a search that passes the budget anyway gives up the same way).
      if (stepsThrough(Math.min(most, Math.ceil((aHi - aLo + bHi - bLo) / 2))) > room && leastSteps(a, aLo, aHi, b, bLo, bHi) > room) {
        work += stepsPast(room)
        return false
      }
      const steps = middleSnake(a, aLo, aHi, b, bLo, bHi, forward, backward, room, snake)
      if (steps < 0) {
        work += stepsPast(room)
        return false
      }
      work += steps
      const x = snake[0]!
      const y = snake[1]!
      const u = snake[2]!
      const v = snake[3]!
      for (let i = 0; i < u - x; i++) match[y + i] = x + i
      most = Math.ceil((Math.round(Math.sqrt(steps)) - 1) / 2)
      if (!solve(aLo, x, bLo, y, most)) return false
      // Loop instead of recursing on the second half, so deep inputs do not grow the stack twice.
      aLo = u
      bLo = v
    }
  }

  const done = solve(0, a.length, 0, b.length, Math.ceil((a.length + b.length) / 2))
  stats.work += work
  if (!done) return null
  // `match` holds indexes into the middle of `A`: shift them to indexes of `A`.
  if (head) for (let i = 0; i < match.length; i++) if (match[i]! >= 0) match[i] = match[i]! + head
  return whole
}
