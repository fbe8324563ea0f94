/**
 * One way to write a line range everywhere (report text, job summary,
 * annotations, views, pull request bodies and comments). A range is 1-based
 * and inclusive; an empty one, `{ start: n, end: n - 1 }`, is the gap between
 * lines n - 1 and n of a side that deleted the lines the other side changed.
 */
export interface RangeLike {
  start: number
  end: number
}

export function isEmptyRange(r: RangeLike): boolean {
  return r.end < r.start
}

/** "7", "7-9", or "deleted at line 3" for an empty range. */
export function formatRange(r: RangeLike, dash = '-'): string {
  if (isEmptyRange(r)) return `deleted at line ${r.start}`
  return r.start === r.end ? `${r.start}` : `${r.start}${dash}${r.end}`
}

/** Ranges joined with ", ", at most `max` of them ("…, +3 more"); `empty` when there are none. */
export function formatRanges(list: readonly RangeLike[], options: { max?: number; empty?: string; dash?: string } = {}): string {
  if (list.length === 0) return options.empty ?? ''
  const max = options.max ?? Infinity
  const shown = list.slice(0, max).map((r) => formatRange(r, options.dash))
  return shown.join(', ') + (list.length > max ? `, +${list.length - max} more` : '')
}

/**
 * The lines an annotation points at for a range: the range itself, or for an
 * empty one the line before the gap (line 1 at the start of a file).
 */
export function annotationLines(r: RangeLike): { startLine: number; endLine: number } {
  if (!isEmptyRange(r)) return { startLine: r.start, endLine: r.end }
  const line = Math.max(1, r.start - 1)
  return { startLine: line, endLine: line }
}
