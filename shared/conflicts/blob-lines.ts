import { splitLines } from './conflict-markers'
import type { LineTable } from './line-diff'

/** A blob's lines as ids of a LineTable, as `table.intern(splitLines(blob as latin1))` gives them. */
export interface NumberedBlob {
  blob: Buffer
  ids: Int32Array
  /** Where each line starts, then the blob's length: line i is `blob[starts[i], starts[i + 1])` with its newline. */
  starts: Int32Array
}

/** A blob numbered, and the lines that were read as text (the others came from known blobs): `lines[j]` is line `first + j`. */
export interface Numbering {
  numbered: NumberedBlob
  first: number
  lines: string[]
}

const NL = 0x0a
const CHUNK = 4096

/** The number of equal bytes at the start of `a` and `b`. */
function commonPrefix(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length)
  let at = 0
  while (at + CHUNK <= n && a.compare(b, at, at + CHUNK, at, at + CHUNK) === 0) at += CHUNK
  while (at < n && a[at] === b[at]) at++
  return at
}

/** The number of equal bytes at the end of `a` and `b`, at most `most`. */
function commonSuffix(a: Buffer, b: Buffer, most: number): number {
  let at = 0
  while (at + CHUNK <= most && a.compare(b, b.length - at - CHUNK, b.length - at, a.length - at - CHUNK, a.length - at) === 0) at += CHUNK
  while (at < most && a[a.length - 1 - at] === b[b.length - 1 - at]) at++
  return at
}

/** The first index in `starts[0, count)` whose value is at least `value` (count when none is). */
function firstAtLeast(starts: Int32Array, count: number, value: number): number {
  let lo = 0
  let hi = count
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (starts[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The lines of `blob` as ids of `table` (see NumberedBlob). Lines that `blob`
 * shares byte for byte with the start or the end of a blob already numbered
 * (`known`: other versions of the file) take that blob's ids; only the lines
 * in between are decoded, split and looked up. A merged file is a side plus
 * the other side's clean changes and the hunks, and a branch's version of a
 * file is mostly the base's, so most lines are found at a start or an end.
 */
export function numberLines(table: LineTable, blob: Buffer, known: readonly NumberedBlob[]): Numbering {
  let head = 0
  let headFrom: NumberedBlob | undefined
  for (const other of known) {
    if (other.blob.length === blob.length && other.blob.equals(blob))
      return { numbered: { ...other, blob }, first: other.ids.length, lines: [] }
    const count = other.ids.length
    // Whole lines only: those that end inside the common bytes, with their newline.
    let lines = firstAtLeast(other.starts, count + 1, commonPrefix(blob, other.blob) + 1) - 1
    if (lines === count && other.blob[other.blob.length - 1] !== NL) lines--
    if (lines > head) [head, headFrom] = [lines, other]
  }
  const start = headFrom ? headFrom.starts[head]! : 0
  let tail = 0
  let tailFrom: NumberedBlob | undefined
  for (const other of known) {
    const count = other.ids.length
    const shift = blob.length - other.blob.length
    const suffix = commonSuffix(blob, other.blob, Math.min(blob.length - start, other.blob.length))
    // Whole lines only: those after a newline inside the common bytes, and after the head.
    const from = firstAtLeast(other.starts, count, Math.max(other.blob.length - suffix + 1, start - shift))
    if (count - from > tail) [tail, tailFrom] = [count - from, other]
  }
  const end = tailFrom ? tailFrom.starts[tailFrom.ids.length - tail]! + blob.length - tailFrom.blob.length : blob.length
  const lines = splitLines(blob.toString('latin1', start, end))
  const total = head + lines.length + tail
  const ids = new Int32Array(total)
  const starts = new Int32Array(total + 1)
  if (headFrom) {
    ids.set(headFrom.ids.subarray(0, head))
    starts.set(headFrom.starts.subarray(0, head))
  }
  ids.set(table.intern(lines), head)
  let at = start
  lines.forEach((line, j) => {
    starts[head + j] = at
    at += line.length + 1
  })
  if (tailFrom) {
    const shift = blob.length - tailFrom.blob.length
    const from = tailFrom.ids.length - tail
    ids.set(tailFrom.ids.subarray(from), total - tail)
    for (let j = 0; j < tail; j++) starts[total - tail + j] = tailFrom.starts[from + j]! + shift
  }
  starts[total] = blob.length
  return { numbered: { blob, ids, starts }, first: head, lines }
}

/** Line `i` of a numbered blob, without its newline. */
export function lineText(numbered: NumberedBlob, i: number): string {
  const { blob, starts } = numbered
  const end = starts[i + 1]!
  return blob.toString('latin1', starts[i], end > starts[i]! && blob[end - 1] === NL ? end - 1 : end)
}

/** The length of the longest line (without its newline). */
export function longestLine(numbered: NumberedBlob): number {
  const { blob, starts } = numbered
  let longest = 0
  for (let i = 0; i + 1 < starts.length; i++) {
    const end = starts[i + 1]!
    const length = end - starts[i]! - (blob[end - 1] === NL ? 1 : 0)
    if (length > longest) longest = length
  }
  return longest
}

/** The lines that start with one of `chars` (single-byte characters). */
export function linesStartingWith(numbered: NumberedBlob, chars: string): string[] {
  const codes = [...chars].map((c) => c.charCodeAt(0))
  const found: string[] = []
  for (let i = 0; i + 1 < numbered.starts.length; i++) {
    if (codes.includes(numbered.blob[numbered.starts[i]!]!)) found.push(lineText(numbered, i))
  }
  return found
}
