// check-path: which sibling branches changed a file, from a cache. The face other capabilities reach it through.
export { CACHE_FILE as SIBLING_CACHE_FILE, checkPaths, locate, locatedBy, refreshAfterFetch } from './check-path'
export type { CheckPathOptions, CheckPathResult, Located } from './check-path'
export { EDIT_TOOLS, EDIT_TOOL_MATCHER } from './hook-io'
export { detachedRecorder, queueEvent } from './predicted'
export type { PendingEvent } from './predicted'
