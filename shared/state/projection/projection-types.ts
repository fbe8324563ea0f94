import type {
  EventDataByKind,
  AgentRole,
  BudgetScope,
  DriftTaskData,
  EventKind,
  LineRange,
  Occurrence,
  PrAction,
  RegisteredTask,
  TaskState,
} from '../events/event-schema'

/** Version of the projection.json format; a stored projection of another version is rebuilt. */
export const PROJECTION_SCHEMA = 3
/** How many recent events the dashboard and each feature keep (`events recent N` reads the log for more). */
export const RECENT_LIMIT = 100
export const FEATURE_RECENT_LIMIT = 30

/**
 * `stamp` is `<time> <key>`: "latest" always means the greatest stamp, so the
 * projection depends on the set of events and not on the order they arrived.
 */
export interface Stamped {
  stamp: string
  time: string
}

export interface EventSummary extends Stamped {
  kind: EventKind
  feature: string
  actor: string
  /** Plain text, bounded; escaped when rendered. */
  summary: string
}

export interface RegistrationState extends Stamped {
  name: string
  baseBranch?: string
  tasksFile?: string
  tasks: RegisteredTask[]
}

export interface AgentState extends Stamped {
  role: AgentRole
  branch: string
  index?: number
}

export interface TaskStatus extends Stamped {
  state: TaskState
  commit: string
  agent: string
  message?: string
}

/** A task's commit that reached the branch it merges into (task-merged). */
export interface MergeState extends Stamped {
  into: string
  pr?: number
}

/** The latest scan of a kind: the heartbeat that shows the schedule is alive. */
export interface ScanState extends Stamped {
  at: string
  pairs: number
  conflicted: number
  errors: number
  runUrl?: string
}

export interface PrState extends Stamped {
  action: PrAction
  number: number
  url: string
  head: string
  base: string
  title?: string
}

/** The latest detection of a pair: the event's data, stamped. */
export type ConflictDetection = Stamped & EventDataByKind['conflict-detected'] & Occurrence

export interface ConflictResolution extends Stamped {
  detectedAt: string
  lifetimeSeconds: number
  reason?: string
}

export interface ConflictState {
  id: string
  /** The pair, sorted. */
  branches: [string, string]
  detected: ConflictDetection | null
  resolved: ConflictResolution | null
  /** Stamps of detections after the latest resolution, sorted: the first is when the open conflict began. */
  openSince: string[]
  /** Stamps of detections logged by hand after the latest resolution: while there is one, scans do not resolve the conflict. */
  manualSince: string[]
  /** How many times the pair's conflict was resolved: the next detection after one is a new occurrence of the fact. */
  resolutions: number
  /** The latest resolver suggestion for the pair (`resolution-suggested`): proven with its branch, or rejected with why. */
  suggestion?: SuggestionState
}

/** The latest `resolution-suggested` of a pair, stamped. */
export interface SuggestionState extends Stamped, SuggestionData {}

type SuggestionData = EventDataByKind['resolution-suggested']

export interface DivergenceState extends Stamped {
  ahead: number
  behind: number
  sha: string
}

/** The latest test-result event of one (role, branch, suite): its payload, stamped. */
export interface TestState extends Stamped, TestResultData {}

type TestResultData = EventDataByKind['test-result']

export interface BlockerState {
  id: string
  /** `by`: the actor who raised it (absent in projections stored before it was kept). */
  raised: (Stamped & { agent?: string; reason: string; by?: string }) | null
  cleared: (Stamped & { note?: string }) | null
  /** How many times it was raised and cleared: the next occurrence of either is the count plus one. */
  raisedCount: number
  clearedCount: number
}

/** One (branch, kind, subject) the role guard refused, over all its occurrences. */
export interface GuardState {
  branch: string
  kind: string
  subject: string
  /** The highest occurrence recorded as a violation (1 for the first). */
  raised: number
  /** The highest occurrence cleared (0: never). Open while raised > cleared. */
  cleared: number
  /** The latest violation event. */
  detected: (Stamped & { detail: string; commit: string }) | null
}

/** One (branch, path) an implementor changed outside its tasks' paths, over all its occurrences (like GuardState). */
export interface DriftState {
  branch: string
  path: string
  /** The highest occurrence recorded (1 for the first). */
  raised: number
  /** The highest occurrence cleared (0: never). Open while raised > cleared. */
  cleared: number
  /** The latest scope-drift event. */
  detected: (Stamped & { commit: string; tasks?: DriftTaskData[] }) | null
}

/** The owner a plan gave a task, and how many times each agent was given it (the next occurrence). */
export interface AssignmentState extends Stamped {
  agent: string
  /** Agent → the highest occurrence recorded for it (1 for the first). */
  occurrences: Record<string, number>
  /** The plan's wave (1 for the first) when the assignment recorded one. */
  wave?: number
}

