import type { Git } from '../../git/git'
import type { Logger } from '../../logger'
import { InputError, StateError } from '../../errors'
import { assertOurs, planAppend, type AppendPlan } from './append-plan'
import { silentLogger } from '../../logger'
import { compareAndSwapLoop } from './compare-and-swap'
import { stampOf, validateEvent } from '../events/events'
import type { OrchestratorEvent } from '../events/event-schema'
import { normalizeRoot, StateLayout } from './paths'
import { emptyProjection } from '../projection/projection'
import type { EventSummary, Projection } from '../projection/projection-types'
import type { AppendResult, StateSnapshot, StateStoreOptions } from './store-types'
import { readEventLog, rebuildProjection } from './rebuild'
import { summarizeEvent } from '../projection/summarize'
import { fetchBranch, PermanentGitFailure, privateStateRef, pushWithLease } from './remote-branch'
import { loadStateAt, type KnownState } from './state-at-commit'
import { verifyState, type VerifyResult } from './verify'
import { objectFormat, objectIdOf, updateRefIfAt } from '../../git/refs'
import { assertRemote } from '../../git/remote'
import { assertStateBranch } from '../../naming/validate'

export const DEFAULT_STATE_BRANCH = 'orchestrator/state'
/** Compare-and-swap attempts before an append gives up (20 concurrent writers on 2 cores needed more than 8). */
export const DEFAULT_MAX_ATTEMPTS = 30
export type { AppendResult, StateSnapshot, StateStoreOptions } from './store-types'

/**
 * The event log on a git branch. Appends are compare-and-swap pushes of a
 * commit built with plumbing on top of the exact commit read; losers of a
 * race re-read, re-apply their events (deduplicated by key) and retry.
 */
export class StateStore {
  readonly git: Git
  readonly remote: string
  readonly branch: string
  readonly layout: StateLayout
  readonly privateRef: string
  private readonly options: StateStoreOptions
  private shallow?: Promise<boolean>
  /** What each snapshot `read` gave was found at its commit: an append `from` it starts there (once). */
  private readonly known = new WeakMap<StateSnapshot, KnownState>()
  private objectFormat?: Promise<'sha1' | 'sha256'>

  constructor(options: StateStoreOptions) {
    this.options = options
    this.git = options.git
    this.remote = assertRemote(options.remote)
    this.branch = assertStateBranch(options.branch ?? DEFAULT_STATE_BRANCH)
    this.layout = new StateLayout(normalizeRoot(options.root))
    this.privateRef = privateStateRef(this.remote, this.branch)
    const max = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS
    if (!Number.isSafeInteger(max) || max < 1) throw new InputError(`maxAttempts ${max} is not a whole number of at least 1`)
  }

  private get logger(): Logger {
    return this.options.logger
  }

  /** Fetches the state branch into the private ref; its commit, or null when it does not exist. */
  async fetch(): Promise<string | null> {
    this.shallow ??= this.git.isShallow()
    return fetchBranch(this.git, this.remote, this.branch, this.privateRef, await this.shallow)
  }

  /**
   * The state at the branch's head; `alsoRead` (files under the state root, e.g. a cache) come in the same `cat-file` batch.
   * `at`: the head's commit, just listed and set in `privateRef` by the caller with its other refs: read there, no fetch.
   */
  async read(alsoRead: readonly string[] = [], options: { at?: string } = {}): Promise<StateSnapshot> {
    const commit = options.at ?? (await this.fetch())
    const full = alsoRead.map((p) => this.layout.full(p))
    const state = await loadStateAt(this.git, this.layout, this.logger, commit, full)
    const files = new Map(
      alsoRead.map((p, i) => {
        const found = state.object(full[i]!)
        return [p, found && !found.missing && found.type === 'blob' ? found.content : null] as const
      }),
    )
    const snapshot: StateSnapshot = { commit, projection: state.projection, problems: state.projection.problems, files }
    this.known.set(snapshot, state)
    return snapshot
  }

  /** Refuses (exit 2) a state branch that exists and is not ours, before a caller does anything it cannot undo. */
  async assertWritable(): Promise<void> {
    const commit = await this.fetch()
    if (!commit) return
    const state = await loadStateAt(this.git, this.layout, silentLogger, commit)
    assertOurs(state, this.layout, { adoptForeign: this.options.adoptForeign, branch: this.branch })
  }

