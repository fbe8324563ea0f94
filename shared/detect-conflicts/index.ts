// detect-conflicts: the scan, its recording, notices and causes. The face other capabilities reach it through.
export { detectConflicts } from './detect-conflicts'
export type { DetectConflictsDeps, DetectConflictsOptions, DetectConflictsResult } from './detect-conflicts'
export type { ConflictCause } from './attribute'
export type { CauseNotice } from './cause-notices'
