import { Git } from '../git/git'
import { Logger } from '../logger'
import { parseTasks, TasksDocument } from '../tasks'
import { readFileAt } from '../git/objects'

export interface TasksSource {
  file: string
  /** The text as read (null when the branch has no tasks file). */
  text: string | null
  doc: TasksDocument | null
  /** The commit it was read from. */
  commit: string | null
}

/**
 * The feature's tasks.md as the first of `commits` that has it holds it
 * (normally the overseer branch, then the agent's own branch).
 * A malformed file (duplicate ids) stops the sync: nothing is written.
 */
export async function readTasksSource(
  git: Git,
  commits: readonly (string | undefined)[],
  file: string,
  logger: Logger,
): Promise<TasksSource> {
  for (const commit of commits) {
    if (!commit) continue
    const text = await readFileAt(git, commit, file)
    if (text === null) continue
    return { file, text, doc: parseTasks(text, file), commit }
  }
  logger.notice(`${file} was not found; every task id in commit messages is accepted`)
  return { file, text: null, doc: null, commit: null }
}
