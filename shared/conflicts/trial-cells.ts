import type { PairTrial } from './trial-results'

// Marks of their own, so a build or test conflict never reads as a textual one (✗) in the matrix.
const MARK: Partial<Record<PairTrial['verdict'], string>> = {
  'build-conflict': '🔨',
  'test-conflict': '🧪',
  untested: '?',
  flaky: '≈',
}

export const TRIAL_LEGEND =
  '🔨 clean text, the merge does not build · 🧪 clean text, the merge fails tests · ? not tried: a side fails alone · ≈ flaky'

/** The matrix cell of a pair's trial, when it says more than git's verdict. */
export function trialCell(trial: PairTrial | undefined): string | undefined {
  return trial ? MARK[trial.verdict] : undefined
}