  /** The projection rebuilt from every event file (one `ls-tree -r` and one `cat-file --batch`). */
  async rebuild(): Promise<Projection> {
    return this.rebuildAt(await this.fetch())
  }

  /**
   * The newest `n` events (of one feature, or all) read from the event files themselves, for
   * when the projection's bounded recent list is too short; newest first, unreadable files skipped.
   */
  async recentFromLog(n: number, feature?: string): Promise<EventSummary[]> {
    const commit = await this.fetch()
    if (!commit) return []
    const tree = await objectIdOf(this.git, `${commit}:${this.layout.eventsDir}`)
    if (tree === null) return []
    let kept: OrchestratorEvent[] = []
    // Trimmed whenever it doubles: memory stays O(n) for any size of log.
    await readEventLog(this.git, this.layout, tree, (event) => {
      if (feature !== undefined && event.feature !== feature) return
      kept.push(event)
      if (kept.length >= 2 * n) kept = newestFirst(kept).slice(0, n)
    })
    return newestFirst(kept)
      .slice(0, n)
      .map((e) => ({ stamp: stampOf(e), time: e.time, kind: e.kind, feature: e.feature, actor: e.actor, summary: summarizeEvent(e) }))
  }

  /** Compares the stored projection and every view with what a full rebuild gives. */
  async verify(): Promise<VerifyResult> {
    const commit = await this.fetch()
    return verifyState(this.git, this.layout, this.options.renderer, commit, await this.rebuildAt(commit))
  }

  private async rebuildAt(commit: string | null): Promise<Projection> {
    if (!commit) return emptyProjection()
    const tree = await objectIdOf(this.git, `${commit}:${this.layout.eventsDir}`)
    const projection = await rebuildProjection(this.git, this.layout, tree)
    for (const p of projection.problems) this.logger.warning(`unreadable event file ${p.path}: ${p.reason}`)
    return projection
  }

  /**
   * `options.files`: derived files written in the same commit, re-derived on every attempt (see PlanContext).
   * `options.from`: the snapshot this run read a moment ago: the first attempt builds on its commit and its
   * projection without fetching and parsing again (the lease still refuses a branch that moved since; the
   * next attempt then reads it afresh). The snapshot's projection becomes the result's: read it no more.
   */
  async append(events: readonly OrchestratorEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const result = await this.commitEvents(events, options)
    const hook = this.options.onCommitted
    if (hook && result.pushed && result.added.length) {
      await hook(result).catch((error: Error) => this.logger.warning(`after recording: ${error.message}`))
    }
    return result
  }

