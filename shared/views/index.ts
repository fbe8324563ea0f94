/**
 * The views of the state: the markdown and web pages written with every
 * append, status and exports, and the state store that writes them (the log
 * with viewRenderer passed in).
 */
export { StateStore, DEFAULT_STATE_BRANCH, DEFAULT_MAX_ATTEMPTS, type AppendResult } from './state-store'
export { viewRenderer, renderViews } from './render'
export { featureStatus, formatStatus, type FeatureStatus, type StatusReport } from './status'
export { exportFeature } from './export-feature'
export * from './operations'
