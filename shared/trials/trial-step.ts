import type { ConflictReport } from '../conflicts/types'
import type { RepoDeps } from '../repo-deps'
import { pairsInScope, runTrials } from './run-trials'
import type { TrialCache } from './trial-cache'
import { loadTrialCache, saveTrialCache } from './trial-store'
import type { TrialSettings } from './types'

/**
 * Runs the trials of a scan's report in place: each clean pair in scope gets
 * its `trial`, the report its `trials` summary. Returns how to keep the cache
 * (undefined when it is not to be written: no cache, a dry run, a shard).
 */
export async function trialReport(
  report: ConflictReport,
  settings: TrialSettings,
  deps: RepoDeps,
  options: { cache: boolean; keep: boolean },
): Promise<(() => Promise<void>) | undefined> {
  const { git, store, ctx } = deps
  const inScope = pairsInScope(report.pairs, report.branches, settings.scope)
  const cache: TrialCache | undefined = options.cache ? await loadTrialCache(store, git, settings, ctx.logger) : undefined
  ctx.progress?.(
    `Trial ${settings.mode}: ${inScope.length} clean pair(s) in scope (${settings.scope === 'all' ? 'all pairs' : 'implementor × overseer'}), checks ${settings.commands.map((c) => c.name).join(', ')}...`,
  )
  const { trials, summary } = await runTrials(git, inScope, {
    settings,
    cache,
    logger: ctx.logger,
    progress: ctx.progress,
    tempRoot: ctx.tempDir,
  })
  for (const [pair, trial] of trials) pair.trial = trial
  report.trials = cache ? { ...summary, fingerprint: cache.fingerprint } : summary
  ctx.progress?.(
    `Trials: ${summary.tried} run, ${summary.cached} from the cache, ${summary.skipped} skipped; ${summary.buildConflicts} build and ${summary.testConflicts} test conflict(s), ${summary.untested} untested, ${summary.flaky} flaky (${(summary.durationMs / 1000).toFixed(1)} s).`,
  )
  if (!cache || !options.keep) return undefined
  const tips = new Set(report.branches.map((b) => b.sha))
  return () => saveTrialCache(store, cache, tips, ctx.logger)
}
