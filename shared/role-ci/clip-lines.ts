// Markdown and terminal safety for text that comes from branches, paths,
// command output and test reports: it is data, never markup.

import { neutralize } from '../text/neutralize'

/** One line of inline markdown (also safe in a table cell), at most `max` characters: the shared `md`. */
export { md as inline } from '../text/markdown'

/** A fenced code block that the content cannot close, whatever backticks it holds. */
export function codeBlock(text: string): string[] {
  const clean = plain(text)
  const longest = Math.max(0, ...Array.from(clean.matchAll(/`+/g), (m) => m[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return [`${fence}text`, ...clean.split('\n'), fence]
}

/** Text for a terminal or a code block: the shared neutralize, lines kept. */
export function plain(text: string): string {
  return neutralize(text, { multiline: true })
}

/** First `maxLines` lines of `text`, each bounded, with a marker when cut. */
export function firstLines(text: string, maxLines: number, maxLength = 300): string {
  const lines = plain(text).split('\n')
  const shown = lines.slice(0, maxLines).map((l) => (l.length > maxLength ? `${l.slice(0, maxLength - 3)}...` : l))
  if (lines.length > maxLines) shown.push(`... (${lines.length - maxLines} more lines)`)
  return shown.join('\n')
}

/** Last `maxLines` lines of `text`, each bounded, with a marker when cut. */
export function lastLines(text: string, maxLines: number, maxLength = 500): string {
  const lines = plain(text).split('\n')
  const shown = lines.slice(-maxLines).map((l) => (l.length > maxLength ? `${l.slice(0, maxLength - 3)}...` : l))
  if (lines.length > maxLines) shown.unshift(`... (${lines.length - maxLines} earlier lines)`)
  return shown.join('\n')
}
