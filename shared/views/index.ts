/** The views of the state: markdown and web pages, status, exports, and the state store that writes them. */
export { StateStore, DEFAULT_STATE_BRANCH, DEFAULT_MAX_ATTEMPTS } from './state-store'
export { viewRenderer, renderViews } from './render'
export { featureStatus, formatStatus, type FeatureStatus, type StatusReport } from './status'
export { exportFeature } from './export-feature'
