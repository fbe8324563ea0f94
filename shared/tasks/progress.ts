import type { TasksDocument, TasksProgress } from './types'

/**
 * Counts finished tasks per phase and overall. `states` overrides what the
 * file says (e.g. tasks that commits marked done but the file does not show
 * yet); ids in it that the document lacks are ignored. Tasks before the first
 * phase heading count only in the overall figure.
 */
export function tasksProgress(
  doc: TasksDocument,
  states?: ReadonlyMap<string, boolean> | Readonly<Record<string, boolean>>,
): TasksProgress {
  const isDone = (id: string, fileSays: boolean): boolean => {
    const state = states instanceof Map ? states.get(id) : (states as Record<string, boolean> | undefined)?.[id]
    return typeof state === 'boolean' ? state : fileSays
  }
  const done = new Map(doc.tasks.map((task) => [task.id, isDone(task.id, task.done)]))
  const phases = doc.phases.map((phase) => ({
    phase: phase.title,
    done: phase.taskIds.filter((id) => done.get(id)).length,
    total: phase.taskIds.length,
  }))
  const overall = { done: [...done.values()].filter(Boolean).length, total: doc.tasks.length }
  return { phases, overall }
}
