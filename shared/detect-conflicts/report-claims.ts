import { fetchAgentBranches } from '../agent-branches'
import { buildReport, measureDivergence, mergeReports, pairKey, planDivergence, planPairs, scanPairs } from '../conflicts'
import type { TrialCount } from '../conflicts/trial-summaries'
import type { AgentBranch, ConflictReport, PairResult, PairSpec } from '../conflicts/types'
import { InputError } from '../errors'
import { objectTypes } from '../git/cat-file'
import { parseBranch } from '../naming/branch-pattern'
import type { RepoDeps } from '../repo-deps'
import type { Projection } from '../state/projection'
import { quote } from '../text/quote'
import { defaultBase } from './default-base'
import { loadVerdictCache, saveVerdictCache } from './verdict-store'

/** The most bytes one report file may have: a scan of 200 branches in one feature fits many times over. */
export const MAX_REPORT_BYTES = 4 * 1024 * 1024

/** A report as read from its file. */
export interface ClaimedReport {
  file: string
  report: ConflictReport
}

/**
 * Reports are claims. A report may come from a job that ran branch code (trials), so the recording job
 * takes from it only what it cannot check itself: which pairs were tried and their trial verdicts (with
 * their output tails). Everything else is checked against the repository or computed again here:
 *
 * - every branch must be a registered agent branch (init-feature) of a registered feature, on the remote,
 *   at the commit the report names; `main`, the state branch, an unknown feature or a commit that does not
 *   exist is refused (exit 2, naming the file and the field); a branch that moved since the trial job
 *   fetched it is left out with a warning (its results are about a commit that is no longer the tip);
 * - every pair must be one a scan of the report's scope compares;
 * - text verdicts, conflicted files and line ranges come from `git merge-tree` run here (the verdict cache
 *   answers what it already knows), and divergence is measured here: the report's are never read;
 * - a trial verdict is kept only for a pair that merges cleanly here.
 */
export async function checkReportClaims(
  claims: readonly ClaimedReport[],
  deps: RepoDeps,
  options: { maxParallel?: number; cache: boolean },
): Promise<{ report: ConflictReport; saveCache?: () => Promise<void> }> {
  const { git, remote, config, store, ctx } = deps
  const projection = (await store.read()).projection
  const tips = new Map((await fetchAgentBranches(git, remote, config.branches)).map((b) => [b.name, b]))
  const stale = new Set<string>()
  for (const claim of claims) await checkBranches(claim, { tips, projection, stale, deps })
  for (const name of [...stale].sort())
    ctx.logger.warning(
      `${name} moved since the report was made: its pairs and trial results are left out (the next trial run tries its new tip)`,
    )
  const current = (r: ConflictReport): ConflictReport => ({
    ...r,
    branches: r.branches.filter((b) => !stale.has(b.name)),
    pairs: r.pairs.filter((p) => !stale.has(p.left) && !stale.has(p.right)),
    divergence: [],
  })
  const merged = mergeReports(claims.map((c) => current(c.report)))
  const specs: PairSpec[] = merged.pairs.map((p) => ({ left: p.left, right: p.right, leftSha: p.leftSha, rightSha: p.rightSha }))
  const cache = options.cache ? await loadVerdictCache(store, git, ctx.logger) : undefined
  ctx.progress?.(`Merging ${specs.length} reported pair(s) again here: text verdicts are never taken from a report...`)
  const recomputed = await scanPairs(git, specs, { maxParallel: options.maxParallel, logger: ctx.logger, cache })
  const claimed = new Map(merged.pairs.map((p) => [pairKey(p), p]))
  const pairs = recomputed.map((r) => withClaimedTrial(r, claimed.get(pairKey(r))!, deps))
  const base = await defaultBase(git, remote)
  const divergence = await measureDivergence(git, planDivergence(merged.branches, { base }), options.maxParallel)
  const rebuilt = buildReport({ scannedAt: merged.scannedAt, scope: merged.scope, branches: merged.branches, pairs, divergence })
  const report = merged.trials ? { ...rebuilt, trials: { ...merged.trials, ...trialCounts(pairs, merged.trials) } } : rebuilt
  const shas = new Set(merged.branches.map((b) => b.sha))
  return {
    report,
    ...(cache && !deps.dryRun ? { saveCache: () => saveVerdictCache(store, cache, specs, shas, ctx.logger) } : {}),
  }
}

