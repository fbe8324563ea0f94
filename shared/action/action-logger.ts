import * as core from '@actions/core'
import { AnnotationProps, Logger } from '../logger'

import { neutralize as neutralizeText } from '../text/neutralize'

/** Makes untrusted text safe to print in a workflow log (the shared neutralize, lines kept). */
export function neutralize(text: string): string {
  return neutralizeText(text, { multiline: true })
}

function props(p?: AnnotationProps): core.AnnotationProperties | undefined {
  if (!p) return undefined
  return { title: p.title && neutralizeText(p.title), file: p.file && neutralizeText(p.file), startLine: p.startLine, endLine: p.endLine }
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
