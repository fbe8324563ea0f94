import { splitLines } from './lines'
import { parseTasks } from './parse-tasks'
import { DONE_COMMENT, OWNER_COMMENT } from './task-line'

/**
 * `<!-- owner: impl-2 -->`: the agent a plan gave the task to. It renders as
 * nothing on GitHub and leaves the spec-kit syntax alone. It sits after the
 * description and before our `done` comment, which must stay last on the line.
 */
export { OWNER_COMMENT }
/** `<!-- estimate: 2 -->` (a positive number): the weight a plan gives the task when it balances the load. */
export const ESTIMATE_COMMENT = /<!-- estimate: (\d{1,4}(?:\.\d{1,2})?) -->/

const OWNER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

export function estimateIn(description: string): number | undefined {
  const m = description.match(ESTIMATE_COMMENT)
  const value = m ? Number(m[1]) : NaN
  return value > 0 ? value : undefined
}

/** The description without an estimate comment, for display. */
export function plainDescription(description: string): string {
  return description
    .replace(new RegExp(ESTIMATE_COMMENT.source, 'g'), '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim()
}

/**
 * Writes the owner comment of each task in `owners` (replacing an existing
 * one), changing nothing else; tasks not named keep whatever they have.
 * Returns the ids whose line changed, in file order. An owner name that is not
 * a plain agent name is refused, since it would land inside a comment.
 */
export function setOwners(text: string, owners: ReadonlyMap<string, string>, file = 'tasks.md'): { text: string; changed: string[] } {
  for (const name of owners.values()) if (!OWNER_NAME.test(name)) throw new Error(`internal: owner name "${name}" is not an agent name`)
  const lines = splitLines(text)
  const edits: { start: number; end: number; text: string }[] = []
  const changed: string[] = []
  for (const task of parseTasks(text, file).tasks) {
    const owner = owners.get(task.id)
    if (owner === undefined) continue
    const line = lines[task.line - 1]
    const comment = `<!-- owner: ${owner} -->`
    const existing = line.content.match(OWNER_COMMENT)
    if (existing) {
      if (existing[1] === owner) continue
      edits.push({ start: line.start + existing.index!, end: line.start + existing.index! + existing[0].length, text: comment })
    } else {
      const done = line.content.match(DONE_COMMENT)
      let at = done ? done.index! : line.content.length
      while (at > 0 && (line.content[at - 1] === ' ' || line.content[at - 1] === '\t')) at--
      edits.push({ start: line.start + at, end: line.start + at, text: ` ${comment}` })
    }
    changed.push(task.id)
  }
  let result = text
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return { text: result, changed }
}
