import { splitLines } from './conflict-markers'
import { sideRanges } from './line-ranges'

/** One side of a conflict hunk: its lines and where they are in that side's own file (1-based; empty: the gap before `start`). */
export interface HunkSide {
  start: number
  lines: string[]
}

/** One conflict hunk as `git merge-file --diff3` shows it: the base, our (left) and their (right) lines. */
export interface Diff3Hunk {
  base: HunkSide
  ours: HunkSide
  theirs: HunkSide
}

/** A hunk of a merged file written in the diff3 style: marker line indexes and each section's lines. */
export interface Diff3Block {
  open: number
  close: number
  ours: string[]
  base: string[]
  theirs: string[]
}

const MARKER_CHARS = ['<', '|', '=', '>'] as const

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line
}

/** A marker line of exactly `size` `char`s, alone or followed by a space and a label. */
function isMarkerRun(line: string, char: string, size: number): boolean {
  const text = stripCr(line)
  if (text.length < size || (text.length > size && text[size] !== ' ')) return false
  for (let i = 0; i < size; i++) if (text[i] !== char) return false
  return char !== '=' || text.length === size
}

/**
 * The marker size that makes a diff3 parse exact for these files: git's
 * default when no line starts with seven marker characters, else one longer
 * than every line (no line can then hold a run that long).
 */
export function safeMarkerSize(texts: readonly string[]): number {
  const run = MARKER_CHARS.map((c) => c.repeat(7))
  let longest = 0
  let clash = false
  for (const text of texts) {
    for (const line of splitLines(text)) {
      if (line.length > longest) longest = line.length
      if (!clash && run.some((r) => line.startsWith(r))) clash = true
    }
  }
  return clash ? 2 ** Math.ceil(Math.log2(Math.max(16, longest + 1))) : 7
}

/**
 * The hunks of a file that git merged in the diff3 style with markers of
 * `size`. The caller chose `size` with safeMarkerSize, so every marker-shaped
 * line is git's; a hunk of another shape throws rather than guess.
 */
export function parseDiff3Blocks(merged: readonly string[], size: number): Diff3Block[] {
  const blocks: Diff3Block[] = []
  for (let i = 0; i < merged.length; i++) {
    if (!isMarkerRun(merged[i]!, '<', size)) continue
    let base = -1
    let sep = -1
    let close = -1
    for (let j = i + 1; j < merged.length; j++) {
      const line = merged[j]!
      if (base < 0 && sep < 0 && isMarkerRun(line, '|', size)) base = j
      else if (sep < 0 && isMarkerRun(line, '=', size)) sep = j
      else if (isMarkerRun(line, '>', size)) {
        close = j
        break
      } else if (isMarkerRun(line, '<', size)) break
    }
    if (base < 0 || sep < 0 || close < 0) throw new Error(`diff3 conflict hunk at line ${i + 1} is malformed`)
    blocks.push({
      open: i,
      close,
      ours: merged.slice(i + 1, base),
      base: merged.slice(base + 1, sep),
      theirs: merged.slice(sep + 1, close),
    })
    i = close
  }
  return blocks
}

/**
 * The diff3 hunks of a merged file with each side's line numbers: the lines
 * come from git's merged file, the numbers from aligning each side's own file
 * (sideRanges), the same rule the scan's line ranges follow.
 */
export function diff3Hunks(
  texts: { merged: string; base: string; ours: string; theirs: string },
  size: number,
  budget?: number,
): Diff3Hunk[] {
  const merged = splitLines(texts.merged)
  const blocks = parseDiff3Blocks(merged, size)
  if (blocks.length === 0) return []
  const stats = { work: 0 }
  const left = (budget?: number) => (budget === undefined ? undefined : Math.max(1, budget - stats.work))
  const ours = sideRanges(merged, blocks, splitLines(texts.ours), (b) => b.ours, left(budget), stats)
  const theirs = sideRanges(merged, blocks, splitLines(texts.theirs), (b) => b.theirs, left(budget), stats)
  const base = sideRanges(merged, blocks, splitLines(texts.base), (b) => b.base, left(budget), stats)
  return blocks.map((b, k) => ({
    base: { start: base[k]!.start, lines: b.base },
    ours: { start: ours[k]!.start, lines: b.ours },
    theirs: { start: theirs[k]!.start, lines: b.theirs },
  }))
}
