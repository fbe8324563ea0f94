import type { TrialSummary } from './trial-results'
import type { ConflictReport } from './types'

/** The counts of a trial summary (every field that is a number). */
export type TrialCount = Exclude<keyof TrialSummary, 'mode' | 'scope' | 'commands' | 'setup' | 'fingerprint'>
export const TRIAL_COUNTS: TrialCount[] = [
  'pairs',
  'tried',
  'cached',
  'skipped',
  'flaky',
  'buildConflicts',
  'testConflicts',
  'untested',
  'errors',
  'tipsRun',
  'tipsCached',
  'setupReused',
  'setupSavedMs',
  'durationMs',
]

/** The trial summary of shard reports: the first's settings, the counts added (undefined when no shard ran trials). */
export function mergeTrialSummaries(reports: readonly ConflictReport[]): TrialSummary | undefined {
  const withTrials = reports.map((r) => r.trials).filter((t): t is TrialSummary => t !== undefined)
  if (withTrials.length === 0) return undefined
  const out: TrialSummary = { ...withTrials[0]! }
  for (const key of TRIAL_COUNTS) out[key] = withTrials.reduce((sum, t) => sum + t[key], 0)
  return out
}
