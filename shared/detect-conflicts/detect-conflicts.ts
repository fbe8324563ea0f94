import { RepoDeps } from '../repo-deps'
import { readFileSync, statSync } from 'node:fs'
import { confineFolder, confineOutput, confinePath, confineWrite, writeConfined } from '../confine-path'
import { basename, dirname, isAbsolute, join } from 'node:path'
import picomatch from 'picomatch'
import { RunContext } from '../context'
import {
  buildReport,
  divergenceTips,
  ensureCommitGraph,
  ensureHistory,
  measureDivergence,
  planDivergence,
  planPairs,
  scanPairs,
  shardPairs,
} from '../conflicts'
import { AgentBranch, ConflictReport, ConflictScope, ScanOptions, ShardSpec } from '../conflicts/types'
import { InputError, messageOf } from '../errors'
import { quote } from '../text/quote'
import { findFiles } from '../junit/find-files'
import { conflictEvents } from './record'
import { notifyPullRequests, NoticeOutcome } from './notify'
import { fetchScanBranches, listAgentBranches, type ScanBranches } from '../agent-branches'
import { type ClockMark, PhaseClock, type ScanTimings } from '../conflicts/phase-clock'
import { type Located, refreshAfterFetch } from '../check-path'
import { Projection } from '../state/projection'
import { ConflictCause } from './attribute'
import { CauseNotice } from './cause-notices'
import { traceConflictCauses } from './trace-causes'
import { commitGraphPaysOff, loadVerdictCache, saveVerdictCache, VERDICT_CACHE_PATH, verdictCacheText } from './verdict-store'
import type { VerdictCache } from './verdict-cache'
import { scanProgress } from './scan-progress'
import { checkReportClaims, type ClaimedReport, MAX_REPORT_BYTES } from './report-claims'
import { checkUntrustedReport, keepTrialsOfReport, trialReport, type TrialSettings } from '../trials'
import { C0, charPattern } from '../text/controls'
import { claimedSuggestion, publishSuggestions, suggestReport, type SuggestSettings } from '../suggest'

const CONTROL = charPattern([C0])

export interface DetectConflictsOptions {
  scope: ConflictScope
  branches: string[]
  shard?: ShardSpec
  maxParallel?: number
  reportPath?: string
  mergeReports?: string
  notify: 'none' | 'pr'
  label: string
  token?: string
  record: boolean
  /** Use and keep the verdict cache on the state branch (default true). */
  cache?: boolean
  /** Build and test the clean pairs' merges (`trial: build|test`); undefined: text only. */
  trial?: TrialSettings
  /** Run a resolver on each new conflicting pair and prove its suggestion (`--suggest`); undefined: none. */
  suggest?: SuggestSettings
  /**
   * When the command began (before it opened the repository): `timings` then count every git process the
   * command started, its start-up's in `refs`. Default: when the scan begins.
   */
  since?: ClockMark
  /**
   * The CLI's checkout as the command found it (`locatedBy`; null: not a checkout), so that check-path's
   * cache is refreshed without asking git again; undefined: asked when needed.
   */
  checkout?: Located | null
}

export interface DetectConflictsResult {
  report: ConflictReport
  reportPath: string
  /** The report as written to `reportPath` (two-space JSON): `--json` prints it without serializing it again. */
  reportText: string
  conflictCount: number
  /** Conflicting pairs that were not open before this scan. */
  newConflicts: number
  resolvedConflicts: number
  /** Events this run added to the state branch. */
  recorded: number
  stateCommit: string | null
  notices: NoticeOutcome[]
  dryRun: boolean
  /** The state after recording (null when the state was not read: a shard, or neither record nor notify). */
  projection: Projection | null
  /** New conflicts with an overseer traced to the merge that caused them, and the comments posted about them. */
  causes: ConflictCause[]
  causeNotices: CauseNotice[]
  /** Where this run's time and git processes went, by phase. */
  timings: ScanTimings
}

export type DetectConflictsDeps = RepoDeps

