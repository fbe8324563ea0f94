import type { TrialCommand } from '../conflicts/trial-results'

export type { PairSuggestion, ResolvedFile, SuggestionOutcome } from '../conflicts/suggestion-results'

export interface SuggestSettings {
  /** The resolver's argument vector (`suggest-command`, split without a shell). */
  argv: string[]
  /** sha-256 of `argv`: the cache key's and the event's name for the resolver. */
  command: string
  /** Most resolver runs in one scan (pairs the state answers are free); the rest are skipped. */
  maxPairs: number
  /** How long one resolver run may take before its whole process group is killed. */
  timeoutMs: number
  /** The checks a suggestion's merge must pass: the trial's (`trial-commands`, else role-ci's for the overseer). */
  checks: TrialCommand[]
  setup?: string
  /** How long each check may run. */
  checkTimeoutMs: number
}