async function checkBranches(
  { file, report }: ClaimedReport,
  at: { tips: Map<string, AgentBranch>; projection: Projection; stale: Set<string>; deps: RepoDeps },
): Promise<void> {
  const { config, remote, store, git } = at.deps
  const refuse = (field: string, why: string): never => {
    throw new InputError(`conflict report ${quote(file)} is refused: ${field} ${why}`)
  }
  const moved: Array<[number, AgentBranch]> = []
  report.branches.forEach((b, i) => {
    const parsed = b.name === store.branch ? null : parseBranch(config.branches, b.name)
    if (!parsed) return refuse(`branches[${i}].name`, `${quote(b.name)} is not an agent branch (expected ${config.branches.pattern})`)
    if (parsed.spec !== b.spec) return refuse(`branches[${i}].spec`, `${quote(b.spec)} is not the feature of ${quote(b.name)}`)
    if (parsed.role !== b.role) return refuse(`branches[${i}].role`, `${quote(b.role)} is not the role of ${quote(b.name)}`)
    const feature = at.projection.features[parsed.spec]
    if (!feature?.registration)
      return refuse(`branches[${i}].spec`, `${quote(parsed.spec)} is not a registered feature (init-feature registers one)`)
    if (!feature.agents[b.name]) return refuse(`branches[${i}].name`, `${quote(b.name)} is not a registered agent branch of ${parsed.spec}`)
    const tip = at.tips.get(b.name)
    if (!tip) return refuse(`branches[${i}].name`, `${quote(b.name)} is not on ${quote(remote)}`)
    if (tip.sha !== b.sha) moved.push([i, b])
  })
  const types = moved.length
    ? await objectTypes(
        git,
        moved.map(([, b]) => b.sha),
      )
    : []
  moved.forEach(([i, b], k) => {
    if (types[k] !== 'commit') refuse(`branches[${i}].sha`, `${b.sha} is not a commit of ${quote(remote)}`)
    at.stale.add(b.name)
  })
  const planned = new Set(planPairs(report.branches, { scope: report.scope }).map(pairKey))
  report.pairs.forEach((p, j) => {
    if (!planned.has(pairKey(p)))
      refuse(`pairs[${j}]`, `${quote(p.left)} / ${quote(p.right)} is not a pair a scan of scope ${report.scope} compares`)
    const left = report.branches.find((b) => b.name === p.left)!
    const right = report.branches.find((b) => b.name === p.right)!
    if (p.leftSha !== left.sha) refuse(`pairs[${j}].leftSha`, `${p.leftSha} is not the commit of ${quote(p.left)} in branches`)
    if (p.rightSha !== right.sha) refuse(`pairs[${j}].rightSha`, `${p.rightSha} is not the commit of ${quote(p.right)} in branches`)
  })
}

/** The pair as merged here, with the report's trial verdict when the merge is clean here too. */
function withClaimedTrial(here: PairResult, claim: PairResult, deps: RepoDeps): PairResult {
  if (claim.status !== here.status)
    deps.ctx.logger.warning(
      `the report says ${claim.left} / ${claim.right} is ${claim.status}; merged here it is ${here.status}: that is what is recorded`,
    )
  if (claim.suggestion) {
    if (here.status === 'conflicted') return { ...here, suggestion: claim.suggestion }
    deps.ctx.logger.warning(`the suggestion for ${claim.left} / ${claim.right} is left out: the pair does not conflict here`)
  }
  if (!claim.trial) return here
  if (here.status !== 'clean') {
    deps.ctx.logger.warning(`the trial result of ${claim.left} / ${claim.right} is left out: the pair does not merge cleanly here`)
    return here
  }
  return { ...here, trial: claim.trial }
}

/** The counts a report's pairs prove, counted here; the others (time, cache use) stay as claimed, shown only. */
function trialCounts(pairs: readonly PairResult[], claimed: Record<TrialCount, number>): Partial<Record<TrialCount, number>> {
  const verdicts = pairs.flatMap((p) => (p.trial ? [p.trial] : []))
  const count = (v: string) => verdicts.filter((t) => t.verdict === v).length
  const out: Partial<Record<TrialCount, number>> = {
    pairs: verdicts.length,
    cached: verdicts.filter((t) => t.cached).length,
    skipped: count('skipped'),
    flaky: count('flaky'),
    buildConflicts: count('build-conflict'),
    testConflicts: count('test-conflict'),
    untested: count('untested'),
    errors: count('error'),
  }
  out.tried = Math.max(0, Math.min(claimed.tried, verdicts.length - out.cached! - out.skipped!))
  return out
}
