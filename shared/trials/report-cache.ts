import type { ConflictReport } from '../conflicts/types'
import type { RepoDeps } from '../repo-deps'
import { TrialCache, TrialCacheError } from './trial-cache'
import { readStateCache } from '../state/log'
import { saveTrialCache, TRIAL_CACHE_PATH } from './trial-store'
import { messageOf } from '../errors'

/**
 * The recording job's half of a split trial run: the trial job has a
 * read-only token and cannot write the cache, so the job that records its
 * (checked) report keeps the results that reproduced, under the trial job's
 * fingerprint. Only what a fresh trial would keep goes in: pairs that passed
 * or conflicted without a time-out (both tips then pass alone), and tips that
 * fail alone without a time-out. The report could be forged by the code under
 * trial; so could the events it records, which is why the trial job gets no
 * write access and the results are data, never commands.
 */
export async function keepTrialsOfReport(report: ConflictReport, deps: RepoDeps): Promise<void> {
  const fingerprint = report.trials?.fingerprint
  if (!fingerprint || deps.dryRun) return
  const { store, ctx } = deps
  let cache: TrialCache
  try {
    const read = await readStateCache(
      store,
      TRIAL_CACHE_PATH,
      (text) => TrialCache.parse(text, fingerprint),
      () => new TrialCache(fingerprint),
    )
    cache = read.cache
  } catch (error) {
    const why = error instanceof TrialCacheError ? error.message : messageOf(error)
    ctx.logger.warning(`The trial cache on ${store.branch} is replaced: ${why}`)
    cache = new TrialCache(fingerprint)
  }
  const timedOut = (reason: string | undefined) => /timed out/.test(reason ?? '')
  for (const p of report.pairs) {
    const t = p.trial
    if (!t || t.cached) continue
    if (
      t.verdict === 'passed' ||
      ((t.verdict === 'build-conflict' || t.verdict === 'test-conflict') && t.failure && !timedOut(t.failure.reason))
    ) {
      cache.putTip(p.leftSha, { ok: true })
      cache.putTip(p.rightSha, { ok: true })
      cache.putPair(p.leftSha, p.rightSha, t.verdict === 'passed' ? { verdict: 'passed' } : { verdict: t.verdict, failure: t.failure! })
    } else if (t.verdict === 'untested') {
      for (const s of t.brokenSides ?? [])
        if (!timedOut(s.failure.reason)) cache.putTip(s.side === 'left' ? p.leftSha : p.rightSha, { ok: false, failure: s.failure })
    }
  }
  await saveTrialCache(store, cache, new Set(report.branches.map((b) => b.sha)), ctx.logger)
}
