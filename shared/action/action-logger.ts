import * as core from '@actions/core'
import { AnnotationProps, Logger } from '../logger'

// ANSI escapes and lines that start with `::` would reach the runner as colour
// codes or workflow commands; text from commits and branches must not.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-_]/g

/** Makes untrusted text safe to print in a workflow log. */
export function neutralize(text: string): string {
  return text
    .replace(ANSI, '')
    .split(/\r?\n/)
    .map((line) => (/^\s*::/.test(line) ? ` ${line}` : line))
    .join('\n')
}

function props(p?: AnnotationProps): core.AnnotationProperties | undefined {
  if (!p) return undefined
  return { title: p.title, file: p.file, startLine: p.startLine, endLine: p.endLine }
}

/** The library's Logger on top of @actions/core. */
export const actionLogger: Logger = {
  debug: (m) => core.debug(neutralize(m)),
  info: (m) => core.info(neutralize(m)),
  notice: (m, p) => core.notice(neutralize(m), props(p)),
  warning: (m, p) => core.warning(neutralize(m), props(p)),
  error: (m, p) => core.error(neutralize(m), props(p)),
  group: (name, fn) => core.group(neutralize(name), fn),
}
