// The face of the integrate capability: what commands and other capabilities may use.
export { orderFromScan, type OrderFromScanOptions } from './order-from-scan'
export { renderOrderMarkdown, renderOrderText, orderHeadline } from './render-order'
export { causesSummary, causesText } from './render-causes'
export { mergeOrderSummary, mergeOrderFromState } from './summary-section'
export type { MergeOrder } from './order-types'
export { traceConflictCauses } from './trace-causes'
export type { ConflictCause } from './attribute'
export type { CauseNotice } from './cause-notices'
