// Command output and test reports shown in part: neutralised (they are data,
// never markup or terminal codes), bounded per line and in lines.

import { neutralize } from '../text/neutralize'

/** First `maxLines` lines of `text`, each bounded, with a marker when cut. */
export function firstLines(text: string, maxLines: number, maxLength = 300): string {
  const lines = neutralize(text, { multiline: true }).split('\n')
  const shown = lines.slice(0, maxLines).map((l) => (l.length > maxLength ? `${l.slice(0, maxLength - 3)}...` : l))
  if (lines.length > maxLines) shown.push(`... (${lines.length - maxLines} more lines)`)
  return shown.join('\n')
}

/** Last `maxLines` lines of `text`, each bounded, with a marker when cut. */
export function lastLines(text: string, maxLines: number, maxLength = 500): string {
  const lines = neutralize(text, { multiline: true }).split('\n')
  const shown = lines.slice(-maxLines).map((l) => (l.length > maxLength ? `${l.slice(0, maxLength - 3)}...` : l))
  if (lines.length > maxLines) shown.unshift(`... (${lines.length - maxLines} earlier lines)`)
  return shown.join('\n')
}
