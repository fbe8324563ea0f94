import { findIds, readIdList } from './id-list'
import type { TaskReference } from './types'

// A completion keyword right before an id list, optionally with a colon:
// `closes T012`, `Done: T012 and T013`. Kept to one line on purpose.
const KEYWORD = /(?<![A-Za-z0-9_])(?:done|close[sd]?|fix(?:e[sd])?|complete[sd]?|resolve[sd]?)(?![A-Za-z0-9_])[ \t]*:?[ \t]*/gi
// A trailer in the last paragraph: `Tasks: T012, T013`.
const TRAILER = /^[ \t]*(?:tasks?|done|closes)[ \t]*:[ \t]*/i

/**
 * The task ids a commit message refers to, in order of first appearance, each
 * once, and whether the message marks it done. `TASK_REFERENCE_RULES` states
 * the rules for people; this is their implementation.
 */
export function taskReferences(message: string): TaskReference[] {
  const text = message.replace(/\r\n?/g, '\n')
  const lines = text.split('\n')
  const done = new Set<string>()
  const markDone = (line: string, index: number) => {
    for (const id of readIdList(line, index).ids) done.add(id)
  }

  const subject = lines.findIndex((line) => line.trim() !== '')
  if (subject !== -1) {
    const line = lines[subject]
    const leading = line.length - line.trimStart().length
    const list = readIdList(line, leading)
    if (list.ids.length > 0 && /^[ \t]*:/.test(line.slice(list.end))) markDone(line, leading)
  }
  for (const line of lines) {
    for (const m of line.matchAll(KEYWORD)) markDone(line, m.index + m[0].length)
  }
  for (const line of lastParagraph(lines)) {
    const trailer = line.match(TRAILER)
    if (trailer) for (const { id } of findIds(line)) done.add(id)
  }

  const seen = new Set<string>()
  const references: TaskReference[] = []
  for (const { id } of findIds(text)) {
    if (seen.has(id)) continue
    seen.add(id)
    references.push({ id, done: done.has(id) })
  }
  return references
}

/** The lines after the last blank line (the whole message if it has no blank line). */
function lastParagraph(lines: string[]): string[] {
  let end = lines.length
  while (end > 0 && lines[end - 1].trim() === '') end--
  let start = end
  while (start > 0 && lines[start - 1].trim() !== '') start--
  return lines.slice(start, end)
}
