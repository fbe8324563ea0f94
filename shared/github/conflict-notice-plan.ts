/** Two branches that conflict, with the files (and line ranges, when known) where they do. */
export interface NoticeConflict {
  left: string
  right: string
  files: { path: string; ranges?: string }[]
  /** A conflict git cannot see, found by a trial: the merge fails to build or its tests (no files). */
  kind?: 'build' | 'test'
  check?: string
  /** The branch a proven resolution of the pair is on (`check-conflicts --suggest`). */
  suggestion?: string
  /** The resolution brief collapsed: hunks, who rebases onto whom, the command that prints it whole. */
  brief?: NoticeBrief
}

export interface NoticeBrief {
  hunks: number
  files: number
  rebases: string
  onto: string
  /** `orchestrator conflicts brief <id>` (the id is hex). */
  command: string
}

export interface OpenPull {
  number: number
  /** Head branch name. */
  head: string
  base: string
}

/** What to do on one open pull request. */
export interface NoticePlan {
  pull: number
  head: string
  base: string
  /**
   * The current conflicts of the head branch, each with the head on the `left`, sorted by the other
   * branch; files sorted by path. Empty: the conflicts are resolved (remove the label, say so).
   */
  conflicts: NoticeConflict[]
  /** Some conflict of this head is new since the previous scan: worth a notification. */
  notify: boolean
}

export interface PlanConflictNoticesInput {
  openPulls: OpenPull[]
  current: NoticeConflict[]
  previous: NoticeConflict[]
}

/**
 * Decides, for every open pull request, which conflicts its notice shows and whether they are new.
 * Pull requests that are closed or merged are not in `openPulls`, so nothing is ever posted on them.
 * Pure: the same input gives the same plans, in pull request number order.
 */
export function planConflictNotices(input: PlanConflictNoticesInput): NoticePlan[] {
  return [...input.openPulls]
    .sort((a, b) => a.number - b.number)
    .map((pull) => ({
      pull: pull.number,
      head: pull.head,
      base: pull.base,
      conflicts: mergeByOtherBranch(pull.head, input.current),
      notify: input.current.some((c) => involves(c, pull.head) && isNew(c, input.previous)),
    }))
}

/**
 * New: no previous conflict of the same two branches covered all of its files. A pair with an equal
 * `pairKey` is covered; so is one that merely lost files (a partial fix is not worth a notification).
 */
function isNew(conflict: NoticeConflict, previous: NoticeConflict[]): boolean {
  const branches = branchKey(conflict)
  return !previous.some((p) => branchKey(p) === branches && conflict.files.every((f) => p.files.some((q) => q.path === f.path)))
}

function branchKey(conflict: NoticeConflict): string {
  return JSON.stringify([conflict.left, conflict.right].sort())
}

function involves(conflict: NoticeConflict, head: string): boolean {
  return conflict.left !== conflict.right && (conflict.left === head || conflict.right === head)
}

/** Identifies a conflict regardless of side order and line ranges: branches and paths, sorted. */
export function pairKey(conflict: NoticeConflict): string {
  const branches = [conflict.left, conflict.right].sort()
  const paths = [...new Set(conflict.files.map((f) => f.path))].sort()
  return JSON.stringify(conflict.kind ? [branches, paths, conflict.kind] : [branches, paths])
}

/** The conflicts that involve `head`, turned so that `head` is on the left; one entry per other branch. */
function mergeByOtherBranch(head: string, conflicts: NoticeConflict[]): NoticeConflict[] {
  const byOther = new Map<string, Map<string, string | undefined>>()
  const trialOf = new Map<string, Pick<NoticeConflict, 'kind' | 'check'>>()
  const briefOf = new Map<string, NoticeBrief>()
  for (const c of conflicts) {
    if (c.left === c.right) continue
    const other = c.left === head ? c.right : c.right === head ? c.left : undefined
    if (other === undefined) continue
    const files = byOther.get(other) ?? new Map<string, string | undefined>()
    for (const f of c.files) files.set(f.path, f.ranges ?? files.get(f.path))
    byOther.set(other, files)
    if (c.kind) trialOf.set(other, { kind: c.kind, ...(c.check ? { check: c.check } : {}) })
    if (c.brief) briefOf.set(other, c.brief)
  }
  return [...byOther.keys()].sort(compare).map((other) => ({
    left: head,
    right: other,
    files: [...byOther.get(other)!.entries()]
      .sort(([a], [b]) => compare(a, b))
      .map(([path, ranges]) => (ranges === undefined ? { path } : { path, ranges })),
    ...trialOf.get(other),
    ...(briefOf.has(other) ? { brief: briefOf.get(other)! } : {}),
  }))
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
