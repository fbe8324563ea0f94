import { existsSync, readFileSync, statSync } from 'node:fs'
import { InputError } from '../errors'
import type { Logger } from '../logger'
import type { StateStore } from '../state/log/store'
import { buildDatabase, exportSqlite, readWholeLog, writeFileAtomic, type EventLog } from './export-sqlite'
import type { Database } from './sqlite'
import { quote } from '../text/quote'

const SQLITE_HEADER = 'SQLite format 3\u0000'

/** `events export --format sqlite`: the whole event log written to `target.path` (confined below `target.root`) as one SQLite file. */
export async function writeSqliteExport(
  store: StateStore,
  target: { root: string; path: string },
  logger: Logger,
  progress?: (message: string) => void,
): Promise<{ log: EventLog; bytes: Uint8Array }> {
  progress?.('reading the event log')
  const log = await readWholeLog(store)
  for (const p of log.problems) logger.warning(`unreadable event file ${p.path}: ${p.reason} (left out of the export)`)
  const bytes = await exportSqlite(log)
  writeFileAtomic(target, bytes)
  return { log, bytes }
}

/** A database file read whole into memory (sql.js has no file access): larger ones are refused before reading. */
export const MAX_DATABASE_BYTES = 512 * 1024 * 1024

/**
 * The bytes of a database file given by `option` (`given` as the user wrote it, `path` confined),
 * refused unless it is SQLite and at most MAX_DATABASE_BYTES.
 */
export function readDatabaseFile(path: string, given: string, option = '--db'): Uint8Array {
  if (!existsSync(path))
    throw new InputError(`${option} ${quote(given)} does not exist; write one with "orchestrator events export --format sqlite <file>"`)
  const size = statSync(path).size
  if (size > MAX_DATABASE_BYTES)
    throw new InputError(`${option} ${quote(given)} is ${size} bytes: at most ${MAX_DATABASE_BYTES} (512 MiB) are read`)
  const bytes = readFileSync(path)
  if (bytes.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) throw new InputError(`${option} ${quote(given)} is not a SQLite database`)
  return bytes
}

/** The event log of the state branch as SQLite database bytes (what a query worker opens). */
export async function databaseBytesFromStore(store: StateStore, logger: Logger): Promise<Uint8Array> {
  const log = await readWholeLog(store)
  for (const p of log.problems) logger.warning(`unreadable event file ${p.path}: ${p.reason} (left out)`)
  const db: Database = await buildDatabase(log)
  try {
    return db.export()
  } finally {
    db.close()
  }
}
