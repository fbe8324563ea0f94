import type { NamedCommand } from '../config/commands'

// What building and testing merges found, as the engine carries it on its pairs and reports. The trials
// capability produces these; they live here because core must not import a capability.

/** How far a trial goes: `build` runs only the build checks, `test` the build checks and then the tests. */
export type TrialMode = 'build' | 'test'

/** Which clean pairs are tried: implementor × overseer (`overseer`, the default) or every clean pair (`all`). */
export type TrialScope = 'overseer' | 'all'

/** A check command with its class (see `trials/classify.ts`). */
export interface TrialCommand extends NamedCommand {
  kind: 'build' | 'test'
}

/**
 * What a trial found for one textually clean pair (Crystal's states, after
 * Brun et al., ESEC/FSE 2011):
 * - `passed`: the merge passes every check;
 * - `build-conflict` / `test-conflict`: the merge fails a check that both tips pass alone;
 * - `untested`: a tip fails on its own (`brokenSides` says which), so nothing can be said of the pair;
 * - `flaky`: the merge failed a check once and passed it on the re-run (not a conflict, never cached);
 * - `skipped`: beyond `trial-max-pairs` this run;
 * - `error`: the trial could not be run (the tree could not be written out, say).
 */
export type TrialVerdict = 'passed' | 'build-conflict' | 'test-conflict' | 'untested' | 'flaky' | 'skipped' | 'error'

/** One failed check: which, where, and the end of its output (neutralised). */
export interface CheckFailure {
  /** The command's name (`trial-commands` or role-ci's selection), or `setup`. */
  check: string
  kind: 'setup' | 'build' | 'test'
  exitCode: number | null
  /** Why, when the exit code does not say (timed out, not found...). */
  reason?: string
  /** The last lines of its output, each line neutralised. */
  tail: string
}

export interface PairTrial {
  verdict: TrialVerdict
  /** The check that failed on the merge (conflicts), or that failed once (flaky). */
  failure?: CheckFailure
  /** For `untested`: the side(s) that fail alone, with their failure. */
  brokenSides?: Array<{ side: 'left' | 'right'; branch: string; failure: CheckFailure }>
  /** Why, for `error` and `skipped`. */
  reason?: string
  /** Answered from the trial cache (nothing was run). */
  cached?: boolean
  /** Milliseconds spent on the merge's own checks this run (0 when cached). */
  durationMs?: number
  /** How the merge's setup was had: run there, or the products of a tip's setup linked in. */
  setup?: 'none' | 'ran' | 'reused-left' | 'reused-right'
}

export interface TrialSummary {
  mode: TrialMode
  scope: TrialScope
  commands: TrialCommand[]
  setup?: string
  /** Pairs in scope (clean pairs of the scan that the scope selects). */
  pairs: number
  tried: number
  cached: number
  skipped: number
  flaky: number
  buildConflicts: number
  testConflicts: number
  untested: number
  errors: number
  /** Tips checked alone this run, and those answered by the cache. */
  tipsRun: number
  tipsCached: number
  /** Setup runs avoided by reusing a tip's products in its merges. */
  setupReused: number
  /** What those reuses saved: for each, the time the lending tip's setup took. */
  setupSavedMs: number
  /** Milliseconds spent in all trials of this run. */
  durationMs: number
  /** The trial cache fingerprint the results were made under (lets a recording job keep them; see `report-cache.ts`). */
  fingerprint?: string
}
