/**
 * The log: the events on a git branch, appended by compare-and-swap pushes,
 * with the derived files (projection, the views a renderer gives, caches)
 * written beside them.
 */
export { DEFAULT_MAX_ATTEMPTS, DEFAULT_STATE_BRANCH, StateStore } from './store'
export type { AppendResult, StateSnapshot, StateStoreOptions } from './store-types'
export type { StateRenderer } from './renderer'
export { eventRelativePath, normalizeRoot, StateLayout } from './paths'
export { privateStateRef } from './remote-branch'
export { projectionAsFetched } from './as-fetched'
export { readEventLog, rebuildProjection } from './rebuild'
export { STATE_MARKER } from './append-plan'
export { readStateFile, writeStateFile, type StateFileOptions, type StateFileRead, type StateFileWrite } from './state-file'
export * from './state-cache'
export { compareAndSwapLoop, type CasLoopOptions, type CasLoopResult, type CasOutcome } from './compare-and-swap'
export type { VerifyResult } from './verify'
