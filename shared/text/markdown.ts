/**
 * Markdown building blocks for the views, summaries, pull request bodies and
 * comments. Everything that comes from users or agents (branch names, titles,
 * task text, reasons, paths) goes through `md()` or `mdStrict()`: it cannot
 * open HTML, links, emphasis or code, break a table, start a line or mention
 * (and so notify) anyone.
 */

import { ZERO_WIDTH_SPACE } from './controls'
import { escapeHtml } from './html'
import { neutralize } from './neutralize'

interface InlineStyle {
  /** Collapse runs of blanks, trim, and cut to this many characters; unset: the text is kept whole. */
  max?: number
  /** Punctuation that gets a backslash. */
  special: RegExp
  /** How an `@` is kept from mentioning: [where, replacement]. */
  mention: readonly [RegExp, string]
}

/** The one inline escaper; `md` and `mdStrict` differ only in their style. */
function escapeInline(value: string, style: InlineStyle): string {
  // Line breaks would end a table row or a list item; controls and bidi overrides hide or reorder text.
  let text = neutralize(value).replace(/\t/g, ' ')
  if (style.max !== undefined) {
    text = text.replace(/ {2,}/g, ' ').trim()
    if (text.length > style.max) text = `${text.slice(0, style.max - 3)}...`
  }
  return escapeHtml(text)
    .replace(style.special, (ch) => `\\${ch}`)
    .replace(style.mention[0], style.mention[1])
}

const VIEW_SPECIAL = /[\\`*_{}[\]()#+!|~^$=]/g

/** Escapes user text for inline use (also inside table cells), on one line, bounded. */
export function md(value: string | number | undefined | null, max = 200): string {
  if (value === undefined || value === null) return ''
  const text = String(value)
  const escape = () => escapeInline(text, { max, special: VIEW_SPECIAL, mention: [/@(?=\w)/g, `@${ZERO_WIDTH_SPACE}`] })
  if (text.length > MEMO_LENGTH) return escape()
  const key = `${max}\0${text}`
  let out = escaped.get(key)
  if (out === undefined) {
    out = escape()
    // Bounded: memory stays small in a long run.
    if (escaped.size >= 20_000) escaped.clear()
    escaped.set(key, out)
  }
  return out
}

/** The views escape the same branch names and paths thousands of times per write: each short text is escaped once. */
const escaped = new Map<string, string>()
const MEMO_LENGTH = 512

// Also `-`, `.`, `:` and quotes, and `@` as an entity (its `#` escaped too, as the summaries always wrote it).
const STRICT_SPECIAL = /[\\`*_{}[\]()#+\-.!|~:"']/g

/**
 * The conflict and trial summaries' escaping: one line, kept whole (not
 * trimmed or bounded), every markdown punctuation mark escaped.
 */
export function mdStrict(text: string): string {
  return escapeInline(text, { special: STRICT_SPECIAL, mention: [/@/g, '&\\#64;'] })
}

/** A fenced code block that the content cannot close, whatever backticks it holds. */
export function codeBlock(text: string): string[] {
  const clean = neutralize(text, { multiline: true })
  const longest = Math.max(0, ...Array.from(clean.matchAll(/`+/g), (m) => m[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return [`${fence}text`, ...clean.split('\n'), fence]
}

/** A commit id (validated hex) as a short code span. */
export function sha(value: string | undefined | null): string {
  return value && /^[0-9a-f]+$/.test(value) ? `\`${value.slice(0, 7)}\`` : ''
}

/** A link when `url` is a plain http(s) URL, else the escaped label alone. */
export function link(label: string, url: string | undefined): string {
  if (url && /^https?:\/\/[^\s<>"'`()[\]\\]+$/.test(url)) return `[${md(label)}](${url})`
  return md(label)
}

/** A time that is data (when something happened), shown without milliseconds. */
export function when(time: string | undefined | null): string {
  if (!time) return ''
  return time.replace(/\.\d{3}Z$/, 'Z').replace('T', ' ')
}

/** A markdown table; cells must already be escaped. */
export function table(headers: string[], rows: string[][]): string[] {
  if (rows.length === 0) return []
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map((c) => c || ' ').join(' | ')} |`),
  ]
}

/** A section: heading, then lines, or a placeholder sentence when there is nothing to show. */
export function section(title: string, lines: string[], empty: string): string[] {
  return [`## ${title}`, '', ...(lines.length ? lines : [`_${empty}_`]), '']
}

/** Lines joined into a file: no trailing blank lines, one final newline. */
export function document(lines: string[]): string {
  const out = [...lines]
  while (out.length && out[out.length - 1] === '') out.pop()
  return `${out.join('\n')}\n`
}

/**
 * A mermaid node or edge label, for use inside double quotes: everything but
 * letters, digits, space and `/_.-` becomes a mermaid entity code (`#60;`), so
 * a label cannot close its quotes, start markdown or inject HTML.
 */
export function mermaidLabel(text: string): string {
  let out = ''
  for (const ch of neutralize(text).replace(/\t/g, ' ')) out += /^[A-Za-z0-9 /_.-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`
  return out
}

/** An escaped URL path for a file in a repository (each segment percent-encoded). */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/** A link whose text is escaped (as a table cell: up to 1000 characters) and whose URL has each path segment percent-encoded. */
export function markdownLink(text: string, base: string, pathSegments: string[]): string {
  const url = `${base.replace(/\/+$/, '')}/${pathSegments.map(encodeURIComponent).join('/')}`
  return `[${md(text, 1000)}](${url})`
}
