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

/**
 * Whether `line` is an opening (`<`) or closing (`>`) marker for the commit
 * `label`: a run of at least 7 marker characters (the size can be raised with
 * the conflict-marker-size attribute), a space, then the label git was given
 * (we give commit ids), optionally followed by `:path` when the file was
 * renamed. Returns the marker size, or 0.
 */
function markerSize(line: string, char: '<' | '>', label: string): number {
  const text = stripCr(line)
  let n = 0
  while (text[n] === char) n++
  if (n < 7 || text[n] !== ' ') return 0
  const rest = text.slice(n + 1)
  return rest === label || rest.startsWith(`${label}:`) ? n : 0
}

/**
 * Finds the conflict hunks git wrote into a merged file. Only exact marker
 * lines count: an opening marker naming the left commit, a separator of
 * exactly the same size, a closing marker naming the right commit; a markdown
 * `=======` underline elsewhere is text. When a hunk holds several separator
 * candidates (the file itself contains `=======` lines), `fits` decides which
 * split gives lines that really are in each side's version.
 */
export function findConflictBlocks(
  merged: readonly string[],
  labels: { left: string; right: string },
  fits: (ours: readonly string[], theirs: readonly string[]) => boolean = () => true,
): MarkerBlock[] {
  const blocks: MarkerBlock[] = []
  for (let i = 0; i < merged.length; i++) {
    const size = markerSize(merged[i]!, '<', labels.left)
    if (!size) continue
    let close = -1
    for (let j = i + 1; j < merged.length; j++) {
      if (markerSize(merged[j]!, '>', labels.right) === size) {
        close = j
        break
      }
    }
    if (close < 0) continue
    const separator = '='.repeat(size)
    const baseMarker = '|'.repeat(size)
    const candidates: number[] = []
    for (let j = i + 1; j < close; j++) if (stripCr(merged[j]!) === separator) candidates.push(j)
    if (candidates.length === 0) continue
    // A diff3-style base section (`||||||| base` ... `=======`) belongs to neither side. We pin the
    // plain style, so it is only tried when the plain reading does not fit.
    const withoutBase = (ours: string[]): string[] => {
      const at = ours.findIndex((line) => {
        const text = stripCr(line)
        return text === baseMarker || text.startsWith(`${baseMarker} `)
      })
      return at < 0 ? ours : ours.slice(0, at)
    }
    const splits = candidates.flatMap((sep) => {
      const ours = merged.slice(i + 1, sep)
      const theirs = merged.slice(sep + 1, close)
      return [
        { ours, theirs },
        { ours: withoutBase(ours), theirs },
      ]
    })
    const chosen = splits.find((c) => fits(c.ours, c.theirs)) ?? splits[0]!
    blocks.push({ open: i, close, ...chosen })
    i = close
  }
  return blocks
}
