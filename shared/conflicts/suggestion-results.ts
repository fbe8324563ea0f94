// What a resolver's suggestion for a conflicting pair came to, as the engine carries it on its pairs and reports.
// The suggest capability produces these; they live here because core must not import a capability.

/**
 * - `proven`: the resolver left no marker, changed only the conflicting files, and the merge it made
 *   passes the trial checks; `files` carry the resolution, `commit` the merge commit made of it;
 * - `rejected`: it did not (`reason` says which rule, naming the file or the failing check);
 * - `skipped`: beyond `suggest-max-pairs` this run; `error`: the sandbox could not be made.
 */
export type SuggestionOutcome = 'proven' | 'rejected' | 'skipped' | 'error'

/** One conflicting file as the resolver left it: its bytes (base64) and mode, or deleted (`null`). */
export interface ResolvedFile {
  path: string
  mode?: '100644' | '100755'
  contentBase64: string | null
}

export interface PairSuggestion {
  outcome: SuggestionOutcome
  /** sha-256 (hex) of the resolver's argument vector: what the cache and the event know it by. */
  command: string
  reason?: string
  /** For `proven`: the resolution of each conflicting file the resolver changed. */
  files?: ResolvedFile[]
  /** For `proven`: the merge commit (both tips as parents) of the resolution, as this scan made it. */
  commit?: string
  /** The branch the suggestion is (or will be) pushed to: orchestrator/suggest/<pair-id>. */
  branch?: string
  /** Answered by the state (a suggestion for these tips and this command was recorded): nothing was run. */
  cached?: boolean
  /** Milliseconds the resolver and the proof took this run. */
  durationMs?: number
}
