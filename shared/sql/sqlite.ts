import type { Database, SqlJsStatic } from 'sql.js'
import { sqliteWasm } from './sqlite-wasm'

let loaded: Promise<SqlJsStatic> | undefined

/** The SQLite engine, loaded once per process. */
export function sqlite(): Promise<SqlJsStatic> {
  loaded ??= load()
  return loaded
}

async function load(): Promise<SqlJsStatic> {
  // The browser build of sql.js: its Node build tests `typeof module` inside a function where it set
  // `module = undefined`, which the bundler folds to `true` and then crashes. Given the wasm bytes,
  // the browser build needs nothing from its host (no fetch, no file system). Imported here, on first
  // use, so that only the commands that query SQL parse it.
  const { default: initSqlJs } = await import('sql.js/dist/sql-wasm-browser.js')
  const bytes = sqliteWasm()
  const wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  return (initSqlJs as (config: { wasmBinary: ArrayBuffer }) => Promise<SqlJsStatic>)({ wasmBinary })
}

export type { Database }
