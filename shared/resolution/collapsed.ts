import type { Projection } from '../state/projection'
import { rebasePlan } from './rebase-plan'

/** A brief folded to one paragraph: files and hunk counts, who rebases, the command for the full brief. */
export interface CollapsedBrief {
  files: { path: string; hunks: number }[]
  hunks: number
  rebases: string
  onto: string
  reason: string
  /** `orchestrator conflicts brief <id>`: the id is hex, safe in any sink. */
  command: string
}

/**
 * The collapsed brief of a recorded conflict from the state alone (no git):
 * what the dashboard and the pull-request notice show. Its hunk count is the
 * recorded ranges (one per hunk), and who rebases follows the same rule as the
 * full brief (rebasePlan).
 */
export function collapsedBrief(
  projection: Projection,
  conflict: { id: string; feature: string; left: string; right: string; files: { path: string; leftRanges: unknown[] }[] },
  cli = 'orchestrator',
): CollapsedBrief {
  const plan = rebasePlan(projection, { spec: conflict.feature, left: conflict.left, right: conflict.right }, 'origin')
  const files = conflict.files.map((f) => ({ path: f.path, hunks: f.leftRanges.length }))
  return {
    files,
    hunks: files.reduce((n, f) => n + f.hunks, 0),
    rebases: plan.rebases,
    onto: plan.onto,
    reason: plan.reason,
    command: `${cli} conflicts brief ${conflict.id}`,
  }
}
