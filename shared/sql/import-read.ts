import { InputError } from '../errors'
import { quote } from '../text/quote'
import { sqlite } from './sqlite'

/** One cell as sql.js gives it: BLOBs stay bytes (no text field accepts them). */
export type Cell = string | number | Uint8Array | null

/** A row of a table: its cells by lower-case column name, and how an error names it. */
export interface SourceRow {
  table: string
  /** `rowid 7`, or `row 3` (its position) in a table without rowid. */
  label: string
  cells: Map<string, Cell>
}

/** The tables of the original system's store that an import reads, in the order it reads them. */
export const IMPORT_TABLES = [
  'features',
  'tasks',
  'agents',
  'task_events',
  'pull_requests',
  'conflicts',
  'test_results',
  'blockers',
] as const
export type ImportTable = (typeof IMPORT_TABLES)[number]

/** Rows of one table read at most: beyond that the store is refused whole, before anything is imported. */
export const MAX_ROWS_PER_TABLE = 500_000

export interface SourceTables {
  /** The tables present (by our name), with their rows; a table the store lacks is absent. */
  tables: Map<ImportTable, SourceRow[]>
  /** Tables of the store this import does not read (reported, not an error). */
  ignored: string[]
}

/**
 * Reads the known tables of a SQLite store given as bytes. Only real tables are read (a view
 * of the same name could run any query), names match case-insensitively, and the connection
 * is read-only (`PRAGMA query_only`).
 */
export async function readSourceTables(bytes: Uint8Array, given: string): Promise<SourceTables> {
  const SQL = await sqlite()
  let db
  try {
    db = new SQL.Database(bytes)
    db.run('PRAGMA query_only = ON')
  } catch (error) {
    throw new InputError(`--from-sqlite ${quote(given)} cannot be opened as SQLite: ${(error as Error).message}`)
  }
  try {
    const names = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]?.values.map((r) => String(r[0])) ?? []
    const tables = new Map<ImportTable, SourceRow[]>()
    const ignored: string[] = []
    for (const name of names) {
      const ours = IMPORT_TABLES.find((t) => t === name.toLowerCase())
      if (!ours || tables.has(ours)) {
        if (!name.startsWith('sqlite_')) ignored.push(name)
        continue
      }
      tables.set(ours, readTable(db, name, ours))
    }
    return { tables, ignored }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`--from-sqlite ${quote(given)} could not be read: ${(error as Error).message}`)
  } finally {
    db.close()
  }
}

function readTable(db: import('sql.js').Database, name: string, ours: ImportTable): SourceRow[] {
  const ident = `"${name.replace(/"/g, '""')}"`
  let statement
  let withRowid = true
  try {
    statement = db.prepare(`SELECT rowid AS "rowid:import", * FROM ${ident}`)
  } catch {
    // WITHOUT ROWID tables (ours are) have no rowid: rows are named by position.
    withRowid = false
    statement = db.prepare(`SELECT * FROM ${ident}`)
  }
  const rows: SourceRow[] = []
  try {
    const columns = statement.getColumnNames().map((c) => c.toLowerCase())
    while (statement.step()) {
      if (rows.length === MAX_ROWS_PER_TABLE)
        throw new InputError(`table ${ours} has more than ${MAX_ROWS_PER_TABLE} rows: import it in parts (nothing was imported)`)
      const values = statement.get() as Cell[]
      const cells = new Map<string, Cell>()
      // A column named twice keeps its first value: the first is what `SELECT *` shows first.
      columns.forEach((c, i) => cells.has(c) || cells.set(c, values[i] ?? null))
      const label = withRowid ? `rowid ${String(cells.get('rowid:import'))}` : `row ${rows.length + 1}`
      cells.delete('rowid:import')
      rows.push({ table: ours, label, cells })
    }
  } finally {
    statement.free()
  }
  return rows
}
