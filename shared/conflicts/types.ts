import type { HistoryGraph } from './history-graph'
import type { PhaseClock } from './phase-clock'
import type { Logger } from '../logger'
import type { PairTrial, TrialSummary } from './trial-results'
import type { PairSuggestion } from './suggestion-results'

/** A branch of the orchestrated feature, already classified by the naming module. */
export interface AgentBranch {
  name: string
  sha: string
  spec: string
  role: 'overseer' | 'implementor'
  /** 1-based implementor number; absent for the overseer */
  index?: number
}

export type ConflictScope = 'feature' | 'all'

/** Two branches to merge: `left` plays "ours" (the branch merged into), `right` "theirs". */
export interface PairSpec {
  left: string
  right: string
  leftSha: string
  rightSha: string
}

/**
 * Lines of one side's own version of a file, 1-based and inclusive. An empty
 * side (the lines were deleted there) is `{ start: n, end: n - 1 }`: the gap
 * between lines n - 1 and n ("deleted at line n"; n - 1 = 0 at the start of the
 * file, n = the line count + 1 at its end).
 */
export interface LineRange {
  start: number
  end: number
}

export type ConflictKind =
  'content' | 'add/add' | 'modify/delete' | 'rename' | 'file/directory' | 'distinct types' | 'binary' | 'submodule' | 'other'

export interface ConflictFile {
  /**
   * The path as it appears in the merged tree: the text itself, or git's quoted
   * form when it is not plain UTF-8 text (then `pathBase64` holds the bytes).
   */
  path: string
  pathBase64?: string
  kind: ConflictKind
  /** Conflicting lines in the left branch's version (text conflicts only). */
  leftRanges: LineRange[]
  /** Conflicting lines in the right branch's version, pairwise with `leftRanges`. */
  rightRanges: LineRange[]
  /** Why a text conflict has no line ranges (binary content, too large, the pair's budget spent...). */
  rangesSkipped?: string
  /** git's own conflict message(s) for the path. */
  message?: string
}

/**
 * `clean` and `conflicted` are git's verdicts; `unrelated`: the branches share
 * no history, so git refuses to merge them; `error`: the pair could not be
 * evaluated (`error` says why).
 */
export type PairStatus = 'clean' | 'conflicted' | 'unrelated' | 'error'

/** A conflict git reported with no conflicted-file entry (e.g. an implicit directory rename in the way). */
export interface ConflictMessage {
  /** The paths the message names (displayed like ConflictFile.path). */
  paths: string[]
  /** git's short type, e.g. "CONFLICT (implicit dir rename)". */
  type: string
  text: string
}

export interface PairResult {
  left: string
  right: string
  leftSha: string
  rightSha: string
  status: PairStatus
  error?: string
  /** The merge base used (null: unrelated histories; absent: not computed). */
  mergeBase?: string | null
  files: ConflictFile[]
  /** Conflicts that no file entry carries (present only when there are some). */
  messages?: ConflictMessage[]
  /** What building and testing the merge found (`trial: build|test`; clean pairs in the trial's scope only). */
  trial?: PairTrial
  /** What a resolver command suggested for a conflicting pair (`check-conflicts --suggest`). */
  suggestion?: PairSuggestion
}

export type ScanStrategy = 'auto' | 'per-pair' | 'batch'

export interface ScanOptions {
  /** Concurrent git processes (default: os.availableParallelism()). */
  maxParallel?: number
  logger: Logger
  /** Called as pairs finish: pairs done, pairs in total, and how many of the done ones came from the cache or were merged. */
  onProgress?: (done: number, total: number, counts: { cached: number; merged: number }) => void
  /** Verdicts of earlier scans (detect-conflicts' verdict cache): pairs found there are not merged; new verdicts are added to it. */
  cache?: VerdictMemo
  /** Commit ids the caller has just read from refs as commits (for-each-ref): not checked again. */
  knownCommits?: ReadonlySet<string>
  /** Charged with the time and git processes of each phase (cache, shortcut, merges, ranges). */
  clock?: PhaseClock
  /** `batch` needs `git merge-tree --stdin`; `auto` uses it when this git has it. */
  strategy?: ScanStrategy
  /**
   * Skip pairs that provably cannot conflict: no path touched on both sides
   * since their merge base (see `disjoint.ts`). Default true.
   */
  skipDisjoint?: boolean
  /**
   * Tips the caller will ask about next (divergence not in the cache): when the scan walks the history for its
   * pairs, it walks from these too and leaves the walk in `graph`, so that the caller walks no second time.
   */
  sharedGraph?: { tips: readonly string[]; graph?: HistoryGraph }
}

export interface DivergenceRequest {
  /** The branch measured. */
  branch: string
  /** What it is measured against (its overseer, or the base branch). */
  against: string
  /** Commits to use instead of resolving the names. */
  branchSha?: string
  againstSha?: string
}

export interface Divergence {
  branch: string
  against: string
  /** Commits on `branch` that `against` lacks (null when it could not be measured). */
  ahead: number | null
  /** Commits on `against` that `branch` lacks. */
  behind: number | null
  error?: string
}

export interface ConflictSummaryCounts {
  pairs: number
  clean: number
  conflicted: number
  unrelated: number
  errors: number
}

export interface ShardSpec {
  /** 1-based */
  index: number
  count: number
}

export interface ConflictReport {
  /** 2: verdicts include `unrelated`; paths may be quoted with `pathBase64`. */
  version: 2
  /** ISO 8601 time of the scan; given by the caller so output stays reproducible. */
  scannedAt: string
  scope: ConflictScope
  shard?: ShardSpec
  branches: AgentBranch[]
  pairs: PairResult[]
  divergence: Divergence[]
  summary: ConflictSummaryCounts
  /** The trial run's settings and counts (`trial: build|test` only). */
  trials?: TrialSummary
}

/** A pair's verdict as kept between scans: all of it but the two commits it is keyed by. */
export type CachedVerdict = Pick<PairResult, 'status' | 'mergeBase' | 'files' | 'messages'>

/** What the engine asks of a verdict cache; the file on the state branch is detect-conflicts' (verdict-cache.ts). */
/** Divergence counts of earlier scans, by the two commits measured (they depend on nothing else). */
export interface DivergenceMemo {
  getDivergence(branchSha: string, againstSha: string): [ahead: number, behind: number] | undefined
  putDivergence(branchSha: string, againstSha: string, ahead: number, behind: number): void
}

export interface VerdictMemo {
  /** The verdict of a pair, as a fresh copy (callers may change it). */
  get(pair: Pick<PairSpec, 'leftSha' | 'rightSha'>): CachedVerdict | undefined
  /** Keeps a result; errors are not verdicts and are never kept. */
  put(result: PairResult): void
}
