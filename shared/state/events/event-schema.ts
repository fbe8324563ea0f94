import { arrayOf, fail, integer, isTrue, objectOf, oneOf, optional, required, text, type Check, type Shape } from './field-checks'

/**
 * The version of the event format this code writes. It reads every version in
 * SCHEMA_VERSIONS: an event keeps the version it was written with, and its key
 * is always derived with that version (stored keys are never recomputed).
 *
 * Version 2 adds: empty line ranges (`{start: n, end: n - 1}`, "between lines
 * n-1 and n"), and `occurrence` on any event's data (see OCCURRENCE below).
 */
export const EVENT_SCHEMA = 2
export const SCHEMA_VERSIONS = [1, 2] as const
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number]

/**
 * A fact that can happen again (a blocker raised after it was cleared, a
 * conflict seen again after it was resolved by hand, a guard violation after a
 * clean run) is the fact plus its occurrence: `data.occurrence` is 2 for the
 * second time, 3 for the third, and absent for the first, so first occurrences
 * keep the keys they always had. It is part of the key only when present.
 */
export const OCCURRENCE_FIELD = 'occurrence'

export const EVENT_KINDS = [
  'feature-registered',
  'agent-assigned',
  'task-updated',
  'pr-updated',
  'conflict-detected',
  'conflict-resolved',
  'divergence-measured',
  'test-result',
  'blocker-raised',
  'blocker-cleared',
  'branch-synced',
  'guard-violation',
  'guard-cleared',
  'scan-completed',
  'task-merged',
  'task-assigned',
  'scope-drift',
  'scope-cleared',
  'conflict-predicted',
  'notification-pending',
  'notification-claimed',
  'agent-usage',
  'budget-crossed',
  'resolution-suggested',
  'resolution-remembered',
  'brief-delivered',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export type AgentRole = 'overseer' | 'implementor'
export type TaskState = 'open' | 'in-progress' | 'done'
export type PrAction = 'opened' | 'updated' | 'merged' | 'closed'

export interface RegisteredTask {
  id: string
  phase?: string
  description: string
}
/**
 * Lines 1-based, inclusive. An empty range (the side has no lines there: they
 * were deleted) is `{ start: n, end: n - 1 }`: the gap between lines n-1 and n.
 */
export interface LineRange {
  start: number
  end: number
}
export interface ConflictFile {
  /** The path, or git's quoted form when it is not plain UTF-8 text (then `pathBase64` holds its bytes). */
  path: string
  pathBase64?: string
  kind: string
  leftRanges: LineRange[]
  rightRanges: LineRange[]
  /** git's own message about the file (version 2). */
  message?: string
}

/** A conflict git reported with no conflicted-file entry (version 2). */
export interface ConflictMessageData {
  paths: string[]
  type: string
  text: string
}

export interface EventDataByKind {
  'feature-registered': { spec: string; name: string; baseBranch?: string; tasks?: RegisteredTask[]; tasksFile?: string }
  'agent-assigned': { role: AgentRole; branch: string; index?: number }
  'task-updated': { taskId: string; state: TaskState; commit: string; agent: string; message?: string }
  'pr-updated': { action: PrAction; number: number; url: string; head: string; base: string; title?: string }
  'conflict-detected': {
    left: string
    right: string
    leftSha: string
    rightSha: string
    files: ConflictFile[]
    /** Conflicts no file carries, e.g. an implicit directory rename in the way (version 2). */
    messages?: ConflictMessageData[]
    /**
     * Logged by a person (a semantic conflict, say), not found by a scan: scans
     * never resolve it; only `resolve-conflict` does (version 2).
     */
    manual?: boolean
    /** Why, for a conflict logged by hand (version 2). */
    reason?: string
    /** A conflict git cannot see, found by a trial: the clean merge fails to build or fails tests (absent: textual). */
    kind?: 'build' | 'test'
    /** The trial check that fails on the merge (with `kind`). */
    check?: string
  }
  'conflict-resolved': {
    left: string
    right: string
    detectedAt: string
    lifetimeSeconds: number
    /** Why it ended, when not because the pair merges cleanly now: "branch deleted", "resolved by hand" (version 2). */
    reason?: string
  }
  'divergence-measured': { branch: string; against: string; ahead: number; behind: number; sha: string }
  'test-result': {
    role: string
    branch?: string
    suite: string
    passed: number
    failed: number
    skipped: number
    durationMs: number
    commit: string
    runUrl?: string
    /** What the counts count: `check` for one check (1 passed or 1 failed), `tests` (the default) for tests. */
    unit?: 'check' | 'tests'
    /** The last lines of a failed check's output, neutralised (not part of the key): what the agent reads in its brief. */
    tail?: string
  }
  'blocker-raised': { id: string; agent?: string; reason: string }
  'blocker-cleared': { id: string; note?: string }
  'branch-synced': { branch: string; sha: string }
  /**
   * The role guard refused something on an agent branch: a protected path it changed (`subject` is
   * the path) or the target of its pull request (`subject` is the target branch). One fact per
   * (branch, kind, subject) while it lasts; a later run of the branch without it clears it.
   */
  'guard-violation': { branch: string; kind: GuardViolationKind; subject: string; detail: string; commit: string }
  /** A later run of the branch no longer had the violation (at `commit`). */
  'guard-cleared': { branch: string; kind: GuardViolationKind; subject: string; commit: string }
  /** A scan ran (the heartbeat): recorded even when it found nothing new, at most once per HEARTBEAT_MINUTES. */
  'scan-completed': { scanner: string; at: string; pairs: number; conflicted: number; errors: number; runUrl?: string }
  /**
   * A done task's commit reached the branch it merges into: reachable from the overseer
   * branch, or in a pull request GitHub merged (squash and rebase merges too, `pr`).
   */
  'task-merged': { taskId: string; commit: string; into: string; pr?: number }
  /** `orchestrator plan --apply`: the task's owner is now `agent` (an implementor branch). */
  'task-assigned': { taskId: string; agent: string; wave?: number }
  /**
   * An implementor branch changed `path`, outside the paths its tasks name (role-ci's scope
   * check). One fact per (branch, path) while it lasts; `tasks` are the other tasks whose
   * paths cover it and whom they belong to. A later run without it clears it.
   */
  'scope-drift': { branch: string; path: string; commit: string; tasks?: DriftTaskData[] }
  /** A later run of the branch no longer changes `path` outside its scope (at `commit`). */
  'scope-cleared': { branch: string; path: string; commit: string }
  /**
   * `check-path` (an agent's PreToolUse hook) warned `agent` before it edited `path`: `sibling`
   * changed that file since their merge base `base`, in `ranges` of its version at `siblingSha`.
   * One fact per (agent, path, sibling, sibling tip): a sibling that moves makes a new one.
   */
  'conflict-predicted': {
    agent: string
    path: string
    pathBase64?: string
    sibling: string
    siblingSha: string
    base: string
    ranges: LineRange[]
  }
  /**
   * The outbox: the announcement of `event` (the key of an event of this feature) to the
   * webhook failed or was cut by the run's budget; a later run sends it. Each new try of the
   * same event carries the next occurrence.
   */
  'notification-pending': { event: string; reason: string }
  /**
   * A run took the pending announcement of `event` to send it. Its key is the same for every
   * run, so of runs that race only the one whose compare-and-swap added it sends.
   */
  'notification-claimed': { event: string }
  /**
   * What an agent's model used in one stretch of a session (`agent record-usage`, a hook; or
   * `events log-usage`): tokens, and their cost in millionths of a US dollar (whole numbers, so
   * that sums are exact in any order), priced with the price table of `prices` (its date; absent
   * when the cost was given by hand). `tasks` were in progress on `agent` then; the usage is
   * shared evenly among them. `through` names the last message (or log line) counted: the same
   * stretch read again is the same fact. One event per model.
   */
  'agent-usage': {
    agent: string
    session: string
    source: UsageSource
    model?: string
    tasks?: string[]
    inputTokens: number
    outputTokens: number
    cacheCreationTokens: number
    cacheReadTokens: number
    costMicroUsd: number
    prices?: string
    through: string
    messages?: number
  }
  /**
   * What was spent on `subject` (the feature, an agent branch or a task id, by `scope`) reached
   * its budget: both in millionths of a US dollar. One fact per budget value.
   */
  'budget-crossed': { scope: BudgetScope; subject: string; budgetMicroUsd: number; spentMicroUsd: number }
  /**
   * A resolver command (`check-conflicts --suggest`) was run on the conflicting pair at these tips:
   * `proven` (no marker left, only the conflicting files changed, the trial checks pass; pushed as
   * `branch` at `commit`) or `rejected` (`reason` says which rule). `command` is the sha-256 of the
   * resolver's argument vector: one fact per (pair, tips, command), so an unchanged pair is not run again.
   */
  'resolution-suggested': {
    left: string
    right: string
    leftSha: string
    rightSha: string
    command: string
    outcome: 'proven' | 'rejected'
    branch?: string
    commit?: string
    reason?: string
  }
  /**
   * A merge commit on an overseer (or the base branch) resolved a conflict hunk its parents had:
   * `key` is the hash of the normalised hunk (see hunkKey), so the same hunk conflicting again,
   * between any two branches, finds this resolution. Sections are base64 of their UTF-8 text,
   * absent when empty (a side that deleted the lines; a result that keeps none).
   */
  'resolution-remembered': RememberedResolutionData
  /**
   * `orchestrator agents brief` (an agent's prompt hook) told `agent` something new: how many facts, of which
   * kinds, and the conflicts among them (their ids), so a view can show whether the agents were told.
   * `digest` (sha256 of the facts' ids) names what was told: the same brief again is the same fact.
   */
  'brief-delivered': { agent: string; items: number; kinds: string[]; conflicts?: string[]; digest: string }
}

/** See 'resolution-remembered'. */
export interface RememberedResolutionData {
  key: string
  path: string
  pathBase64?: string
  base?: string
  ours?: string
  theirs?: string
  result?: string
  /** The merge commit that resolved it, the branch it landed on, and its two parents (ours, theirs). */
  commit: string
  branch: string
  oursCommit: string
  theirsCommit: string
}

/** A task whose paths cover a drifting file: its id, and the agent it belongs to (assigned or reported). */
export interface DriftTaskData {
  id: string
  agent?: string
  how?: 'assigned' | 'reported'
}

export type GuardViolationKind = 'protected-path' | 'pr-target'

/** Where a usage record came from: a Claude Code transcript, a Codex session log, or `events log-usage`. */
export type UsageSource = 'claude' | 'codex' | 'manual'
/** What a budget is set on: the whole feature, one agent branch, one task. */
export type BudgetScope = 'feature' | 'agent' | 'task'

export type EventData<K extends EventKind = EventKind> = EventDataByKind[K]

/** Every kind's data may carry the occurrence of a fact that happened before (version 2). */
export interface Occurrence {
  occurrence?: number
}

/** One recorded fact. `key` is derived from what the fact is about, never from `time`. */
export interface EventOf<K extends EventKind> {
  schema: SchemaVersion
  kind: K
  key: string
  time: string
  feature: string
  actor: string
  data: EventDataByKind[K] & Occurrence
}
export type OrchestratorEvent = { [K in EventKind]: EventOf<K> }[EventKind]

// ---- field checks -------------------------------------------------------

/** Canonical `Date.toISOString()` form only, so that times compare as strings. */
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
export const time = text({ max: 24, pattern: ISO_TIME, expected: 'must be a UTC time like 2026-01-31T12:00:00.000Z' })
export const sha = text({
  max: 64,
  pattern: /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/,
  expected: 'must be a full lowercase commit id (40 or 64 hex digits)',
})
/** Names of branches as data: single line, no characters git refuses in ref names. */
export const branch = text({
  max: 255,
  pattern: /^(?!-)[^\s~^:?*[\\]+$/,
  expected: 'must be a branch name (no spaces, ~ ^ : ? * [ \\, not starting with "-", at most 255 characters)',
})
const taskId = text({ max: 12, pattern: /^T\d{3,10}$/, expected: 'must be a task id like T012' })
const shortName = text({ max: 64, pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, expected: 'must be 1 to 64 letters, digits, ".", "_" or "-"' })
const role = text({ max: 40, pattern: /^[a-z][a-z0-9-]*$/, expected: 'must be a role name like "overseer" or "implementor"' })
const url = text({ max: 500, pattern: /^https?:\/\/\S+$/, expected: 'must be an http(s) URL' })
const title = text({ max: 300 })
const message = text({ max: 2000, multiline: true })
const filePath = text({ max: 1000 })
/** A conflicted path: plain text of any length git allows, or git's quoted form (one line). */
const conflictPath = text({ max: 20_000 })
const base64 = text({ max: 44_000, pattern: /^[A-Za-z0-9+/]*={0,2}$/, expected: 'must be base64' })
const gitMessage = text({ max: 2000, multiline: true })
/** A hunk section of a remembered resolution: base64 of at most 8 KiB of text. */
const hunkText = text({ max: 11_000, pattern: /^[A-Za-z0-9+/]*={0,2}$/, expected: 'must be base64 of at most 8 KiB' })
const count = integer(0)
/** Session ids and message ids of agent tools: one line, no spaces. */
const usageId = text({
  max: 200,
  pattern: /^[A-Za-z0-9][A-Za-z0-9._:@/+=-]*$/,
  expected: 'must be an id of letters, digits and . _ : @ / + = - (at most 200)',
})
const eventKeyText = text({ max: 64, pattern: /^[0-9a-f]{64}$/, expected: 'must be an event key (64 hex digits)' })
const range: Check<LineRange> = (value, field, where) => {
  const r = objectOf<LineRange>({ start: required(integer(1)), end: required(integer(0)) })(value, field, where)
  if (r.end < r.start - 1) fail(where, `${field}.end`, `must be at least start - 1 (${r.start - 1}; start - 1 means an empty range)`, r.end)
  return r
}

const SHAPES: { [K in EventKind]: Shape } = {
  'feature-registered': {
    spec: required(text({ max: 100 })),
    name: required(title),
    baseBranch: optional(branch),
    tasks: optional(
      arrayOf(
        objectOf<RegisteredTask>({
          id: required(taskId),
          phase: optional(text({ max: 200 })),
          description: required(text({ max: 1000 })),
        }),
        2000,
      ),
    ),
    tasksFile: optional(filePath),
  },
  'agent-assigned': {
    role: required(oneOf<AgentRole>(['overseer', 'implementor'])),
    branch: required(branch),
    index: optional(integer(1, 999)),
  },
  'task-updated': {
    taskId: required(taskId),
    state: required(oneOf<TaskState>(['open', 'in-progress', 'done'])),
    commit: required(sha),
    agent: required(branch),
    message: optional(message),
  },
  'pr-updated': {
    action: required(oneOf<PrAction>(['opened', 'updated', 'merged', 'closed'])),
    number: required(integer(1)),
    url: required(url),
    head: required(branch),
    base: required(branch),
    title: optional(title),
  },
  'conflict-detected': {
    left: required(branch),
    right: required(branch),
    leftSha: required(sha),
    rightSha: required(sha),
    files: required(
      arrayOf(
        objectOf<ConflictFile>({
          path: required(conflictPath),
          pathBase64: optional(base64),
          kind: required(text({ max: 40, pattern: /^[a-z][a-z/ -]*$/, expected: 'must be a conflict kind like "content"' })),
          leftRanges: required(arrayOf(range, 500)),
          rightRanges: required(arrayOf(range, 500)),
          message: optional(gitMessage),
        }),
        1000,
      ),
    ),
    messages: optional(
      arrayOf(
        objectOf<ConflictMessageData>({
          paths: required(arrayOf(conflictPath, 20)),
          type: required(text({ max: 200 })),
          text: required(gitMessage),
        }),
        100,
      ),
    ),
    manual: optional(isTrue),
    reason: optional(message),
    kind: optional(oneOf<'build' | 'test'>(['build', 'test'])),
    check: optional(text({ max: 200 })),
  },
  'conflict-resolved': {
    left: required(branch),
    right: required(branch),
    detectedAt: required(time),
    lifetimeSeconds: required(count),
    reason: optional(text({ max: 200 })),
  },
  'divergence-measured': {
    branch: required(branch),
    against: required(branch),
    ahead: required(count),
    behind: required(count),
    sha: required(sha),
  },
  'test-result': {
    role: required(role),
    branch: optional(branch),
    suite: required(text({ max: 200 })),
    passed: required(count),
    failed: required(count),
    skipped: required(count),
    durationMs: required(count),
    commit: required(sha),
    runUrl: optional(url),
    unit: optional(oneOf<'check' | 'tests'>(['check', 'tests'])),
    tail: optional(text({ max: 4000, multiline: true })),
  },
  'blocker-raised': { id: required(shortName), agent: optional(branch), reason: required(message) },
  'blocker-cleared': { id: required(shortName), note: optional(message) },
  'branch-synced': { branch: required(branch), sha: required(sha) },
  'guard-violation': {
    branch: required(branch),
    kind: required(oneOf<GuardViolationKind>(['protected-path', 'pr-target'])),
    subject: required(filePath),
    detail: required(message),
    commit: required(sha),
  },
  'guard-cleared': {
    branch: required(branch),
    kind: required(oneOf<GuardViolationKind>(['protected-path', 'pr-target'])),
    subject: required(filePath),
    commit: required(sha),
  },
  'scan-completed': {
    scanner: required(text({ max: 40, pattern: /^[a-z][a-z-]*$/, expected: 'must be a scanner name like "conflicts"' })),
    at: required(time),
    pairs: required(count),
    conflicted: required(count),
    errors: required(count),
    runUrl: optional(url),
  },
  'task-merged': { taskId: required(taskId), commit: required(sha), into: required(branch), pr: optional(integer(1)) },
  'task-assigned': { taskId: required(taskId), agent: required(branch), wave: optional(integer(1, 9999)) },
  'scope-drift': {
    branch: required(branch),
    path: required(filePath),
    commit: required(sha),
    tasks: optional(
      arrayOf(
        objectOf<DriftTaskData>({
          id: required(taskId),
          agent: optional(branch),
          how: optional(oneOf<'assigned' | 'reported'>(['assigned', 'reported'])),
        }),
        20,
      ),
    ),
  },
  'scope-cleared': { branch: required(branch), path: required(filePath), commit: required(sha) },
  'conflict-predicted': {
    agent: required(branch),
    path: required(conflictPath),
    pathBase64: optional(base64),
    sibling: required(branch),
    siblingSha: required(sha),
    base: required(sha),
    ranges: required(arrayOf(range, 500)),
  },
  'notification-pending': { event: required(eventKeyText), reason: required(title) },
  'notification-claimed': { event: required(eventKeyText) },
  'agent-usage': {
    agent: required(branch),
    session: required(usageId),
    source: required(oneOf<UsageSource>(['claude', 'codex', 'manual'])),
    model: optional(
      text({ max: 100, pattern: /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/, expected: 'must be a model name like "claude-sonnet-4-5"' }),
    ),
    tasks: optional(arrayOf(taskId, 50)),
    inputTokens: required(count),
    outputTokens: required(count),
    cacheCreationTokens: required(count),
    cacheReadTokens: required(count),
    costMicroUsd: required(count),
    prices: optional(text({ max: 10, pattern: /^\d{4}-\d{2}-\d{2}$/, expected: 'must be a date like 2026-01-31' })),
    through: required(usageId),
    messages: optional(count),
  },
  'budget-crossed': {
    scope: required(oneOf<BudgetScope>(['feature', 'agent', 'task'])),
    subject: required(branch),
    budgetMicroUsd: required(integer(1)),
    spentMicroUsd: required(count),
  },
  'resolution-suggested': {
    left: required(branch),
    right: required(branch),
    leftSha: required(sha),
    rightSha: required(sha),
    command: required(text({ max: 64, pattern: /^[0-9a-f]{64}$/, expected: 'must be a sha-256 in hex (64 digits)' })),
    outcome: required(oneOf<'proven' | 'rejected'>(['proven', 'rejected'])),
    branch: optional(branch),
    commit: optional(sha),
    reason: optional(message),
  },
  'resolution-remembered': {
    key: required(eventKeyText),
    path: required(conflictPath),
    pathBase64: optional(base64),
    base: optional(hunkText),
    ours: optional(hunkText),
    theirs: optional(hunkText),
    result: optional(hunkText),
    commit: required(sha),
    branch: required(branch),
    oursCommit: required(sha),
    theirsCommit: required(sha),
  },
  'brief-delivered': {
    agent: required(branch),
    items: required(integer(1, 100_000)),
    kinds: required(arrayOf(text({ max: 40, pattern: /^[a-z][a-z-]*$/, expected: 'must be a brief kind like "conflict"' }), 20)),
    conflicts: optional(arrayOf(text({ max: 200 }), 200)),
    digest: required(eventKeyText),
  },
}

const occurrence = integer(2, 1_000_000)
const DATA_CHECKS = new Map(EVENT_KINDS.map((kind) => [kind, objectOf({ ...SHAPES[kind], [OCCURRENCE_FIELD]: optional(occurrence) })]))

export function dataCheck<K extends EventKind>(kind: K): Check<EventDataByKind[K]> {
  return DATA_CHECKS.get(kind) as Check<EventDataByKind[K]>
}

/**
 * The data fields that say WHICH fact an event records; the key is a hash of
 * them. Fields left out (times, counts that vary between identical runs,
 * free-text notes of a later report) do not make a new fact.
 */
export const KEY_FIELDS: { [K in EventKind]: readonly (keyof EventDataByKind[K])[] } = {
  'feature-registered': ['spec', 'name', 'baseBranch', 'tasks', 'tasksFile'],
  'agent-assigned': ['role', 'branch', 'index'],
  'task-updated': ['taskId', 'state', 'commit'],
  'pr-updated': ['number', 'action', 'url', 'head', 'base', 'title'],
  'conflict-detected': ['left', 'right', 'leftSha', 'rightSha'],
  'conflict-resolved': ['left', 'right', 'detectedAt'],
  'divergence-measured': ['branch', 'against', 'sha', 'ahead', 'behind'],
  'test-result': ['commit', 'role', 'branch', 'suite', 'runUrl', 'passed', 'failed', 'skipped'],
  'blocker-raised': ['id', 'agent', 'reason'],
  'blocker-cleared': ['id', 'note'],
  'branch-synced': ['branch', 'sha'],
  'guard-violation': ['branch', 'kind', 'subject'],
  'guard-cleared': ['branch', 'kind', 'subject'],
  'scan-completed': ['scanner', 'at'],
  'task-merged': ['taskId', 'commit', 'into'],
  // Giving a task back to an agent it had before is a new fact: it carries the occurrence.
  'task-assigned': ['taskId', 'agent'],
  // Drift that comes back after it was cleared is a new occurrence of the fact.
  'scope-drift': ['branch', 'path'],
  'scope-cleared': ['branch', 'path'],
  'conflict-predicted': ['agent', 'path', 'pathBase64', 'sibling', 'siblingSha'],
  'notification-pending': ['event'],
  'notification-claimed': ['event'],
  'agent-usage': ['agent', 'source', 'session', 'model', 'through'],
  // A budget raised later is a new fact; the same budget crossed again is not.
  'budget-crossed': ['scope', 'subject', 'budgetMicroUsd'],
  'resolution-suggested': ['left', 'right', 'leftSha', 'rightSha', 'command'],
  // The same hunk is the same fact, whichever merge resolved it first.
  'resolution-remembered': ['key'],
  'brief-delivered': ['agent', 'digest'],
}
