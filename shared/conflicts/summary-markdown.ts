// Escaping for untrusted text (branch names, paths, git messages) in the job summary.

const UNSAFE_CHARS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** Control and bidirectional-override characters could hide or reorder text: show them as �. */
function neutralize(text: string): string {
  return text.replace(/\r?\n|\t/g, ' ').replace(UNSAFE_CHARS, '\ufffd')
}

/**
 * Text that renders as itself in markdown, also inside a table cell: HTML
 * characters become entities, markdown punctuation is backslash-escaped (so
 * no emphasis, links, autolinks or code spans), `@` cannot mention anyone.
 */
export function escapeMarkdown(text: string): string {
  return neutralize(text)
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
  for (const ch of neutralize(text)) out += /^[A-Za-z0-9 /_.-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`
  return out
}

/** An escaped URL path for a file in a repository (each segment percent-encoded). */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
