import { FeatureProjection } from '../state/projection-types'
import { TaskChange, updateTasks } from '../tasks'

/**
 * tasks.md with every task the events say is done ticked (and, with
 * `annotate`, a trailing comment naming time, commit and agent). Tasks a
 * person ticked by hand stay ticked; nothing else in the file changes.
 */
export function renderTasksFile(
  source: string,
  feature: FeatureProjection | undefined,
  annotate: boolean,
): { text: string; changed: string[] } {
  const changes: TaskChange[] = []
  for (const [id, status] of Object.entries(feature?.tasks ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (status.state !== 'done') continue
    const agent = status.agent.split('/').pop() ?? status.agent
    const merged = Boolean(feature?.merged?.[id]?.[status.commit])
    changes.push({ id, done: true, meta: { time: status.time, commit: status.commit, agent, ...(merged ? { merged } : {}) } })
  }
  const result = updateTasks(source, changes, { annotate })
  return { text: result.text, changed: result.changed }
}
