// integrate: the order to merge a feature's agent branches in. The face commands and other capabilities reach it through.
export { orderFromScan, type OrderFromScanOptions } from './order-from-scan'
export { mergeOrderFromState, mergeOrderSummary } from './summary-section'
export { orderInputFromProjection } from './order-input'
export { orderHeadline, renderOrderMarkdown, renderOrderText } from './render-order'
export { mergeOrder } from './merge-order'
export type { MergeOrder, OrderInput, OrderStep } from './order-types'
