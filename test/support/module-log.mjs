// `node --import ./test/support/module-log.mjs`: appends the URL of every ES module the process
// loads (a bundle and the chunks it imports later) to the file named by ORCH_MODULE_LOG.
import { register } from 'node:module'

const hooks = `
import { appendFileSync } from 'node:fs'
export async function load(url, context, nextLoad) {
  if (process.env.ORCH_MODULE_LOG && url.startsWith('file:')) appendFileSync(process.env.ORCH_MODULE_LOG, url + '\\n')
  return nextLoad(url, context)
}
`
register(`data:text/javascript,${encodeURIComponent(hooks)}`)
