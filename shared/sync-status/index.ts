// sync-status: tasks.md and the state brought in line. The face other capabilities reach it through.
export { syncStatus, stateTasksPath } from './sync-status'
export type { SyncStatusDeps, SyncStatusOptions, SyncStatusResult, TasksTarget } from './sync-status'
export { commitFileWithLease } from './commit-file'
export { agentName, renderTasksFile } from './render-tasks'
export { readTasksSource } from './tasks-source'
export { ownerMismatchSection } from './owner-mismatch'
export type { TasksSource } from './tasks-source'
