import type { Logger } from '../logger'

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
 * side (the lines were deleted there) is `{ start: n + 1, end: n }`: the gap
 * after line n.
 */
export interface LineRange {
  start: number
  end: number
}

export type ConflictKind = 'content' | 'add/add' | 'modify/delete' | 'rename' | 'file/directory' | 'binary' | 'submodule' | 'other'

export interface ConflictFile {
  /** The path as it appears in the merged tree. */
  path: string
  kind: ConflictKind
  /** Conflicting lines in the left branch's version (text conflicts only). */
  leftRanges: LineRange[]
  /** Conflicting lines in the right branch's version, pairwise with `leftRanges`. */
  rightRanges: LineRange[]
  /** git's own conflict message(s) for the path. */
  message?: string
}

export type PairStatus = 'clean' | 'conflicted' | 'error'

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
}

export type ScanStrategy = 'auto' | 'per-pair' | 'batch'

export interface ScanOptions {
  /** Concurrent git processes (default: os.availableParallelism()). */
  maxParallel?: number
  logger: Logger
  /** Called as pairs finish: (pairs done, pairs in total). */
  onProgress?: (done: number, total: number) => void
  /** `batch` needs `git merge-tree --stdin`; `auto` uses it when this git has it. */
  strategy?: ScanStrategy
  /**
   * Skip pairs that provably cannot conflict: no path touched on both sides
   * since their merge base (see `disjoint.ts`). Default true.
   */
  skipDisjoint?: boolean
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
  errors: number
}

export interface ShardSpec {
  /** 1-based */
  index: number
  count: number
}

export interface ConflictReport {
  version: 1
  /** ISO 8601 time of the scan; given by the caller so output stays reproducible. */
  scannedAt: string
  scope: ConflictScope
  shard?: ShardSpec
  branches: AgentBranch[]
  pairs: PairResult[]
  divergence: Divergence[]
  summary: ConflictSummaryCounts
}
