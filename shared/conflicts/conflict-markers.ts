/** One conflict hunk of a merged file: the left ("ours") and right ("theirs") lines between the markers. */
export interface MarkerBlock {
  /** Index (0-based) of the `<<<<<<<` line in the merged file. */
  open: number
  /** Index of the `>>>>>>>` line. */
  close: number
  ours: string[]
  theirs: string[]
}

/** Splits text into lines; a final newline does not start another line. */
export function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line
}

/** The conflict marker size git uses unless an attribute says otherwise. */
export const DEFAULT_MARKER_SIZE = 7

/**
 * Whether `line` is an opening (`<`) or closing (`>`) marker of exactly `size`
 * characters for the commit `label`: the run, a space, then the label git was
 * given (we give commit ids), optionally followed by `:path` when the file was
 * renamed.
 */
function isMarker(line: string, char: '<' | '>', size: number, label: string): boolean {
  const text = stripCr(line)
  if (text.length < size + 1 + label.length || text[size] !== ' ') return false
  for (let i = 0; i < size; i++) if (text[i] !== char) return false
  const rest = text.slice(size + 1)
  return rest === label || rest.startsWith(`${label}:`)
}

/** The characters a line must start with to pass for a marker in hasMarkerLikeLines: it looks at no other line. */
export const MARKER_FIRST_CHARS = '=<>'

/**
 * Whether some line of `text` (or these lines) would be taken for one of git's markers when the
 * merged file is parsed with markers of `size` for these labels: a separator
 * of exactly `size` "=", or an opening or closing marker carrying the commit
 * id of its side (see isMarker). Every line of a merged file is a marker or a
 * line of one side (the plain conflict style shows no base lines), so when
 * neither side has such a line, the parse is exact. Otherwise (an RST heading
 * underlined with exactly seven "=", a document about git) the scan merges the
 * pair again with markers longer than any of its lines.
 */
export function hasMarkerLikeLines(
  text: string | readonly string[],
  labels: { left: string; right: string },
  size = DEFAULT_MARKER_SIZE,
): boolean {
  const separator = '='.repeat(size)
  for (const line of typeof text === 'string' ? splitLines(text) : text) {
    if (!MARKER_FIRST_CHARS.includes(line[0] ?? '\n')) continue
    if (stripCr(line) === separator || isMarker(line, '<', size, labels.left) || isMarker(line, '>', size, labels.right)) return true
  }
  return false
}

/**
 * Finds the conflict hunks git wrote into a merged file with markers of
 * `size`. Exact, not guessed: the caller chose `size` so that no line of
 * either side can look like a marker (see hasMarkerLikeLines), so every marker
 * line is git's. A hunk with other than one separator means that promise was
 * broken: it throws rather than guess.
 */
export function findConflictBlocks(
  merged: readonly string[],
  labels: { left: string; right: string },
  size = DEFAULT_MARKER_SIZE,
  /** The index in the merged file of `merged[0]`, when `merged` is a part that holds every marker line. */
  offset = 0,
): MarkerBlock[] {
  const blocks: MarkerBlock[] = []
  const separator = '='.repeat(size)
  for (let i = 0; i < merged.length; i++) {
    if (!isMarker(merged[i]!, '<', size, labels.left)) continue
    let close = -1
    for (let j = i + 1; j < merged.length; j++) {
      if (isMarker(merged[j]!, '>', size, labels.right)) {
        close = j
        break
      }
    }
    if (close < 0) throw new Error(`conflict marker at line ${offset + i + 1} is never closed`)
    const separators: number[] = []
    for (let j = i + 1; j < close; j++) if (stripCr(merged[j]!) === separator) separators.push(j)
    if (separators.length !== 1) throw new Error(`conflict hunk at line ${offset + i + 1} has ${separators.length} separators`)
    const sep = separators[0]!
    blocks.push({ open: offset + i, close: offset + close, ours: merged.slice(i + 1, sep), theirs: merged.slice(sep + 1, close) })
    i = close
  }
  return blocks
}

const ANY_MARKER = new Map<number, RegExp>()

/**
 * The 1-based numbers of the lines of `text` that look like a conflict marker
 * of `size`, whatever its label and conflict style: `<<<<<<<`, `|||||||` (diff3's
 * base) or `>>>>>>>` alone or followed by a space, or exactly `=======`. Lines in
 * `allowed` (a side's own lines: an RST heading, a document about git) do not
 * count, so what is left is what a merge wrote and nobody resolved.
 */
export function leftoverMarkerLines(text: string, allowed: ReadonlySet<string> = new Set(), size = DEFAULT_MARKER_SIZE): number[] {
  let pattern = ANY_MARKER.get(size)
  if (!pattern) {
    pattern = new RegExp(`^(?:(?:<{${size}}|\\|{${size}}|>{${size}})(?: .*)?|={${size}})$`)
    ANY_MARKER.set(size, pattern)
  }
  const found: number[] = []
  splitLines(text).forEach((line, i) => {
    const bare = stripCr(line)
    if (pattern.test(bare) && !allowed.has(bare)) found.push(i + 1)
  })
  return found
}
