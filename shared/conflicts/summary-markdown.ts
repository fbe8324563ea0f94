// Escaping for untrusted text (branch names, paths, git messages) in the job summary.
import { neutralize } from '../text/neutralize'

/** One line for a table cell or a label: the shared neutralisation, and tabs as spaces. */
function oneLine(text: string): string {
  return neutralize(text).replace(/\t/g, ' ')
}

/**
 * Text that renders as itself in markdown, also inside a table cell: HTML
 * characters become entities, markdown punctuation is backslash-escaped (so
 * no emphasis, links, autolinks or code spans), `@` cannot mention anyone.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:"']/g, (c) => `\\${c}`)
}

/**
 * A mermaid node or edge label, for use inside double quotes: everything but
 * letters, digits, space and `/_.-` becomes a mermaid entity code (`#60;`), so
 * a label cannot close its quotes, start markdown or inject HTML.
 */
export function mermaidLabel(text: string): string {
  let out = ''
  for (const ch of oneLine(text)) out += /^[A-Za-z0-9 /_.-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`
  return out
}

/** An escaped URL path for a file in a repository (each segment percent-encoded). */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
