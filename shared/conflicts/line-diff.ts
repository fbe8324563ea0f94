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
 * A longest-common-subsequence alignment of two line lists (Myers' O(ND)
 * algorithm in linear space: find the middle snake, recurse on both halves).
 * Returns, for every line of `b`, the index of the line of `a` it is matched
 * with, or -1. `budget` bounds the work (diagonal steps) for huge inputs.
 */
export function matchLines(a: readonly string[], b: readonly string[], budget = 50_000_000, stats?: { work: number }): Int32Array {
  const ids = new Map<string, number>()
  const intern = (lines: readonly string[]): Int32Array => {
    const out = new Int32Array(lines.length)
    lines.forEach((line, i) => {
      let id = ids.get(line)
      if (id === undefined) ids.set(line, (id = ids.size))
      out[i] = id
    })
    return out
  }
  // Lines equal at both ends are matched as they are: only the middle is interned and aligned
  // (the versions compared here mostly differ in a few places, so this is most of the work saved).
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const A = intern(a.slice(head, a.length - tail))
  const B = intern(b.slice(head, b.length - tail))
  const whole = new Int32Array(b.length).fill(-1)
  for (let i = 0; i < head; i++) whole[i] = i
  for (let i = 1; i <= tail; i++) whole[b.length - i] = a.length - i
  const match = whole.subarray(head, b.length - tail)
  const size = A.length + B.length + 2
  const forward = new Int32Array(2 * size + 1)
  const backward = new Int32Array(2 * size + 1)
  let work = 0

  /** Finds a middle snake of A[aLo,aHi) × B[bLo,bHi) (both non-empty); returns [x, y, u, v] in absolute indices. */
  const middleSnake = (aLo: number, aHi: number, bLo: number, bHi: number): [number, number, number, number] => {
    const n = aHi - aLo
    const m = bHi - bLo
    const delta = n - m
    const odd = (delta & 1) !== 0
    const off = size
    forward[off + 1] = 0
    backward[off + 1] = 0
    const maxD = Math.ceil((n + m) / 2)
    for (let d = 0; d <= maxD; d++) {
      work += 2 * d + 1
      if (work > budget) {
        if (stats) stats.work += work
        throw new DiffBudgetExceeded('line alignment is too costly for these files', work)
      }
      for (let k = -d; k <= d; k += 2) {
        let x = k === -d || (k !== d && forward[off + k - 1]! < forward[off + k + 1]!) ? forward[off + k + 1]! : forward[off + k - 1]! + 1
        let y = x - k
        const x0 = x
        const y0 = y
        while (x < n && y < m && A[aLo + x] === B[bLo + y]) {
          x++
          y++
        }
        forward[off + k] = x
        const rk = delta - k
        if (odd && rk >= -(d - 1) && rk <= d - 1 && x + backward[off + rk]! >= n) {
          return [aLo + x0, bLo + y0, aLo + x, bLo + y]
        }
      }
      for (let k = -d; k <= d; k += 2) {
        // Reverse coordinates: x' = n - x, y' = m - y, diagonal k' = x' - y'.
        let x =
          k === -d || (k !== d && backward[off + k - 1]! < backward[off + k + 1]!) ? backward[off + k + 1]! : backward[off + k - 1]! + 1
        let y = x - k
        const x0 = x
        const y0 = y
        while (x < n && y < m && A[aHi - 1 - x] === B[bHi - 1 - y]) {
          x++
          y++
        }
        backward[off + k] = x
        const fk = delta - k
        if (!odd && fk >= -d && fk <= d && x + forward[off + fk]! >= n) {
          return [aHi - x, bHi - y, aHi - x0, bHi - y0]
        }
      }
    }
    throw new Error('middle snake not found (unreachable)')
  }

  const solve = (aLo: number, aHi: number, bLo: number, bHi: number): void => {
    for (;;) {
      while (aLo < aHi && bLo < bHi && A[aLo] === B[bLo]) match[bLo++] = aLo++
      while (aLo < aHi && bLo < bHi && A[aHi - 1] === B[bHi - 1]) match[--bHi] = --aHi
      if (aLo === aHi || bLo === bHi) return
      const [x, y, u, v] = middleSnake(aLo, aHi, bLo, bHi)
      for (let i = 0; i < u - x; i++) match[y + i] = x + i
      solve(aLo, x, bLo, y)
      // Loop instead of recursing on the second half, so deep inputs do not grow the stack twice.
      aLo = u
      bLo = v
    }
  }

  solve(0, A.length, 0, B.length)
  if (stats) stats.work += work
  // `match` holds indexes into the middle of `a`: shift them to indexes of `a`.
  if (head) for (let i = 0; i < match.length; i++) if (match[i]! >= 0) match[i] = match[i]! + head
  return whole
}
