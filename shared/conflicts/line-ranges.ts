import { findConflictBlocks, splitLines, type MarkerBlock } from './conflict-markers'
import { alignIds, DiffBudgetExceeded, LineTable } from './line-diff'
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
  const blocks = findConflictBlocks(merged, labels, markerSize)
  if (blocks.length === 0) return { leftRanges: [], rightRanges: [] }
  const table = new LineTable()
  const ids = { merged: table.intern(merged), left: table.intern(splitLines(texts.left)), right: table.intern(splitLines(texts.right)) }
  const before = stats.work
  const ranges = conflictRangesOfIds(ids, blocks, budget, stats)
  if (!ranges) throw new DiffBudgetExceeded('line alignment is too costly for these files', stats.work - before)
  return ranges
}

/**
 * conflictLineRanges on line ids (one LineTable for all three files), for the
 * parsed hunks of the merged file. Null when the alignment needs more work
 * than `budget` (`stats` then holds what was counted).
 */
export function conflictRangesOfIds(
  ids: { merged: Int32Array; left: Int32Array; right: Int32Array },
  blocks: readonly MarkerBlock[],
  budget: number | undefined,
  stats: { work: number },
): ConflictRanges | null {
  // The hunk's lines of each side, as lines of the merged file: `<<<` ours `===` theirs `>>>`.
  const ours = blocks.map((b) => ids.merged.subarray(b.open + 1, b.open + 1 + b.ours.length))
  const theirs = blocks.map((b) => ids.merged.subarray(b.close - b.theirs.length, b.close))
  // One budget for both sides: what the left alignment used is gone for the right one.
  const before = stats.work
  const leftRanges = sideRangesOfIds(ids.merged, blocks, ours, ids.left, budget, stats)
  if (!leftRanges) return null
  const rightRanges = sideRangesOfIds(
    ids.merged,
    blocks,
    theirs,
    ids.right,
    budget === undefined ? undefined : budget - (stats.work - before),
    stats,
  )
  return rightRanges && { leftRanges, rightRanges }
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
  const table = new LineTable()
  const mergedIds = table.intern(merged)
  const hunks = blocks.map((b) => table.intern(pick(b)))
  const before = stats.work
  const ranges = sideRangesOfIds(mergedIds, blocks, hunks, table.intern(side), budget, stats)
  if (!ranges) throw new DiffBudgetExceeded('line alignment is too costly for these files', stats.work - before)
  return ranges
}

/** sideRanges on line ids, with each hunk's lines of this side (`hunks[k]` for `blocks[k]`); null past the budget. */
function sideRangesOfIds(
  merged: Int32Array,
  blocks: readonly { open: number; close: number }[],
  hunks: readonly Int32Array[],
  side: Int32Array,
  budget: number | undefined,
  stats: { work: number },
): LineRange[] | null {
  // The merged file with each hunk replaced by this side's lines; remember where each hunk starts.
  let length = merged.length
  blocks.forEach((b, k) => (length += hunks[k]!.length - (b.close + 1 - b.open)))
  const resolved = new Int32Array(length)
  const starts: number[] = []
  let at = 0
  let to = 0
  blocks.forEach((block, k) => {
    resolved.set(merged.subarray(at, block.open), to)
    to += block.open - at
    starts.push(to)
    resolved.set(hunks[k]!, to)
    to += hunks[k]!.length
    at = block.close + 1
  })
  resolved.set(merged.subarray(at), to)

  const toSide = alignIds(side, resolved, budget, stats)
  if (!toSide) return null
  const ranges: LineRange[] = []
  let cursor = 0
  blocks.forEach((_, k) => {
    const lines = hunks[k]!
    const start = placeHunk(starts[k]!, lines, toSide, side, cursor)
    ranges.push({ start: start + 1, end: start + lines.length })
    cursor = start + lines.length
  })
  return ranges
}

/** 0-based line of `side` where the hunk starting at `resolvedStart` begins. */
function placeHunk(resolvedStart: number, lines: Int32Array, toSide: Int32Array, side: Int32Array, cursor: number): number {
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
