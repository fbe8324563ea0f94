import type { CheckFailure, TrialCommand, TrialMode, TrialScope } from '../conflicts/trial-results'

// The results a trial hands the conflict engine live with the engine (it carries them on its pairs and reports).
export type { CheckFailure, PairTrial, TrialCommand, TrialMode, TrialScope, TrialSummary, TrialVerdict } from '../conflicts/trial-results'

/** The trial of one tip alone, cached by commit. */
export interface TipTrial {
  sha: string
  ok: boolean
  failure?: CheckFailure
  /** A check failed once and passed when run again. */
  flaky?: string[]
}

export interface TrialSettings {
  mode: TrialMode
  scope: TrialScope
  /** The commands, already classified; empty means role-ci's selection for the overseer. */
  commands: TrialCommand[]
  setup?: string
  maxPairs: number
  timeoutMs: number
  maxParallel: number
  /** false: run the setup in every merge too (for the benchmark that measures what reuse saves). */
  reuseSetup?: boolean
}
