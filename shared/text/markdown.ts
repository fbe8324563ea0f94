/**
 * Markdown building blocks for the views, summaries, pull request bodies and
 * comments. Everything that comes from users or
 * agents (branch names, titles, task text, reasons) goes through `md()`: it
 * cannot open HTML, links, emphasis or code, break a table or start a line.
 */

import { neutralize } from './neutralize'
import { ZERO_WIDTH_SPACE } from './controls'
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!|~^$=]/g

/** Escapes user text for inline use (also inside table cells), on one line, bounded. */
export function md(value: string | number | undefined | null, max = 200): string {
  if (value === undefined || value === null) return ''
  // Line breaks would end a table row or a list item; controls and bidi overrides hide or reorder text.
  let text = neutralize(String(value)).replace(/\t/g, ' ').replace(/ {2,}/g, ' ').trim()
  if (text.length > max) text = `${text.slice(0, max - 3)}...`
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`)
    .replace(/@(?=\w)/g, `@${ZERO_WIDTH_SPACE}`)
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