export async function detectConflicts(options: DetectConflictsOptions, deps: DetectConflictsDeps): Promise<DetectConflictsResult> {
  const { store, dryRun, ctx } = deps
  // Checked before any work, so a refused path costs nothing and writes nothing.
  const reportPath = options.reportPath
    ? confineOutput(options.reportPath, 'report-path', ctx)
    : { root: ctx.tempDir, path: confineWrite(ctx.tempDir, 'conflict-report.json', 'report-path') }
  const clock = new PhaseClock(options.since)
  // The state branch is listed with the agent branches (one ls-remote) and, when this clone has its commit, read without a fetch.
  const listed = options.mergeReports ? undefined : await listScanBranches(options, deps)
  clock.lap('refs')
  // Read once, before the scan: the verdict cache is read at the same commit, so the branch is fetched once at most.
  const snapshot = await store.read(
    options.cache === false || options.mergeReports ? [] : [VERDICT_CACHE_PATH],
    listed?.stateCommit ? { at: listed.stateCommit } : {},
  )
  clock.lap('recording')
  const scanned = !listed
    ? await mergedReports(options, deps)
    : await scan(options, deps, clock, listed, {
        commit: snapshot.commit,
        content: snapshot.files?.get(VERDICT_CACHE_PATH) ?? null,
        projection: snapshot.projection,
      })
  const report = scanned.report
  let reportText = writeReport(reportPath, report, options.reportPath)
  // A shard only reports; the merge step records and notifies for the whole scan once.
  const partial = Boolean(options.shard && options.shard.count > 1)
  let stateCommit: string | null = null
  let newConflicts = 0
  let resolvedConflicts = 0
  let recorded = 0
  let notices: NoticeOutcome[] = []
  let projection: Projection | null = null
  let traced: { causes: ConflictCause[]; notices: CauseNotice[] } = { causes: [], notices: [] }
  const present = !partial && options.record ? (scanned.present ?? (await presentBranches(deps))) : undefined
  const changes = conflictEvents(report, snapshot.projection, {
    // Looked up when an event is made: nothing new, no lookup (for a person, `git config`: one process).
    get actor() {
      return ctx.actor
    },
    now: ctx.now(),
    ...(present ? { present } : {}),
    logger: ctx.logger,
  })
  newConflicts = changes.newPairs.length
  if (!partial && (options.record || options.notify === 'pr')) {
    projection = snapshot.projection
    traced = await traceConflictCauses(
      report,
      snapshot.projection,
      { token: options.token, post: options.notify === 'pr' && !dryRun },
      deps,
    )
    resolvedConflicts = changes.resolved.length
    for (const r of changes.resolved)
      ctx.logger.notice(`conflict between ${r.left} and ${r.right} is resolved${r.reason ? ` (${r.reason})` : ''}`)
    if (options.record) {
      // Suggestions a resolver job reported (merge-reports): made again from the tips, pushed, and recorded.
      const suggested = await publishSuggestions(report, deps)
      // The report now says what became of each suggestion here (pushed, or refused and why).
      if (suggested.length) reportText = writeReport(reportPath, report, options.reportPath)
      const events = [...changes.events, ...suggested]
      if (events.length) {
        ctx.progress?.(`Recording ${events.length} new conflict, divergence and suggestion event(s) on ${store.branch}...`)
        // The verdict cache rides in the same commit as the events: one compare-and-swap push, not two.
        const carried = scanned.cacheFile
        // Built on the state read at the start (no second fetch and parse); a branch moved since is read again.
        const appended = await store.append(events, {
          from: snapshot,
          ...(carried ? { files: () => [carried], filePaths: [carried[0]] } : {}),
        })
        if (appended.pushed && carried && scanned.cache) scanned.cache.readText = carried[1]
        recorded = appended.added.length
        stateCommit = appended.pushed ? appended.commit : null
        projection = appended.projection
        // Our own append moved the branch past the commit the cache was read at: build the cache's commit on it, not on a stale head.
        if (appended.pushed && appended.commit && scanned.cache && scanned.cache.readAt === snapshot.commit)
          scanned.cache.readAt = appended.commit
        ctx.progress?.(
          recorded
            ? `Recorded ${recorded} event(s)${appended.pushed ? ` in ${appended.commit?.slice(0, 12)}` : dryRun ? ' [dry run]' : ''}.`
            : 'Nothing new to record: another run recorded the same facts first.',
        )
      } else ctx.progress?.('Nothing new to record: the state already holds every conflict and divergence this scan saw.')
    }
    if (options.notify === 'pr' && !dryRun)
      notices = await notifyPullRequests(
        report,
        changes.previous,
        { token: options.token, label: options.label, projection: projection ?? snapshot.projection },
        ctx,
      )
  } else if (partial && options.notify === 'pr') ctx.logger.notice('notify: pr is done by the step that merges the shard reports')
  clock.lap('recording')
  await scanned.saveCache?.()
  // Run in an agent's checkout (the CLI), the scan just fetched its siblings: check-path's cache follows (never fails the scan).
  if (ctx.cliScript && !options.mergeReports)
    await refreshAfterFetch(ctx.cwd, deps.remote, deps.config.branches, ctx.now(), ctx.localRoleFile === true, options.checkout)
  clock.lap('cache')
  return {
    report,
    reportPath: reportPath.path,
    reportText,
    conflictCount: report.summary.conflicted,
    newConflicts,
    resolvedConflicts,
    recorded,
    stateCommit,
    notices,
    dryRun,
    projection,
    causes: traced.causes,
    causeNotices: traced.notices,
    timings: clock.timings(),
  }
}

