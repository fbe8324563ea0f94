import type { QueryResult } from './bounded-query'
import type { SqlValue } from './rows'
import { C0, C1, DEL, charPattern } from '../text/controls'

const CONTROL = charPattern([C0, DEL, C1], { flags: 'g' })

/** A plain text table: a header, a rule, one line per row; control characters shown as spaces. */
export function formatTable(result: QueryResult): string {
  if (result.columns.length === 0) return '(no columns)'
  const text = (v: SqlValue) => (v === null ? 'NULL' : String(v).replace(CONTROL, ' '))
  const cells = result.rows.map((r) => r.map(text))
  // A loop, not Math.max(...cells): millions of rows would overflow the call stack as arguments.
  const widths = result.columns.map((c, i) => {
    let w = c.length
    for (const r of cells) w = Math.max(w, r[i].length)
    return Math.min(60, w)
  })
  const clip = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s)
  const line = (r: string[]) =>
    r
      .map((s, i) => clip(s, widths[i]).padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  const out = [line(result.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)]
  const count = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}`
  out.push(result.truncated ? `(first ${count}; the query has more: raise --max-rows to see them)` : `(${count})`)
  return out.join('\n')
}
