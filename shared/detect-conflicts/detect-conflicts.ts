import { RepoDeps } from '../repo-deps'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, isAbsolute, join } from 'node:path'
import picomatch from 'picomatch'
import { RunContext } from '../context'
import {
  buildReport,
  ensureCommitGraph,
  ensureHistory,
  measureDivergence,
  mergeReports,
  planDivergence,
  planPairs,
  scanPairs,
  shardPairs,
} from '../conflicts'
import { AgentBranch, ConflictReport, ConflictScope, ShardSpec } from '../conflicts/types'
import { InputError, messageOf } from '../errors'
import { Git } from '../git/git'
import { fetchBranches, remoteDefaultBranch } from '../git/remote'
import { quote } from '../naming/validate'
import { findFiles } from '../junit/find-files'
import { conflictEvents } from './record'
import { notifyPullRequests, NoticeOutcome } from './notify'
import { fetchAgentBranches } from '../agent-branches'
import { Projection } from '../state/projection-types'
import { ConflictCause } from '../integrate/attribute'
import { CauseNotice } from '../integrate/cause-notices'
import { traceConflictCauses } from '../integrate/trace-causes'

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
}

export interface DetectConflictsResult {
  report: ConflictReport
  reportPath: string
  conflictCount: number
  newConflicts: number
  resolvedConflicts: number
  stateCommit: string | null
  notices: NoticeOutcome[]
  dryRun: boolean
  /** The state after recording (null when the state was not read: a shard, or neither record nor notify). */
  projection: Projection | null
  /** New conflicts with an overseer traced to the merge that caused them, and the comments posted about them. */
  causes: ConflictCause[]
  causeNotices: CauseNotice[]
}

export type DetectConflictsDeps = RepoDeps

export async function detectConflicts(options: DetectConflictsOptions, deps: DetectConflictsDeps): Promise<DetectConflictsResult> {
  const { store, dryRun, ctx } = deps
  const report = options.mergeReports ? await loadAndMerge(options.mergeReports, ctx) : await scan(options, deps)
  const reportPath = options.reportPath
    ? isAbsolute(options.reportPath)
      ? options.reportPath
      : join(ctx.cwd, options.reportPath)
    : join(ctx.tempDir, 'conflict-report.json')
  writeReport(reportPath, report, options.reportPath)
  // A shard only reports; the merge step records and notifies for the whole scan once.
  const partial = Boolean(options.shard && options.shard.count > 1)
  let stateCommit: string | null = null
  let newConflicts = report.summary.conflicted
  let resolvedConflicts = 0
  let notices: NoticeOutcome[] = []
  let projection: Projection | null = null
  let traced: { causes: ConflictCause[]; notices: CauseNotice[] } = { causes: [], notices: [] }
  if (!partial && (options.record || options.notify === 'pr')) {
    const snapshot = await store.read()
    projection = snapshot.projection
    traced = await traceConflictCauses(
      report,
      snapshot.projection,
      { token: options.token, post: options.notify === 'pr' && !dryRun },
      deps,
    )
    const changes = conflictEvents(report, snapshot.projection, ctx.actor, ctx.now())
    newConflicts = changes.newPairs.length
    resolvedConflicts = changes.resolved.length
    for (const r of changes.resolved) ctx.logger.notice(`conflict between ${r.left} and ${r.right} is resolved`)
    if (options.record && changes.events.length) {
      ctx.progress?.(`Recording ${changes.events.length} conflict and divergence event(s) on ${store.branch}...`)
      const appended = await store.append(changes.events)
      stateCommit = appended.pushed ? appended.commit : null
      projection = appended.projection
    }
    if (options.notify === 'pr' && !dryRun)
      notices = await notifyPullRequests(report, changes.previous, { token: options.token, label: options.label }, ctx)
  } else if (partial && options.notify === 'pr') ctx.logger.notice('notify: pr is done by the step that merges the shard reports')
  return {
    report,
    reportPath,
    conflictCount: report.summary.conflicted,
    newConflicts,
    resolvedConflicts,
    stateCommit,
    notices,
    dryRun,
    projection,
    causes: traced.causes,
    causeNotices: traced.notices,
  }
}

function writeReport(path: string, report: ConflictReport, given: string | undefined): void {
  try {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
  } catch (error) {
    if (!given) throw error
    throw new InputError(`report-path ${quote(given)} cannot be written: ${messageOf(error)}; expected a file path in a writable folder`)
  }
}

async function scan(options: DetectConflictsOptions, deps: DetectConflictsDeps): Promise<ConflictReport> {
  const { git, remote, config, ctx } = deps
  ctx.progress?.(`Listing agent branches on ${remote} (${config.branches.pattern})...`)
  const branches: AgentBranch[] = await fetchAgentBranches(git, remote, config.branches, options.branches)
  if (branches.length === 0) {
    ctx.logger.warning(
      `no agent branch on ${remote} matches ${config.branches.pattern}${options.branches.length ? ` and branches: ${options.branches.join(', ')}` : ''}; nothing to scan`,
    )
  }
  await ensureHistory(git, { remote, refs: branches.map((b) => b.name), logger: ctx.logger })
  await ensureCommitGraph(
    git,
    ctx.logger,
    branches.map((b) => b.sha),
  )
  let pairs = planPairs(branches, { scope: options.scope })
  const total = pairs.length
  if (options.shard) pairs = shardPairs(pairs, options.shard.index, options.shard.count)
  ctx.progress?.(
    `Scanning ${pairs.length} pair(s)${options.shard ? ` (shard ${options.shard.index}/${options.shard.count} of ${total})` : ''} across ${branches.length} branch(es)...`,
  )
  let lastShown = 0
  const results = await scanPairs(git, pairs, {
    maxParallel: options.maxParallel,
    logger: ctx.logger,
    onProgress: (done, all) => {
      const now = Date.now()
      if (done === all || now - lastShown > 2000) {
        lastShown = now
        ctx.progress?.(`  ${done}/${all} pairs`)
      }
    },
  })
  const base = await defaultBase(git, remote)
  const divergence = await measureDivergence(git, planDivergence(branches, { base }), options.maxParallel)
  return buildReport({ scannedAt: ctx.now(), scope: options.scope, shard: options.shard, branches, pairs: results, divergence })
}

async function defaultBase(git: Git, remote: string): Promise<{ name: string; sha: string } | undefined> {
  const name = await remoteDefaultBranch(git, remote).catch(() => null)
  if (!name) return undefined
  const sha = (await fetchBranches(git, remote, [name])).get(name)
  return sha ? { name, sha } : undefined
}

async function loadAndMerge(pattern: string, ctx: RunContext): Promise<ConflictReport> {
  // An absolute pattern (e.g. under $RUNNER_TEMP) is searched from its fixed leading folder.
  const scanned = picomatch.scan(pattern)
  const root = isAbsolute(pattern) ? scanned.base : ctx.cwd
  const glob = isAbsolute(pattern) ? scanned.glob || basename(pattern) : pattern
  const files = await findFiles([glob], root, ctx.logger)
  if (files.length === 0) throw new InputError(`merge-reports ${quote(pattern)} matched no report files under ${root}`)
  const reports = files.map((f) => {
    try {
      return JSON.parse(readFileSync(isAbsolute(f) ? f : join(root, f), 'utf8')) as ConflictReport
    } catch (error) {
      throw new InputError(`conflict report ${quote(f)} is not valid JSON: ${messageOf(error)}`)
    }
  })
  ctx.progress?.(`Merging ${reports.length} shard report(s)...`)
  return mergeReports(reports)
}
