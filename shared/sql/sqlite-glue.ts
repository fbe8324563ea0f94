import { readFileSync } from 'node:fs'

/**
 * The JavaScript half of sql.js (its browser build) as text, for a worker
 * thread that runs a query apart from the main thread. Read the same way as
 * the wasm bytes (see sqlite-wasm.ts): the bundler copies the file beside the
 * bundle, so the worker needs nothing from node_modules at run time.
 */
export function sqliteGlueSource(): string {
  return readFileSync(new URL('../../node_modules/sql.js/dist/sql-wasm-browser.js', import.meta.url), 'utf8')
}
