import type { ConflictFile, LineRange } from '../state/events'

/** What a brief can tell an agent: each kind is one section, in this order. */
export const BRIEF_KINDS = ['conflict', 'check', 'guard', 'drift', 'blocker', 'assignment', 'merge-order', 'review'] as const
export type BriefKind = (typeof BRIEF_KINDS)[number]

/**
 * One thing an agent should know. `id` names the fact as it is now (a conflict at these two tips, a check's
 * latest failure, a blocker's raise and clear counts): the cursor remembers ids, so a fact is told once and a
 * change to it (a new tip, the blocker cleared) is a new id, told again.
 */
export interface BriefItem {
  id: string
  kind: BriefKind
  /** Plain lines, every piece of untrusted text already neutralised. */
  lines: string[]
}

/** A conflict of the caller's branch, before its hunks are read from the two tips. */
export interface ConflictFacts {
  id: string
  sibling: string
  /** The caller's tip and the sibling's, as the scan saw them. */
  mine: string
  theirs: string
  files: Array<{ file: ConflictFile; mine: LineRange[]; theirs: LineRange[] }>
  siblingTasks: string[]
  /** A conflict a trial found (the clean merge fails to build or test), with its check. */
  trial?: { kind: 'build' | 'test'; check?: string }
  /** Whether the merge order puts the sibling before the caller (then rebase onto it), if known. */
  siblingFirst?: boolean
}
