// The line ranges as the scan computed them before line ids, numbering from known blobs and skipped
// alignments (main at 2deec01: line-diff.ts and line-ranges.ts, names prefixed): the reference that the
// faster code must match range for range and step for step. Kept as it was; the product does not use it.
import { findConflictBlocks, splitLines } from '../../shared/conflicts/conflict-markers'
import type { LineRange } from '../../shared/conflicts/types'

/** The reference's budget overrun. */
export class ReferenceBudgetExceeded extends Error {
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
export function referenceMatchLines(a: readonly string[], b: readonly string[], budget = 50_000_000, stats?: { work: number }): Int32Array {
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
        throw new ReferenceBudgetExceeded('line alignment is too costly for these files', work)
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

/**
 * The lines of each conflict hunk in each side's own version of the file.
 *
 * git writes the hunks into the merged file, but around them that file also
 * holds the other side's clean changes, so its line numbers are neither
 * side's. For the left side we rebuild "merged with every hunk resolved to
 * the left lines" (the left file plus the right side's clean changes) and
 * align it with the left file (a longest common subsequence): the hunk's lines
 * land on their own lines of the left file. Likewise for the right side.
 */
export function referenceConflictLineRanges(
  texts: { merged: string; left: string; right: string },
  labels: { left: string; right: string },
  markerSize?: number,
  budget?: number,
  /** Receives the alignment work done (see matchLines). */
  stats: { work: number } = { work: 0 },
): { leftRanges: LineRange[]; rightRanges: LineRange[] } {
  const merged = splitLines(texts.merged)
  const left = splitLines(texts.left)
  const right = splitLines(texts.right)
  const blocks = findConflictBlocks(merged, labels, markerSize)
  if (blocks.length === 0) return { leftRanges: [], rightRanges: [] }
  // One budget for both sides: what the left alignment used is gone for the right one.
  const before = stats.work
  const leftRanges = sideRanges(merged, blocks, left, (b) => b.ours, budget, stats)
  const rightRanges = sideRanges(
    merged,
    blocks,
    right,
    (b) => b.theirs,
    budget === undefined ? undefined : budget - (stats.work - before),
    stats,
  )
  return { leftRanges, rightRanges }
}

/**
 * Where each hunk's lines (`pick`: one side's lines of the hunk) are in that
 * side's own file: the merged file with every hunk resolved to that side,
 * aligned with the side's file. Also used for the base lines of diff3 hunks.
 */
function sideRanges<B extends { open: number; close: number }>(
  merged: readonly string[],
  blocks: readonly B[],
  side: readonly string[],
  pick: (b: B) => string[],
  budget: number | undefined,
  stats: { work: number },
): LineRange[] {
  // The merged file with each hunk replaced by this side's lines; remember where each hunk starts.
  const resolved: string[] = []
  const starts: number[] = []
  let at = 0
  for (const block of blocks) {
    for (; at < block.open; at++) resolved.push(merged[at]!)
    starts.push(resolved.length)
    resolved.push(...pick(block))
    at = block.close + 1
  }
  for (; at < merged.length; at++) resolved.push(merged[at]!)

  const toSide = referenceMatchLines(side, resolved, budget, stats)
  const ranges: LineRange[] = []
  let cursor = 0
  blocks.forEach((block, k) => {
    const lines = pick(block)
    const start = placeHunk(starts[k]!, lines, toSide, side, cursor)
    ranges.push({ start: start + 1, end: start + lines.length })
    cursor = start + lines.length
  })
  return ranges
}

/** 0-based line of `side` where the hunk starting at `resolvedStart` begins. */
function placeHunk(resolvedStart: number, lines: readonly string[], toSide: Int32Array, side: readonly string[], cursor: number): number {
  const first = toSide[resolvedStart] ?? -1
  if (lines.length > 0 && first >= cursor && lines.every((_, i) => toSide[resolvedStart + i] === first + i)) return first
  // The alignment split or moved the hunk (repeated lines); place it next to the nearest aligned line
  // before it, at the closest spot where the side really has these lines.
  let anchor = resolvedStart - 1
  while (anchor >= 0 && toSide[anchor]! < 0) anchor--
  const expected = Math.max(cursor, anchor >= 0 ? toSide[anchor]! + 1 : 0)
  if (lines.length === 0) return Math.min(expected, side.length)
  const fitsAt = (pos: number): boolean =>
    pos >= cursor && pos + lines.length <= side.length && lines.every((line, i) => side[pos + i] === line)
  for (let distance = 0; distance <= side.length; distance++) {
    if (fitsAt(expected + distance)) return expected + distance
    if (distance > 0 && fitsAt(expected - distance)) return expected - distance
  }
  return Math.min(expected, Math.max(0, side.length - lines.length))
}
