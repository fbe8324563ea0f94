import { InvalidEventError, makeEvent, validateEvent, type EventDataByKind, type EventKind, type OrchestratorEvent } from '../state/events'
import { neutralize } from '../text/neutralize'
import { quote, quoteValue } from '../text/quote'
import type { Cell, SourceRow } from './import-read'
import { parseImportTime, TIME_EXPECTED } from './import-time'

/** A text cell longer than this is refused before any field check looks at it (no field of an event is near it). */
export const MAX_CELL_CHARS = 1_000_000

/** One column of one row is wrong: what an import reports for a bad row. */
export class RowProblem extends Error {
  constructor(
    readonly column: string,
    readonly value: unknown,
    readonly expected: string,
  ) {
    super(`column ${column} ${expected}`)
  }
}

/** A bad row as the import reports it: which table, which row, which column, the bad value, what was expected. */
export interface BadRow {
  table: string
  row: string
  column: string
  /** The bad value, quoted and shortened, control and bidi characters escaped. */
  value: string
  message: string
}

/**
 * Typed access to one row's cells under the names a hand-made store may use
 * (`names`: the first present column wins; ours come first). Each getter
 * throws a RowProblem naming the column and the value.
 */
export class RowReader {
  constructor(
    readonly row: SourceRow,
    private readonly now: string,
    private readonly defaultActor: string,
  ) {}

  /** The first of `names` that the table has, and its cell. */
  cell(names: readonly string[]): { column: string; value: Cell } {
    for (const n of names) if (this.row.cells.has(n)) return { column: n, value: this.row.cells.get(n) ?? null }
    return { column: names[0], value: null }
  }

  text(names: readonly string[], required: true): string
  text(names: readonly string[], required?: false): string | undefined
  text(names: readonly string[], required = false): string | undefined {
    const { column, value } = this.cell(names)
    if (value === null || value === '') {
      if (required) throw new RowProblem(column, value, 'is required (a non-empty text)')
      return undefined
    }
    if (typeof value !== 'string') throw new RowProblem(column, value, 'must be text')
    if (value.length > MAX_CELL_CHARS) throw new RowProblem(column, value, `must be at most ${MAX_CELL_CHARS} characters`)
    return value
  }

  int(names: readonly string[], options: { required?: boolean; min?: number } = {}): number | undefined {
    const { column, value } = this.cell(names)
    if (value === null || value === '') {
      if (options.required) throw new RowProblem(column, value, 'is required (a whole number)')
      return undefined
    }
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim()) ? Number(value) : NaN
    if (!Number.isSafeInteger(n) || n < (options.min ?? 0))
      throw new RowProblem(column, value, `must be a whole number of at least ${options.min ?? 0}`)
    return n
  }

  /** A time in the log's form; `fallback` (default: the import's own time) when the cell is empty. */
  time(names: readonly string[], options: { required?: boolean; fallback?: string } = {}): string {
    const { column, value } = this.cell(names)
    if (value === null || value === '') {
      if (options.required) throw new RowProblem(column, value, `is required: it ${TIME_EXPECTED}`)
      return options.fallback ?? this.now
    }
    const iso = parseImportTime(value)
    if (!iso) throw new RowProblem(column, value, TIME_EXPECTED)
    return iso
  }

  optionalTime(names: readonly string[]): string | undefined {
    const { value } = this.cell(names)
    return value === null || value === '' ? undefined : this.time(names)
  }

  json(names: readonly string[]): unknown {
    const text = this.text(names)
    if (text === undefined) return undefined
    try {
      return JSON.parse(text) as unknown
    } catch (error) {
      throw new RowProblem(this.cell(names).column, text, `must be JSON (${(error as Error).message})`)
    }
  }

  actor(): string {
    return this.text(['actor']) ?? this.defaultActor
  }

  /**
   * A whole event of our format (a task_events row with `data`): checked as any event read from
   * a file; its key, when the row has one, must be the key of its content. Without a key, the
   * key is derived from the content.
   */
  validated(
    raw: { schema: number; kind: string; key?: string; time: string; feature: string; actor: string; data: unknown },
    derive: boolean,
  ): OrchestratorEvent {
    const columns = { kind: 'kind', key: 'key', schema: 'schema_version', time: 'time', actor: 'actor', feature: 'feature' }
    try {
      if (!derive) return validateEvent(raw, 'row')
      const made = makeEvent(raw.kind as EventKind, raw.feature, raw.data as EventDataByKind[EventKind], {
        actor: raw.actor,
        time: raw.time,
      })
      return validateEvent({ ...made, schema: raw.schema }, 'row')
    } catch (error) {
      if (!(error instanceof InvalidEventError)) throw error
      const top = error.field.split(/[.[]/)[0]
      const column = top === 'data' ? 'data' : (columns[top as keyof typeof columns] ?? top)
      const value = top === 'data' ? pick(raw.data, error.field.slice(5)) : (raw as Record<string, unknown>)[top]
      throw new RowProblem(column, value, detailOf(error))
    }
  }

  /**
   * A validated event; a field the event schema refuses is reported under the column it came
   * from (`columns`: data field → column).
   */
  event<K extends EventKind>(
    kind: K,
    feature: string,
    data: EventDataByKind[K],
    time: string,
    columns: Record<string, string>,
  ): OrchestratorEvent {
    const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as EventDataByKind[K]
    try {
      return makeEvent(kind, feature, clean, { actor: this.actor(), time }) as OrchestratorEvent
    } catch (error) {
      if (!(error instanceof InvalidEventError)) throw error
      throw fromEventError(error, columns, data as Record<string, unknown>, feature)
    }
  }
}

/** An event-schema refusal, told as a column of the row. */
export function fromEventError(
  error: InvalidEventError,
  columns: Record<string, string>,
  data: Record<string, unknown>,
  feature: string,
): RowProblem {
  const top = error.field.replace(/^data\./, '').split(/[.[]/)[0]
  const column = error.field === 'feature' ? (columns.feature ?? 'feature') : (columns[top] ?? top)
  const value = error.field === 'feature' ? feature : data[top]
  return new RowProblem(column, value, detailOf(error))
}

/** The schema's words without its own rendering of the value (the report quotes the value itself). */
function detailOf(error: InvalidEventError): string {
  return error.message.slice(error.where.length + 2).replace(/ \(got .*\)$/s, '')
}

/** The value at a dotted path of the data (`files[0].path` stops at `files`), for the report. */
function pick(data: unknown, path: string): unknown {
  const top = path.split(/[.[]/)[0]
  return data !== null && typeof data === 'object' && top ? (data as Record<string, unknown>)[top] : data
}

/** How a bad row is reported. */
export function badRow(row: SourceRow, hint: string, problem: RowProblem): BadRow {
  const v = problem.value
  const value = v instanceof Uint8Array ? `<${v.length} bytes>` : typeof v === 'string' ? quote(v) : quoteValue(v)
  const where = `${row.table} ${row.label}${hint}`
  return {
    table: row.table,
    row: row.label,
    column: problem.column,
    value,
    message: neutralize(`${where}: column ${problem.column}: ${problem.expected} (got ${value})`),
  }
}
