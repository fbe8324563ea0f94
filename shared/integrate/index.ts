// integrate: the order to merge a feature's agent branches in. The face other capabilities reach it through.
export { runIntegrateOrder } from './run-integrate-order'
export type { IntegrateOrderOptions } from './run-integrate-order'
export { mergeOrderFromState, mergeOrderSummary } from './summary-section'
export { orderHeadline, renderOrderMarkdown, renderOrderText } from './render-order'
export { mergeOrder } from './merge-order'
export type { MergeOrder, OrderInput, OrderStep } from './order-types'