  private async commitEvents(events: readonly OrchestratorEvent[], options: AppendOptions): Promise<AppendResult> {
    const from = options.from && this.known.get(options.from)
    if (options.from) this.known.delete(options.from)
    const valid = events.map((e, i) => validateEvent(e, `event ${i + 1} of ${events.length}`))
    const seen = new Set<string>()
    const unique: OrchestratorEvent[] = []
    const repeated: OrchestratorEvent[] = []
    for (const e of valid) {
      if (seen.has(e.key)) repeated.push(e)
      else unique.push(e)
      seen.add(e.key)
    }
    const maxAttempts = this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS
    const ctx = {
      git: this.git,
      layout: this.layout,
      logger: this.logger,
      renderer: this.options.renderer,
      dryRun: this.options.dryRun ?? false,
      identity: this.options.identity ?? { name: 'agent-orchestrator', email: 'agent-orchestrator@users.noreply.github.com' },
      algorithm: await (this.objectFormat ??= objectFormat(this.git).then((f) => (f === 'sha256' ? 'sha256' : 'sha1'))),
      now: () => new Date(),
      files: options.files,
      ...(options.filePaths ? { filePaths: options.filePaths } : {}),
      adoptForeign: this.options.adoptForeign ?? false,
      branch: this.branch,
    }
    // Commits whose push got no answer: they may have landed.
    const unanswered: { commit: string; plan: AppendPlan }[] = []
    const result = (commit: string | null, plan: AppendPlan, attempts: number, pushed: boolean): AppendResult => ({
      commit,
      added: plan.added,
      skipped: [...plan.skipped, ...repeated],
      attempts,
      pushed,
      paths: plan.paths,
      problems: plan.problems,
      projection: plan.projection,
    })
    const loop = await compareAndSwapLoop<AppendResult>(
      {
        maxAttempts,
        random: this.options.random,
        sleep: this.options.sleep,
        onRetry: (reason, ms, attempt) => this.logger.debug(`${reason}; retrying in ${ms} ms (attempt ${attempt} of ${maxAttempts})`),
      },
      async (attempt) => {
        let head: string | null
        const known = attempt === 1 ? from : undefined
        try {
          head = known ? known.commit : await this.fetch()
        } catch (error) {
          // Nothing was pushed yet by this attempt: a permanent failure ends the append at once.
          if (error instanceof PermanentGitFailure && unanswered.length === 0)
            throw new StateError(`${error.message}. Nothing was recorded on ${this.branch}; no retry can fix this.`)
          return { retry: error instanceof Error ? error.message : String(error), timed: false }
        }
        const landed = await this.landed(head, unanswered)
        if (landed) return { done: result(landed.commit, landed.plan, attempt, true) }
        const plan = await planAppend(ctx, head, unique, known)
        if (!plan.commit) return { done: result(head, plan, attempt, false) }
        const outcome = await pushWithLease(this.git, this.remote, this.branch, plan.commit, head)
        if (outcome.status === 'pushed') {
          // Keep the private ref at what we pushed (only if nobody moved it meanwhile): the next fetch then has nothing to check.
          await updateRefIfAt(this.git, this.privateRef, plan.commit, head ?? '')
          this.logger.info(`recorded ${plan.added.length} event(s) on ${this.branch} as ${plan.commit.slice(0, 12)} (attempt ${attempt})`)
          return { done: result(plan.commit, plan, attempt, true) }
        }
        if (outcome.status === 'refused') {
          throw new StateError(
            `the remote refused the update of ${this.branch}: ${outcome.detail}. Nothing was recorded; check the remote, branch protection and the token's permissions.`,
          )
        }
        if (outcome.status === 'unknown') unanswered.push({ commit: plan.commit, plan })
        return {
          retry:
            outcome.status === 'stale'
              ? `${this.branch} moved since it was read (${outcome.detail})`
              : `push got no answer: ${outcome.detail}`,
        }
      },
    )
    if (loop.done) return loop.done
    const lastFailure = loop.lastFailure
    if (unanswered.length) {
      const head = await this.fetch().catch(() => undefined)
      const landed = head === undefined ? null : await this.landed(head, unanswered)
      if (landed) return result(landed.commit, landed.plan, maxAttempts, true)
      if (head === undefined) {
        throw new StateError(
          `could not confirm the ${unique.length} event(s) on ${this.branch} after ${maxAttempts} attempts (last: ${lastFailure}): ` +
            `a push got no answer and the branch cannot be read. Run again: events already recorded are recognised by their keys, not written twice.`,
        )
      }
    }
    throw new StateError(
      `could not record ${unique.length} event(s) on ${this.branch} after ${maxAttempts} attempts (last: ${lastFailure}). ` +
        `The remote branch was left untouched by this run; run it again.`,
    )
  }

  /** The unanswered push that is now part of the branch, if any (the push reached the server after all). */
  private async landed(head: string | null, unanswered: { commit: string; plan: AppendPlan }[]) {
    if (!head) return null
    for (const u of unanswered) {
      if (u.commit === head || (await this.git.isAncestor(u.commit, head))) return { commit: head, plan: u.plan }
    }
    return null
  }
}

export interface AppendOptions {
  files?: (projection: Projection) => [string, string][]
  /** The paths `files` gives, when known in advance: read with the commit's other folders (one `cat-file` less). */
  filePaths?: readonly string[]
  from?: StateSnapshot
}

function newestFirst(events: OrchestratorEvent[]): OrchestratorEvent[] {
  return events
    .map((e) => [stampOf(e), e] as const)
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([, e]) => e)
}
