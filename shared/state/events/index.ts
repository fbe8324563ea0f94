/** The event format: the schema of every kind, how an event is made, checked and keyed, and the canonical JSON its key is a hash of. */
export {
  EVENT_KINDS,
  EVENT_SCHEMA,
  type AgentRole,
  type BudgetScope,
  type ConflictFile,
  type ConflictMessageData,
  type DriftTaskData,
  type EventData,
  type EventDataByKind,
  type EventKind,
  type EventOf,
  type GuardViolationKind,
  type LineRange,
  type OrchestratorEvent,
  type RegisteredTask,
  type RememberedResolutionData,
  type TaskState,
  type UsageSource,
} from './event-schema'
export { eventKey, makeEvent, parseEvent, serializeEvent, stampOf, validateEvent, type MakeEventOptions } from './events'
export { InvalidEventError, text } from './field-checks'
export { canonicalJson } from './canonical-json'
export { sha256Hex } from './digest'
export { conflictId, sortedPair } from './conflict-pair'
export { assertSafeSegment } from './safe-segment'
export { AGENT_USAGE, usageOf, usd, type UsageFact } from './usage'
