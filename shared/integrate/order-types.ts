/** An implementor branch that could be merged into its overseer now. */
export interface MergeCandidate {
  branch: string
  /** `impl-<n>` */
  name: string
  /** Its open pull request into the overseer, when one is known. */
  pr?: number
  /** Commits the overseer lacks (0: nothing to merge). Unknown when absent. */
  ahead?: number
  /** Commits of the overseer it lacks. */
  behind?: number
}

/** Two branches predicted to conflict, and where. */
export interface ConflictEdge {
  a: string
  b: string
  files: string[]
}

/** Why a pull request must not be merged yet. */
export interface HoldBack {
  branch: string
  kind: 'failing-checks' | 'guard-violation'
  detail: string
}

/**
 * Everything the merge order is computed from. `heldBack` is the typed input
 * "pull requests with failing checks or with guard violations"; the callers
 * fill it from test results and from `guard-violation` events.
 */
export interface OrderInput {
  overseer: string
  candidates: MergeCandidate[]
  /** Conflicts between candidates. */
  conflicts: ConflictEdge[]
  /** Candidates that already conflict with the overseer. */
  overseerConflicts: ConflictEdge[]
  heldBack: HoldBack[]
}

export interface OrderStep {
  /** 1-based. */
  position: number
  branch: string
  name: string
  pr?: number
  /** True when the merge is predicted to conflict with the overseer at its turn. */
  conflicts: boolean
  /** Candidates merged before it that it conflicts with (with files), or the overseer itself. */
  conflictsWith: ConflictEdge[]
  /** Later candidates that will conflict with the overseer because of this merge (and did not before). */
  makesConflict: ConflictEdge[]
  reason: string
}

export interface MergeOrder {
  overseer: string
  steps: OrderStep[]
  heldBack: (HoldBack & { name: string; pr?: number })[]
  /** Candidates with nothing to merge. */
  upToDate: string[]
  /** Merges predicted to conflict that did not conflict with the overseer before (the number the order minimizes). */
  newConflicts: number
  /** Merges that conflict with the overseer already, whatever the order. */
  existingConflicts: number
  /** True when the order is proven to leave the fewest new conflicts (exact search over the candidates). */
  exact: boolean
}
