import { Worker } from 'node:worker_threads'
import { InputError } from '../errors'
import type { SqlValue } from './rows'
import { sqliteGlueSource } from './sqlite-glue'
import { sqliteWasm } from './sqlite-wasm'

export interface QueryResult {
  columns: string[]
  rows: SqlValue[][]
  /** True when the query has more rows than `maxRows`: only the first `maxRows` were read. */
  truncated: boolean
}

export interface QueryBounds {
  /** Wall-clock limit for the whole query, in milliseconds. */
  timeLimitMs: number
  /** Rows read at most; the query stops stepping after that. */
  maxRows: number
}

export const DEFAULT_TIME_LIMIT_S = 10
export const DEFAULT_MAX_ROWS = 10_000
const MAX_QUERY = 100_000
const BATCH = 1000

// Runs in the worker (CommonJS, after sql.js's glue has defined initSqlJs). It checks the
// statement count, then steps the one statement and posts rows in batches; the main thread
// ends the worker when the time limit passes (sql.js has no progress handler to interrupt
// SQLite from inside). `PRAGMA query_only` makes SQLite itself refuse any write.
const WORKER_MAIN = `
const { parentPort, workerData } = require('node:worker_threads')
const post = (m) => parentPort.postMessage(m)
;(async () => {
  const SQL = await initSqlJs({ wasmBinary: workerData.wasm })
  const db = new SQL.Database(workerData.bytes)
  db.run('PRAGMA query_only = ON')
  let count = 0
  try {
    for (const s of db.iterateStatements(workerData.query)) { s.free(); count++ }
  } catch (e) { return post({ type: 'error', stage: 'parse', message: String(e && e.message || e) }) }
  if (count !== 1) return post({ type: 'error', stage: 'count', count })
  const st = db.prepare(workerData.query)
  try {
    post({ type: 'columns', columns: st.getColumnNames() })
    let batch = []
    let n = 0
    while (st.step()) {
      if (n === workerData.maxRows) { post({ type: 'rows', rows: batch, more: true }); batch = null; break }
      batch.push(st.get())
      n++
      if (batch.length === ${BATCH}) { post({ type: 'rows', rows: batch }); batch = [] }
    }
    if (batch) post({ type: 'rows', rows: batch })
    post({ type: 'done' })
  } catch (e) { post({ type: 'error', stage: 'run', message: String(e && e.message || e) }) }
  finally { st.free(); db.close() }
})().catch((e) => post({ type: 'error', stage: 'run', message: String(e && e.message || e) }))
`

type WorkerMessage =
  | { type: 'columns'; columns: string[] }
  | { type: 'rows'; rows: unknown[][]; more?: boolean }
  | { type: 'done' }
  | { type: 'error'; stage: 'parse' | 'count' | 'run'; message?: string; count?: number }

/**
 * Runs one read-only statement over a SQLite database given as bytes, in a
 * worker thread, within a time limit and a row limit. A query that never
 * ends (a recursive CTE without a stop) is ended at the limit with a clear
 * error; rows come in batches, so a huge result never sits in one call.
 */
export async function boundedQuery(bytes: Uint8Array, query: string, bounds: QueryBounds): Promise<QueryResult> {
  if (query.trim() === '') throw new InputError('the query is empty: expected one SQL statement, e.g. "SELECT * FROM v_feature_status"')
  if (query.length > MAX_QUERY) throw new InputError(`the query is ${query.length} characters long: at most ${MAX_QUERY} are accepted`)
  const worker = new Worker(`${sqliteGlueSource()}\n${WORKER_MAIN}`, {
    eval: true,
    workerData: { bytes, wasm: sqliteWasm(), query, maxRows: bounds.maxRows },
    stdout: true,
    stderr: true,
  })
  const result: QueryResult = { columns: [], rows: [], truncated: false }
  let timer: NodeJS.Timeout | undefined
  try {
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => reject(timeLimitError(bounds.timeLimitMs)), bounds.timeLimitMs)
      worker.on('error', (e) => reject(new Error(`events sql: the query worker failed: ${e.message}`)))
      worker.on('exit', (code) => reject(new Error(`events sql: the query worker stopped (exit code ${code}) before answering`)))
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'columns') result.columns = m.columns
        else if (m.type === 'rows') {
          for (const row of m.rows) result.rows.push(row.map(cell))
          if (m.more) {
            result.truncated = true
            resolve()
          }
        } else if (m.type === 'done') resolve()
        else reject(workerError(m))
      })
    })
  } finally {
    clearTimeout(timer)
    await worker.terminate()
  }
  return result
}

function timeLimitError(ms: number): InputError {
  const s = ms / 1000
  return new InputError(
    `the query ran for ${s} s without finishing and was stopped: expected a query that ends within --time-limit ${s} ` +
      '(a recursive CTE needs a condition that stops it, e.g. WHERE n < 100; or raise --time-limit)',
  )
}

function workerError(m: Extract<WorkerMessage, { type: 'error' }>): InputError {
  if (m.stage === 'parse') return new InputError(`the query is not valid SQL: ${m.message}`)
  if (m.stage === 'count') return new InputError(`the query holds ${m.count} statements: expected exactly one (a SELECT, or WITH … SELECT)`)
  if (/readonly|read-only|query_only/i.test(m.message ?? ''))
    return new InputError(`events sql runs read-only queries; this one would change the database (${m.message})`)
  return new InputError(`the query failed: ${m.message}`)
}

function cell(value: unknown): SqlValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string') return value
  // BLOBs: shown as hex, never as raw bytes in a terminal.
  if (value instanceof Uint8Array) return `x'${Buffer.from(value).toString('hex')}'`
  return String(value)
}
