import * as core from '@actions/core'
import { AnnotationProps, Logger } from '../logger'

import { neutralize } from '../text/neutralize'

// A log line may hold several lines: they are kept, each neutralised.
const lines = { multiline: true }

function props(p?: AnnotationProps): core.AnnotationProperties | undefined {
  if (!p) return undefined
  return { title: p.title && neutralize(p.title), file: p.file && neutralize(p.file), startLine: p.startLine, endLine: p.endLine }
}

/** The library's Logger on top of @actions/core. */
export const actionLogger: Logger = {
  debug: (m) => core.debug(neutralize(m, lines)),
  info: (m) => core.info(neutralize(m, lines)),
  notice: (m, p) => core.notice(neutralize(m, lines), props(p)),
  warning: (m, p) => core.warning(neutralize(m, lines), props(p)),
  error: (m, p) => core.error(neutralize(m, lines), props(p)),
  group: (name, fn) => core.group(neutralize(name, lines), fn),
}
