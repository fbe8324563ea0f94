// usage: what the agents' models used and cost (session logs read by hooks, priced, recorded), and budgets. The face other capabilities reach it through.
export { parseUsageHookInput, queueClaudeUsage, queueCodexUsage, logUsageProblem, type QueueResult, type UsageHookInput } from './hook'
export { recordPendingUsage, recordCrossings, tasksInProgress, PARKED_REASON, type RecordedUsage } from './recorder'
export { costMicroUsd, microUsd, priceOf } from './pricing'
export { newCrossings, type Crossing } from './budgets'
export { readClaudeUsage, readCodexUsage, emptyCursor, type LogCursor, type ModelTokens } from './transcript'
