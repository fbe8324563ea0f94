import { findConflictBlocks, splitLines } from './conflict-markers'
import { matchLines } from './line-diff'
import type { LineRange } from './types'

export interface ConflictRanges {
  leftRanges: LineRange[]
  rightRanges: LineRange[]
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
export function conflictLineRanges(
  texts: { merged: string; left: string; right: string },
  labels: { left: string; right: string },
  markerSize?: number,
  budget?: number,
  /** Receives the alignment work done (see matchLines). */
  stats: { work: number } = { work: 0 },
): ConflictRanges {
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
export function sideRanges<B extends { open: number; close: number }>(
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

  const toSide = matchLines(side, resolved, budget, stats)
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