/** Every agent branch on the remote now, whatever the scan was narrowed to; undefined when the remote cannot be listed. */
async function presentBranches(deps: DetectConflictsDeps): Promise<Set<string> | undefined> {
  try {
    return new Set((await listAgentBranches(deps.git, deps.remote, deps.config.branches)).map((b) => b.name))
  } catch (error) {
    deps.ctx.logger.warning(`cannot list the agent branches of ${deps.remote} to find deleted ones: ${messageOf(error)}`)
    return undefined
  }
}

/** Writes the report; its text, as written. */
function writeReport(target: { root: string; path: string }, report: ConflictReport, given: string | undefined): string {
  const text = `${JSON.stringify(report, null, 2)}\n`
  try {
    writeConfined(target.root, target.path, text, 'report-path')
    return text
  } catch (error) {
    if (!given || error instanceof InputError) throw error
    throw new InputError(`report-path ${quote(given)} cannot be written: ${messageOf(error)}; expected a file path in a writable folder`)
  }
}

/** The agent branches (and the state branch's commit when this clone has it) from one ls-remote. */
async function listScanBranches(options: DetectConflictsOptions, deps: DetectConflictsDeps): Promise<ScanBranches> {
  const { git, remote, config, ctx, store } = deps
  ctx.progress?.(`Listing agent branches on ${remote} (${config.branches.pattern})...`)
  return fetchScanBranches(
    git,
    remote,
    config.branches,
    options.branches,
    (gone) => ctx.logger.warning(`branch ${gone} was deleted from ${remote} while the scan started: it is skipped`),
    // Only the state of the same remote: a store kept elsewhere fetches its own.
    store.remote === remote ? { branch: store.branch, ref: store.privateRef } : undefined,
  )
}

async function scan(
  options: DetectConflictsOptions,
  deps: DetectConflictsDeps,
  clock: PhaseClock,
  listed: ScanBranches,
  stateRead: { commit: string | null; content: Buffer | null; projection: Projection },
): Promise<Scanned> {
  const { git, remote, config, ctx } = deps
  const branches: AgentBranch[] = listed.branches
  if (branches.length === 0) {
    ctx.logger.warning(
      `no agent branch on ${remote} matches ${config.branches.pattern}${options.branches.length ? ` and branches: ${options.branches.join(', ')}` : ''}; nothing to scan`,
    )
  }
  // A shallow clone fetches into the refs being pinned: after the pin, not beside it.
  if (await git.isShallow()) await listed.pinned
  await ensureHistory(git, { remote, refs: branches.map((b) => b.name), logger: ctx.logger })
  clock.lap('refs')
  let pairs = planPairs(branches, { scope: options.scope })
  const total = pairs.length
  if (options.shard) pairs = shardPairs(pairs, options.shard.index, options.shard.count)
  ctx.progress?.(
    `Scanning ${pairs.length} pair(s)${options.shard ? ` (shard ${options.shard.index}/${options.shard.count} of ${total})` : ''} across ${branches.length} branch(es)...`,
  )
  const cache = options.cache === false ? undefined : await loadVerdictCache(deps.store, git, ctx.logger, stateRead)
  clock.lap('cache')
  if (commitGraphPaysOff(pairs, cache))
    await ensureCommitGraph(
      git,
      ctx.logger,
      branches.map((b) => b.sha),
    )
  clock.lap('merges')
  const progress = scanProgress(ctx)
  // Divergence the cache does not answer is walked with the pairs' history, when the scan walks it: one walk, not two.
  const base = listed.base
  const divergencePlan = planDivergence(branches, { base })
  const sharedGraph: NonNullable<ScanOptions['sharedGraph']> = { tips: divergenceTips(divergencePlan, cache) }
  let results
  try {
    results = await scanPairs(git, pairs, {
      maxParallel: options.maxParallel,
      logger: ctx.logger,
      onProgress: progress.update,
      cache,
      clock,
      // Fetched and read back as commits a moment ago (fetchScanBranches): no need to check they exist.
      knownCommits: new Set(branches.map((b) => b.sha)),
      sharedGraph,
    })
  } finally {
    progress.stop()
  }
  const divergence = await measureDivergence(git, divergencePlan, options.maxParallel, cache, sharedGraph.graph)
  clock.lap('divergence')
  // The refs pinned while the commits were merged: set before trials, suggestions and the state's compare-and-swap read or move them.
  await listed.pinned
  clock.lap('refs')
  const report = buildReport({ scannedAt: ctx.now(), scope: options.scope, shard: options.shard, branches, pairs: results, divergence })
  // A shard saw only its slice of the pairs, and dry runs write nothing. Saved after recording, so the
  // first scan of a repository (which creates the state branch) keeps its verdicts too.
  const whole = !(options.shard && options.shard.count > 1) && !deps.dryRun
  const tips = new Set([...branches.map((b) => b.sha), ...(base ? [base.sha] : [])])
  // A trial or resolver job runs branch code and writes nothing, not even a cache: the recording job keeps the verdicts.
  const writes = cache && whole && !options.trial && !options.suggest
  const cacheText = writes ? verdictCacheText(cache, pairs, tips) : null
  const keep = writes ? () => saveVerdictCache(deps.store, cache, pairs, tips, ctx.logger, cacheText) : undefined
  const keepTrials = options.trial
    ? // With record: false (a trial job with a read-only token) nothing is written; the recording job keeps the results.
      await trialReport(report, options.trial, deps, { cache: options.cache !== false, keep: whole && options.record })
    : undefined
  // After the trials: a resolver job runs branch code already, and the state (read above) answers unchanged pairs.
  if (options.suggest) await suggestReport(report, options.suggest, deps, stateRead.projection)
  return {
    report,
    // Every agent branch on the remote as listed for this scan (the glob-narrowed list is not that).
    present: listed.present,
    cache,
    ...(cacheText !== null ? { cacheFile: [VERDICT_CACHE_PATH, cacheText] as [string, string] } : {}),
    saveCache:
      keep || keepTrials
        ? async () => {
            await keep?.()
            await keepTrials?.()
          }
        : undefined,
  }
}

