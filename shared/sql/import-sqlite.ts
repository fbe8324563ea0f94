import { InvalidEventError, text, type OrchestratorEvent, type RegisteredTask } from '../state/events'
import { quote } from '../text/quote'
import { readSourceTables, type ImportTable, type SourceRow } from './import-read'
import { badRow, RowProblem, RowReader, type BadRow } from './import-row-reader'
import { FEATURE_COL, MAPPERS, ROW_IDENTITY } from './import-tables'

/** What one table gave. */
export interface TableCount {
  table: ImportTable
  rows: number
  /** Rows whose events are all in the plan. */
  imported: number
  bad: number
  /** Rows of a feature whose events task_events holds whole (the table only repeats them). */
  covered: number
}

export interface ImportPlan {
  /** Every event of the good rows, once each (by key), in table order. */
  events: OrchestratorEvent[]
  bad: BadRow[]
  tables: TableCount[]
  /** Tables of the store that no import reads. */
  ignored: string[]
}

export interface ImportOptions {
  /** The import's own time: the time of a fact whose row has none. */
  now: string
  /** Who recorded facts whose row names no actor. */
  actor: string
}

// Tasks first: the registered tasks of a feature are part of its registration.
const ORDER: readonly ImportTable[] = [
  'tasks',
  'features',
  'agents',
  'task_events',
  'pull_requests',
  'conflicts',
  'test_results',
  'blockers',
]
const SPEC_COL = ['spec', 'spec_id', 'feature', 'id']
const taskIdText = text({ max: 12, pattern: /^T\d{3,10}$/, expected: 'must be a task id like T012' })
const descriptionText = text({ max: 1000 })
const phaseText = text({ max: 200 })

/**
 * Turns a store with the original system's tables into events, row by row: every row is
 * checked whole (all its events, or none of them), a bad row is named (table, row, column,
 * value) and left out, and the good rows' events are returned for one append. Their keys
 * come from the rows' content, never from the import's time, so importing the same rows
 * again gives the same keys and adds nothing.
 *
 * A feature whose events task_events carries whole (rows with `data`, as our export writes
 * them) is imported from those alone: the other tables are views of the same events.
 */
export async function planImport(bytes: Uint8Array, given: string, options: ImportOptions): Promise<ImportPlan> {
  const source = await readSourceTables(bytes, given)
  const rowsOf = (t: ImportTable): SourceRow[] => source.tables.get(t) ?? []
  const reader = (row: SourceRow) => new RowReader(row, options.now, options.actor)
  const cellText = (row: SourceRow, names: readonly string[]) => {
    const v = reader(row).cell(names).value
    return typeof v === 'string' ? v : undefined
  }
  const known = source.tables.has('features') ? new Set(rowsOf('features').map((r) => cellText(r, SPEC_COL))) : null
  const whole = new Set(
    rowsOf('task_events')
      .filter((r) => r.cells.get('data') != null)
      .map((r) => cellText(r, FEATURE_COL)),
  )
  const registered = new Map<string, RegisteredTask[]>()
  const plan: ImportPlan = { events: [], bad: [], tables: [], ignored: source.ignored }
  const keys = new Set<string>()
  for (const table of ORDER) {
    if (!source.tables.has(table)) continue
    const count: TableCount = { table, rows: 0, imported: 0, bad: 0, covered: 0 }
    const seen = new Map<string, string>()
    for (const row of rowsOf(table)) {
      count.rows++
      const r = reader(row)
      try {
        const feature = r.text(table === 'features' ? SPEC_COL : FEATURE_COL, true)
        if (known && table !== 'features' && !known.has(feature))
          throw new RowProblem(r.cell(FEATURE_COL).column, feature, 'names no feature of the features table')
        if (table !== 'task_events' && whole.has(feature)) {
          count.covered++
          continue
        }
        checkDuplicate(r, table, seen)
        if (table === 'tasks') registerTask(r, feature, registered)
        const events = MAPPERS[table](r, feature, { tasksOf: (spec) => sorted(registered.get(spec)) })
        for (const e of events) {
          if (keys.has(e.key)) continue
          keys.add(e.key)
          plan.events.push(e)
        }
        count.imported++
      } catch (error) {
        if (!(error instanceof RowProblem)) throw error
        count.bad++
        plan.bad.push(badRow(row, hintOf(r, table), error))
      }
    }
    plan.tables.push(count)
  }
  return plan
}

/** A second row with the identity of an earlier one (same feature and id) is refused: which of the two holds is not known. */
function checkDuplicate(r: RowReader, table: ImportTable, seen: Map<string, string>): void {
  const identity = ROW_IDENTITY[table]
  if (!identity) return
  const values = identity.map((names) => r.cell(names).value)
  if (values.some((v) => v === null)) return
  const id = JSON.stringify(values.map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)))
  const first = seen.get(id)
  const column = r.cell(identity[identity.length - 1]).column
  if (first)
    throw new RowProblem(
      column,
      values[values.length - 1],
      `repeats the identity of ${first} (each ${identity.length > 1 ? 'feature and id' : 'id'} once)`,
    )
  seen.set(id, r.row.label)
}

function registerTask(r: RowReader, feature: string, registered: Map<string, RegisteredTask[]>): void {
  const idCol = r.cell(['task_id', 'task', 'id']).column
  const check = (column: string, value: unknown, f: (v: unknown, field: string, where: string) => string) => {
    try {
      return f(value, column, 'row')
    } catch (error) {
      if (error instanceof InvalidEventError)
        throw new RowProblem(column, value, error.message.replace(/^row: field "[^"]*" /, '').replace(/ \(got .*\)$/s, ''))
      throw error
    }
  }
  const id = check(idCol, r.cell([idCol]).value, taskIdText)
  const description = r.text(['description', 'title'])
  if (description === undefined) return
  const phase = r.text(['phase'])
  const task: RegisteredTask = { id, description: check('description', description, descriptionText) }
  if (phase !== undefined) task.phase = check('phase', phase, phaseText)
  registered.set(feature, [...(registered.get(feature) ?? []), task])
}

function sorted(tasks: RegisteredTask[] | undefined): RegisteredTask[] | undefined {
  return tasks && [...tasks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** ` (id "db-schema")`: the row's own id, when it has one, beside its position. */
function hintOf(r: RowReader, table: ImportTable): string {
  for (const names of [...(ROW_IDENTITY[table] ?? [])].reverse().concat([['id'], ['suite'], ['task_id'], ['branch']])) {
    const { column, value } = r.cell(names)
    if (typeof value === 'string' || typeof value === 'number') return ` (${column} ${quote(String(value))})`
  }
  return ''
}
