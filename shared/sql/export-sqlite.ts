import { renameSync, rmSync } from 'node:fs'
import { confineWrite, writeConfined } from '../confine-path'
import type { OrchestratorEvent } from '../state/events'
import { applyEvent, emptyProjection, type Projection, type StateProblem } from '../state/projection'
import { readEventLog, type StateStore } from '../state/log'
import { tableRows, type SqlValue } from './rows'
import { schemaSql, TABLES } from './schema'
import { sqlite, type Database } from './sqlite'
import { objectIdOf } from '../git/refs'

/** Every readable event of the state branch, and the projection they fold into. */
export interface EventLog {
  commit: string | null
  events: OrchestratorEvent[]
  projection: Projection
  problems: StateProblem[]
}

/** Reads the whole log (one `ls-tree` and one `cat-file --batch`, as a rebuild does). */
export async function readWholeLog(store: StateStore): Promise<EventLog> {
  const commit = await store.fetch()
  const events: OrchestratorEvent[] = []
  const projection = emptyProjection()
  let tree: string | null = null
  if (commit) {
    tree = await objectIdOf(store.git, `${commit}:${store.layout.eventsDir}`)
  }
  const problems = await readEventLog(store.git, store.layout, tree, (event) => {
    events.push(event)
    applyEvent(projection, event)
  })
  projection.eventsTree = tree
  projection.problems = problems
  return { commit, events, projection, problems }
}

/** A new in-memory database with the schema and every table filled. */
export async function buildDatabase(log: Pick<EventLog, 'events' | 'projection'>): Promise<Database> {
  const SQL = await sqlite()
  const db = new SQL.Database()
  try {
    db.run(schemaSql())
    const rows = tableRows(log.events, log.projection)
    db.run('BEGIN')
    for (const t of TABLES) {
      const insert = db.prepare(`INSERT INTO ${t.name} VALUES (${t.columns.map(() => '?').join(', ')})`)
      try {
        for (const row of rows[t.name]) insert.run(row as SqlValue[])
      } finally {
        insert.free()
      }
    }
    db.run('COMMIT')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/** The database file's bytes: the same events always give the same bytes. */
export async function exportSqlite(log: Pick<EventLog, 'events' | 'projection'>): Promise<Uint8Array> {
  const db = await buildDatabase(log)
  try {
    // Without VACUUM the page layout would depend on the order pages were filled: it is fixed anyway, but this also drops free pages.
    db.run('VACUUM')
    return db.export()
  } finally {
    db.close()
  }
}

/** Writes beside the target and renames, so a reader never sees half a database; through the one write gate (no link followed). */
export function writeFileAtomic(target: { root: string; path: string }, bytes: Uint8Array): void {
  const path = confineWrite(target.root, target.path, 'file')
  const temporary = `${path}.tmp-${process.pid}`
  try {
    writeConfined(target.root, temporary, bytes, 'file')
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