/** The latest warning that `agent` was editing `path` which `sibling` had changed (one per triple; `warnings` counts tips). */
export interface PredictedState extends Stamped {
  agent: string
  path: string
  sibling: string
  siblingSha: string
  ranges: LineRange[]
  warnings: number
}

/** The past the dashboard's charts draw (trends.ts): bounded by tasks, registrations and active hours, not by events. */
export interface TrendState {
  /** Task id → the time it was first reported done. */
  firstDone: Record<string, string>
  /** Registration stamp → how many tasks it listed: the scope line of the burn-up. */
  scope: Record<string, number>
  /** UTC hour (`2026-03-01T10`) → resolved conflict occurrences first detected in it. */
  began: Record<string, number>
  /** UTC hour → conflict occurrences resolved in it. */
  ended: Record<string, number>
  /** Lead-time bucket (index into LEAD_TIME_LABELS) → resolutions whose lifetime falls in it. */
  leadTimes: Record<string, number>
  /** Agent → UTC hour → cost in millionths of a US dollar recorded by agent-usage in it. */
  cost: Record<string, Record<string, number>>
}

/** Tokens and cost summed over agent-usage events (cost in millionths of a US dollar: sums are exact). */
export interface UsageTotals {
  inputTokens: number
  outputTokens: number
  cacheCreationTokens: number
  cacheReadTokens: number
  costMicroUsd: number
  /** How many agent-usage events were summed. */
  records: number
  /** The time of the latest of them. */
  lastAt: string
}

/** A budget crossed: the highest budget recorded for one (scope, subject) and what was spent then. */
export interface BudgetCrossing {
  scope: BudgetScope
  subject: string
  budgetMicroUsd: number
  spentMicroUsd: number
  time: string
}

/**
 * A conflict hunk's resolution remembered from a merge: only the result (base64) and where it came
 * from; the hunk itself is its key, and the event keeps base, ours and theirs.
 */
export interface RememberedState extends Stamped {
  path: string
  result?: string
  commit: string
  branch: string
}

export interface SyncState extends Stamped {
  sha: string
}

export interface FeatureProjection {
  spec: string
  registration: RegistrationState | null
  /** By branch. */
  agents: Record<string, AgentState>
  /** By task id. */
  tasks: Record<string, TaskStatus>
  /** By PR number. */
  prs: Record<string, PrState>
  /** By conflict id. */
  conflicts: Record<string, ConflictState>
  /** branch → against → latest measure. */
  divergence: Record<string, Record<string, DivergenceState>>
  /** By JSON `[role, branch|null, suite]`. */
  tests: Record<string, TestState>
  blockers: Record<string, BlockerState>
  /** Role guard violations by JSON `[branch, kind, subject]`. */
  guards: Record<string, GuardState>
  /** By branch: the last commit sync-status read. */
  synced: Record<string, SyncState>
  /** Task id → commit → when it was merged: a task is merged when its current commit is here. */
  merged: Record<string, Record<string, MergeState>>
  /** Scanner → its latest run. */
  scans: Record<string, ScanState>
  /** By task id: the owner from `orchestrator plan --apply` (absent in projections stored before it existed). */
  assignments?: Record<string, AssignmentState>
  /** Scope drift by JSON `[branch, path]` (absent in projections stored before it existed). */
  drift?: Record<string, DriftState>
  /** By JSON `[agent, path, sibling]`: conflicts check-path predicted before an edit (absent before the first). */
  predicted?: Record<string, PredictedState>
  /** By hunk key: conflict resolutions remembered from merges (absent before the first). */
  remembered?: Record<string, RememberedState>
  /** Conflict id → agent → when a brief last told that agent of the conflict (brief-delivered; absent before the first). */
  briefed?: Record<string, Record<string, string>>
  /** The outbox: event key → occurrence of its announcement still to send (absent before the first). */
  outbox?: Record<string, number>
  /** What the dashboard's charts draw of the past (absent before the first event it keeps). */
  trends?: TrendState
  /** By agent branch: what its models used (agent-usage), summed (absent before the first). */
  usage?: Record<string, UsageTotals>
  /** By task id: its share of the usage of the agents that had it in progress (absent before the first). */
  taskUsage?: Record<string, UsageTotals>
  /** By JSON `[scope, subject]`: the highest budget recorded as crossed (absent before the first). */
  budgets?: Record<string, BudgetCrossing>
  /** Branch or role name → time of the latest event an agent's own work caused (not scans). */
  activity: Record<string, string>
  counts: Partial<Record<EventKind, number>>
  eventCount: number
  /** Newest first. */
  recent: EventSummary[]
}

/** A file in the event log that could not be read; it is kept as it is and reported. */
export interface StateProblem {
  path: string
  reason: string
}

export interface Projection {
  schema: typeof PROJECTION_SCHEMA
  eventCount: number
  /** Tree id of the events folder this projection was computed from; a mismatch means "rebuild". */
  eventsTree: string | null
  features: Record<string, FeatureProjection>
  /** Newest first, all features. */
  recent: EventSummary[]
  problems: StateProblem[]
}
