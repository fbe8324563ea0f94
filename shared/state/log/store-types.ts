import type { Git } from '../../git/git'
import type { Logger } from '../../logger'
import type { OrchestratorEvent } from '../events/event-schema'
import type { Projection, StateProblem } from '../projection/projection-types'
import type { StateRenderer } from './renderer'

export interface StateStoreOptions {
  git: Git
  /** 'origin', or a path or URL. */
  remote: string
  /** Default `orchestrator/state`. */
  branch?: string
  /** Folder on the branch that holds the state (e.g. `.orchestrator` on a code branch); default the branch root. */
  root?: string
  logger: Logger
  /** The views every append re-renders and `verify` compares (shared/views' viewRenderer). */
  renderer: StateRenderer
  /** Compare-and-swap attempts before giving up; default 30 (20 writers racing on 2 cores needed more than 8; the backoff spreads them out). */
  maxAttempts?: number
  /** Compute what would be committed, write and push nothing. */
  dryRun?: boolean
  random?: () => number
  sleep?: (ms: number) => Promise<void>
  /** Write on an existing branch without our marker (refused otherwise: it may be a code branch). */
  adoptForeign?: boolean
  /** Author and committer of state commits. */
  identity?: { name: string; email: string }
  /**
   * Called after an append pushed new events, with exactly the events this compare-and-swap
   * added (so concurrent runs and shards never see the same event twice). Errors are warnings.
   */
  onCommitted?: (result: AppendResult) => Promise<void>
}

export interface StateSnapshot {
  /** The state commit read, or null when the branch does not exist yet. */
  commit: string | null
  projection: Projection
  /** Event files that could not be read (also logged as warnings). */
  problems: StateProblem[]
  /** The files `read(alsoRead)` was asked for (paths under the state root), read in the same batch: their bytes, or null. */
  files?: Map<string, Buffer | null>
}

export interface AppendResult {
  /** The branch head after the append (ours when pushed). */
  commit: string | null
  added: OrchestratorEvent[]
  skipped: OrchestratorEvent[]
  attempts: number
  pushed: boolean
  /** Files written (or, in a dry run, that would be). */
  paths: string[]
  problems: StateProblem[]
  /**
   * The state as of `commit` with this append's events in (in a dry run: as it would be), so that
   * a caller needs no second read. Events others pushed after `commit` are not in it.
   */
  projection: Projection
}
