import { splitLines } from './lines'
import { parseTasks } from './parse-tasks'
import { DONE_COMMENT, matchTaskLine } from './task-line'
import type { TaskChange, TaskMeta, UpdateResult } from './types'

export interface UpdateOptions {
  /** Record who finished a task in a trailing `<!-- done: <time> <commit7> <agent> -->` comment. */
  annotate?: boolean
  /** Names the file in errors. */
  file?: string
}

interface Edit {
  start: number
  end: number
  text: string
}

/**
 * Sets tasks open or done. Only tasks whose state changes are touched, and of
 * those only the checkbox character (plus, with `annotate`, our trailing
 * comment: written or replaced when a task is finished with `meta`, removed
 * when it is reopened). Every other byte is kept, including line endings,
 * trailing spaces and a missing final newline. If an id is given more than
 * once, the last change wins. A duplicate id in the file is an InputError
 * (see `parseTasks`), because it is not clear which line to change.
 */
export function updateTasks(text: string, changes: readonly TaskChange[], options: UpdateOptions = {}): UpdateResult {
  const doc = parseTasks(text, options.file)
  const wanted = new Map(changes.map((change) => [change.id, change]))
  const lines = splitLines(text)
  const edits: Edit[] = []
  const changed: string[] = []
  for (const task of doc.tasks) {
    const change = wanted.get(task.id)
    if (!change || change.done === task.done) continue
    const line = lines[task.line - 1]
    if (change.onlyOurs && !DONE_COMMENT.test(line.content)) continue
    const match = matchTaskLine(line.content)!
    changed.push(task.id)
    const checkbox = line.start + match.checkboxOffset
    edits.push({ start: checkbox, end: checkbox + 1, text: change.done ? 'X' : ' ' })
    // Our comment goes with our tick (always when we only undo our own tick).
    if (!change.done && DONE_COMMENT.test(line.content) && (options.annotate || change.onlyOurs))
      edits.push(annotation(line.content, line.start, ''))
    if (!options.annotate) continue
    if (change.done && change.meta) edits.push(annotation(line.content, line.start, ` ${doneComment(change.meta)}`))
  }
  const known = new Set(doc.tasks.map((task) => task.id))
  const unknown = [...new Set(changes.map((change) => change.id).filter((id) => !known.has(id)))]
  let result = text
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  }
  return { text: result, changed, unknown }
}

/**
 * An edit that puts `replacement` where our comment is (with the spaces before
 * it), or, if there is none, after the line's text and before its trailing
 * spaces, which are kept as they were.
 */
function annotation(content: string, lineStart: number, replacement: string): Edit {
  const existing = content.match(DONE_COMMENT)
  let start: number
  let end: number
  if (existing) {
    end = existing.index! + existing[0].length
    start = existing.index!
  } else {
    end = content.length
    while (end > 0 && (content[end - 1] === ' ' || content[end - 1] === '\t')) end--
    start = end
  }
  while (start > 0 && (content[start - 1] === ' ' || content[start - 1] === '\t')) start--
  return { start: lineStart + start, end: lineStart + end, text: replacement }
}

/**
 * `<!-- done: <time> <commit7> <agent> -->` (done on the agent's branch) or `<!-- merged: … -->`
 * (merged into the branch it goes to), with values that cannot end the comment early.
 */
export function doneComment(meta: TaskMeta): string {
  const commit = clean(meta.commit, 7)
  return `<!-- ${meta.merged ? 'merged' : 'done'}: ${clean(meta.time, 40)} ${commit} ${clean(meta.agent, 64)} -->`
}

// Keeps timestamps, hex ids and agent names as they are; anything else,
// notably `<`, `>`, `!`, spaces and newlines, becomes `_`, and `--` is
// collapsed so the value can neither close the comment nor split its fields.
function clean(value: string, max: number): string {
  const safe = value
    .replace(/[^A-Za-z0-9._:+@/-]/g, '_')
    .replace(/-{2,}/g, '-')
    .slice(0, max)
  return safe === '' ? 'unknown' : safe
}
