// Suggest: a resolver command run on each new conflicting pair in a sandbox, its result proven before it is shown. The face other capabilities reach it through.
export { suggestSettings, type SuggestInputs } from './suggest-settings'
export { suggestReport, suggestionBranch } from './suggest-pairs'
export { publishSuggestions } from './publish'
export { claimedSuggestion } from './claimed-suggestion'
export { splitCommandLine, commandDigest } from './command-line'
export { suggestBrief } from './suggest-brief'
export { suggestionSummarySection, suggestionText } from './render-suggestions'
export type { PairSuggestion, SuggestSettings } from './types'
