/**
 * The candidates nearest to a mistyped name (edit distance, a swap of two
 * neighbours counting as one edit), closest first, for "did you mean". Only
 * those within a third of the name's length (at least 2 edits) are offered,
 * so an unrelated word gets no suggestion.
 */
export function nearestNames(name: string, candidates: Iterable<string>, most = 3): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3))
  const scored: [string, number][] = []
  for (const candidate of new Set(candidates)) {
    if (candidate === name) continue
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (d <= limit) scored.push([candidate, d])
  }
  scored.sort(([a, da], [b, db]) => da - db || (a < b ? -1 : a > b ? 1 : 0))
  return scored.slice(0, most).map(([candidate]) => candidate)
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++)
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  return d[a.length][b.length]
}

/** ` Did you mean "a" or "b"?` (with a leading space), or '' when nothing is near. */
export function didYouMean(name: string, candidates: Iterable<string>, quote: (s: string) => string): string {
  const near = nearestNames(name, candidates)
  if (!near.length) return ''
  const list = near.length === 1 ? quote(near[0]) : `${near.slice(0, -1).map(quote).join(', ')} or ${quote(near[near.length - 1])}`
  return ` Did you mean ${list}?`
}
