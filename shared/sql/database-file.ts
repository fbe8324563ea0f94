import { existsSync, readFileSync } from 'node:fs'
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

/** The bytes of an exported database given by `--db` (`given` as the user wrote it, `path` confined), refused unless it is SQLite. */
export function readDatabaseFile(path: string, given: string): Uint8Array {
  if (!existsSync(path))
    throw new InputError(`--db ${quote(given)} does not exist; write one with "orchestrator events export --format sqlite <file>"`)
  const bytes = readFileSync(path)
  if (bytes.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) throw new InputError(`--db ${quote(given)} is not a SQLite database`)
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
