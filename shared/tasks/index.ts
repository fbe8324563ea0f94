export { parseTasks } from './parse-tasks'
export { updateTasks, doneComment, type UpdateOptions } from './update-tasks'
export { taskReferences } from './task-references'
export { TASK_REFERENCE_RULES } from './reference-rules'
export { tasksProgress } from './progress'
export type {
  PhaseInfo,
  PhaseProgress,
  ProgressCount,
  TaskChange,
  TaskItem,
  TaskMeta,
  TaskReference,
  TasksDocument,
  TasksProgress,
  UpdateResult,
} from './types'
export { OWNER_COMMENT, ESTIMATE_COMMENT, estimateIn, plainDescription, setOwners } from './owner-comment'
