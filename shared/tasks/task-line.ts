/** The parts of a task line that the parser reads and the updater edits. */
export interface TaskLineMatch {
  id: string
  done: boolean
  /** Offset of the checkbox character (` `, `x` or `X`) within the line. */
  checkboxOffset: number
  parallel: boolean
  story?: string
  /** Text after the id and labels, trimmed, our `done` and `owner` comments removed. */
  description: string
  /** The agent named by an owner comment. */
  owner?: string
}

// `- [ ] T012 ...`: a list bullet (any indentation, so nested items count), a
// checkbox, then the id, which must end at whitespace or the end of the line
// (`T012a` is not an id).
const TASK_LINE = /^([ \t]*[-*+][ \t]+\[)([ xX])\][ \t]+(T\d{3,})(?=[ \t]|$)(.*)$/
const LABEL = /^[ \t]*\[(P|US\d+)\]/

/**
 * The HTML comment the updater appends to a finished task. Only a comment of
 * exactly this shape at the very end of the line is ours to replace or remove.
 * (No leading `[ \t]*` in the pattern: on a line of many spaces that would
 * backtrack quadratically; callers trim the space before it themselves.)
 */
export const DONE_COMMENT = /<!-- (?:done|merged): [^<>\r\n]*? -->(?=[ \t]*$)/

/** `<!-- owner: impl-2 -->`, written by `orchestrator plan --apply` (see owner-comment.ts). */
export const OWNER_COMMENT = /<!-- owner: ([A-Za-z0-9][A-Za-z0-9._-]{0,63}) -->/

export function matchTaskLine(content: string): TaskLineMatch | undefined {
  const m = content.match(TASK_LINE)
  if (!m) return undefined
  let rest = m[4]
  let parallel = false
  let story: string | undefined
  for (let label = rest.match(LABEL); label; label = rest.match(LABEL)) {
    if (label[1] === 'P') parallel = true
    else story ??= label[1]
    rest = rest.slice(label[0].length)
  }
  const owner = rest.match(OWNER_COMMENT)
  return {
    ...(owner ? { owner: owner[1] } : {}),
    id: m[3],
    done: m[2] !== ' ',
    checkboxOffset: m[1].length,
    parallel,
    story,
    description: rest.replace(DONE_COMMENT, '').replace(OWNER_COMMENT, '').trim(),
  }
}
