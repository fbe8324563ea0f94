import { InputError } from '../errors'
import { splitLines } from './lines'
import { matchTaskLine } from './task-line'
import { dependenciesIn, pathsIn } from './task-prose'
import type { PhaseInfo, TaskItem, TasksDocument } from './types'

// ATX headings with up to three spaces of indentation, as in CommonMark.
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/

/**
 * Reads a spec-kit tasks.md. Lines that are not tasks or headings are ignored,
 * never an error; the only error is a task id used twice, because updates
 * address tasks by id. `file` only names the file in that error.
 *
 * A `##` heading opens a phase and a `###` heading a section within it. A
 * phase is listed in `phases` when it holds tasks or its title starts with
 * "Phase", so prose sections such as "Dependencies & Execution Order" are not.
 */
export function parseTasks(text: string, file = 'tasks.md'): TasksDocument {
  const doc: TasksDocument = { tasks: [], phases: [] }
  const seen = new Map<string, number>()
  let phase: PhaseInfo | undefined
  let section: string | undefined
  for (const line of splitLines(text)) {
    if (line.fenced) continue
    const heading = line.content.match(HEADING)
    if (heading) {
      const level = heading[1].length
      const title = headingTitle(heading[2] ?? '')
      if (level === 1) {
        doc.title ??= title
        phase = undefined
        section = undefined
      } else if (level === 2) {
        phase = { title, line: line.number, taskIds: [] }
        if (/^phase\b/i.test(title)) doc.phases.push(phase)
        section = undefined
      } else if (level === 3) {
        section = title
      }
      continue
    }
    const match = matchTaskLine(line.content)
    if (!match) continue
    const previous = seen.get(match.id)
    if (previous !== undefined) {
      throw new InputError(
        `${file}: task id "${match.id}" is used twice, on line ${previous} and line ${line.number}; ` +
          'each task needs its own id (give the newer task the next unused number)',
      )
    }
    seen.set(match.id, line.number)
    const task: TaskItem = {
      id: match.id,
      line: line.number,
      done: match.done,
      parallel: match.parallel,
      description: match.description,
      paths: pathsIn(match.description),
      dependsOn: dependenciesIn(match.description),
    }
    if (match.story) task.story = match.story
    if (match.owner) task.owner = match.owner
    if (phase) {
      task.phase = phase.title
      if (phase.taskIds.length === 0 && !doc.phases.includes(phase)) doc.phases.push(phase)
      phase.taskIds.push(match.id)
    }
    if (section !== undefined) task.section = section
    doc.tasks.push(task)
  }
  doc.phases.sort((a, b) => a.line - b.line)
  return doc
}

/** The heading text without the optional closing `#` sequence (`## Setup ##`). */
function headingTitle(raw: string): string {
  const text = raw.trim()
  let end = text.length
  while (end > 0 && text[end - 1] === '#') end--
  if (end === text.length) return text
  const before = text.slice(0, end)
  // `## C#` keeps its hash: a closing sequence must follow a space.
  return before === '' || /[ \t]$/.test(before) ? before.trim() : text
}
