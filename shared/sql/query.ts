import { InputError } from '../errors'
import type { Database } from './sqlite'
import type { SqlValue } from './rows'
import { C0, C1, DEL, charPattern } from '../text/controls'

export interface QueryResult {
  columns: string[]
  rows: SqlValue[][]
}

const MAX_QUERY = 100_000

/**
 * Runs one read-only statement. `PRAGMA query_only` makes SQLite itself refuse
 * any write, and exactly one statement is accepted, so a query cannot switch
 * that off first. The database is a copy in memory anyway: nothing on disk changes.
 */
export function readOnlyQuery(db: Database, query: string): QueryResult {
  if (query.trim() === '') throw new InputError('the query is empty: expected one SQL statement, e.g. "SELECT * FROM v_feature_status"')
  if (query.length > MAX_QUERY) throw new InputError(`the query is ${query.length} characters long: at most ${MAX_QUERY} are accepted`)
  db.run('PRAGMA query_only = ON')
  // Counted first: the iterator closes each statement as it moves on, so the one we run is prepared again.
  let count = 0
  try {
    for (const statement of db.iterateStatements(query)) {
      statement.free()
      count++
    }
  } catch (error) {
    throw new InputError(`the query is not valid SQL: ${messageOf(error)}`)
  }
  if (count !== 1) throw new InputError(`the query holds ${count} statements: expected exactly one (a SELECT, or WITH … SELECT)`)
  const statement = db.prepare(query)
  try {
    const columns = statement.getColumnNames()
    const rows: SqlValue[][] = []
    while (statement.step()) rows.push(statement.get().map(cell))
    return { columns, rows }
  } catch (error) {
    const message = messageOf(error)
    if (/readonly|read-only|query_only/i.test(message)) {
      throw new InputError(`events sql runs read-only queries; this one would change the database (${message})`)
    }
    throw new InputError(`the query failed: ${message}`)
  } finally {
    statement.free()
  }
}

function cell(value: unknown): SqlValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string') return value
  // BLOBs: shown as hex, never as raw bytes in a terminal.
  if (value instanceof Uint8Array) return `x'${Buffer.from(value).toString('hex')}'`
  return String(value)
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

const CONTROL = charPattern([C0, DEL, C1], { flags: 'g' })

/** A plain text table: a header, a rule, one line per row; control characters shown as spaces. */
export function formatTable(result: QueryResult): string {
  if (result.columns.length === 0) return '(no columns)'
  const text = (v: SqlValue) => (v === null ? 'NULL' : String(v).replace(CONTROL, ' '))
  const cells = result.rows.map((r) => r.map(text))
  const widths = result.columns.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((r) => r[i].length))))
  const clip = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s)
  const line = (r: string[]) =>
    r
      .map((s, i) => clip(s, widths[i]).padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  const out = [line(result.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)]
  out.push(`(${result.rows.length} row${result.rows.length === 1 ? '' : 's'})`)
  return out.join('\n')
}
