/** What the `events` commands do: record facts on the state (state/operations) and read them back as status or an export (the views). */
export * from '../state/operations'
export { featureStatus, formatStatus } from './status'
export { exportFeature } from './export-feature'
