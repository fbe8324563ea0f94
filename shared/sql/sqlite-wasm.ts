import { readFileSync } from 'node:fs'

/**
 * The bytes of SQLite compiled to WebAssembly (sql.js): no native build, nothing downloaded at
 * run time. The bundler recognises exactly this form, alone in its module (readFileSync of a URL
 * relative to the module): it copies the file beside the bundle, byte for byte, and rewrites the
 * path; tests read it from node_modules. (In a module that also imports the sql.js glue, webpack's
 * own asset handling takes over and writes the binary as text, corrupting it.)
 */
export function sqliteWasm(): Buffer {
  return readFileSync(new URL('../../node_modules/sql.js/dist/sql-wasm.wasm', import.meta.url))
}