interface Scanned {
  report: ConflictReport
  saveCache?: () => Promise<void>
  /** Every agent branch on the remote when the scan listed them. */
  present?: Set<string>
  /** The verdict cache this scan read (written back by `saveCache`). */
  cache?: VerdictCache
  /** The verdict cache's new file when it changed: written with the events when there are any, else by `saveCache`. */
  cacheFile?: [string, string]
}

/** Reports of shards or of a trial job, combined; their trial results are kept in the trial cache when this run records. */
async function mergedReports(options: DetectConflictsOptions, deps: DetectConflictsDeps): Promise<Scanned> {
  const claims = await loadReports(options.mergeReports!, deps.ctx)
  // Reports are claims: checked against the repository, text verdicts and divergence computed again here.
  const checked = await checkReportClaims(claims, deps, { maxParallel: options.maxParallel, cache: options.cache !== false })
  const report = checked.report
  const keep = options.cache !== false && options.record && report.trials?.fingerprint
  return {
    report,
    saveCache: async () => {
      await checked.saveCache?.()
      if (keep) await keepTrialsOfReport(report, deps)
    },
  }
}

async function loadReports(pattern: string, ctx: RunContext): Promise<ClaimedReport[]> {
  // An absolute pattern (e.g. under $RUNNER_TEMP) is searched from its fixed leading folder.
  const scanned = picomatch.scan(pattern)
  // A plain absolute file (no glob characters) is its folder and its name.
  const root = isAbsolute(pattern) ? (scanned.isGlob ? scanned.base : dirname(pattern)) : ctx.cwd
  const glob = isAbsolute(pattern) ? (scanned.isGlob ? scanned.glob : basename(pattern)) : pattern
  if (pattern.split(/[/\\]/).includes('..') || CONTROL.test(pattern)) confinePath(pattern, 'merge-reports', ctx)
  if (isAbsolute(pattern)) confineFolder(root, `merge-reports ${quote(pattern)}`, ctx)
  const files = await findFiles([glob], root, ctx.logger, { roots: ctx, what: 'merge-reports' })
  if (files.length === 0) throw new InputError(`merge-reports ${quote(pattern)} matched no report files under ${root}`)
  // The reports may come from a job that ran implementor code (trials): their shape is checked, never assumed.
  const reports = files.map((f) => {
    const path = isAbsolute(f) ? f : join(root, f)
    // Bounded before it is read: a report is written by another job, maybe one that ran branch code.
    const size = statSync(path).size
    if (size > MAX_REPORT_BYTES)
      throw new InputError(
        `conflict report ${quote(f)} is ${size} bytes: expected at most ${MAX_REPORT_BYTES} (a report of a scan, not of every file)`,
      )
    let data: unknown
    try {
      data = JSON.parse(readFileSync(path, 'utf8'))
    } catch (error) {
      throw new InputError(`conflict report ${quote(f)} is not valid JSON: ${messageOf(error)}`)
    }
    const report = checkUntrustedReport(data, f)
    // A resolver job's suggestions ride on its pairs: checked as data here, made again and judged by publishSuggestions.
    const raw = (data as { pairs: Array<{ suggestion?: unknown }> }).pairs
    report.pairs.forEach((p, i) => {
      const claim = raw[i]?.suggestion
      if (claim !== undefined && p.status === 'conflicted') p.suggestion = claimedSuggestion(claim, `${quote(f)} pairs[${i}]`)
    })
    return { file: f, report }
  })
  ctx.progress?.(`Checking ${reports.length} report(s) against the repository...`)
  return reports
}
