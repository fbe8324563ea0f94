// The browser build of sql.js has the same API as its main entry, which @types/sql.js describes.
declare module 'sql.js/dist/sql-wasm-browser.js' {
  import initSqlJs from 'sql.js'
  export default initSqlJs
}
