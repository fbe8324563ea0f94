import { DEFAULT_RANGE_LIMITS } from '../conflicts/range-budget'
import { CacheError, ENGINE_VERSION, VerdictCache } from './verdict-cache'
import type { PairSpec } from '../conflicts/types'
import { messageOf } from '../errors'
import type { Git } from '../git/git'
import type { Logger } from '../logger'
import { readStateCache, writeStateCache, type StateStore } from '../state/log'

/** Where the verdict cache lives, under the state root (see LAYOUT.md). */
export const VERDICT_CACHE_PATH = 'cache/conflict-verdicts.json'

/**
 * Everything besides the two commits that a cached verdict depends on: git's
 * version, the settings every merge is pinned to (`merge-sandbox.ts`), the
 * engine's own version and the line-range limits. A cache made under another
 * fingerprint is ignored.
 */
export async function verdictFingerprint(git: Git): Promise<string> {
  const { text } = await git.version()
  const l = DEFAULT_RANGE_LIMITS
  return [
    `git ${text}`,
    'pins merge.conflictStyle=merge, empty attributes, no system or global config',
    `engine ${ENGINE_VERSION}`,
    `ranges per pair ${l.fileBytes}/${l.pairBytes}/${l.fileWork}/${l.pairWork}`,
  ].join('; ')
}

/**
 * Whether writing a commit-graph pays off before this scan: it does for a scan
 * that merges many pairs (every merge walks the history), not for a re-scan where
 * the cache answers nearly every pair (writing it costs as much as a walk of the
 * whole history, and every scheduled run starts from a fresh clone without one).
 */
export function commitGraphPaysOff(pairs: readonly PairSpec[], cache: VerdictCache | undefined): boolean {
  if (!cache) return pairs.length > 0
  const misses = pairs.filter((p) => !cache.has(p)).length
  return misses >= 256 || misses * 4 >= pairs.length
}

/** The cache from the state branch (as `known` when this run read it already); an empty one when there is none, it is from another git, or it cannot be trusted (with a warning). */
export async function loadVerdictCache(
  store: StateStore,
  git: Git,
  logger: Logger,
  known?: { commit: string | null; content: Buffer | null },
): Promise<VerdictCache> {
  const fingerprint = await verdictFingerprint(git)
  const where = `${store.branch}:${store.layout.full(VERDICT_CACHE_PATH)}`
  try {
    const { cache, found } = await readStateCache(
      store,
      VERDICT_CACHE_PATH,
      (text) => VerdictCache.parse(text, fingerprint),
      () => new VerdictCache(fingerprint),
      known,
    )
    if (found === 'none') logger.debug(`conflict verdict cache: none at ${where}`)
    else if (found === 'other')
      logger.info(`The conflict verdict cache at ${where} was made by another git version or other settings: every pair is merged again.`)
    else logger.debug(`conflict verdict cache: ${cache.size} verdict(s) read from ${where}`)
    return cache
  } catch (error) {
    const why = error instanceof CacheError ? `it is damaged (${error.message})` : `it cannot be read (${messageOf(error)})`
    logger.warning(`The conflict verdict cache at ${where} is ignored: ${why}. Every pair is merged again; the next scan rewrites it.`)
    return new VerdictCache(fingerprint)
  }
}

/**
 * The cache's text to store after a scan of `scanned` (older verdicts still valid for `tips` kept), or
 * null when it is what the branch holds already (nothing moved: not even a fetch to find that out).
 * A scan that records events writes this text in the same commit as its events (one push, not two).
 */
export function verdictCacheText(cache: VerdictCache, scanned: readonly PairSpec[], tips: ReadonlySet<string>): string | null {
  if (cache.unchangedFor(tips)) return null
  const text = cache.serialize(scanned, tips)
  return text === cache.readText ? null : text
}

/**
 * Stores the verdicts of `scanned` (and older ones still valid for `tips`); `text` when verdictCacheText
 * gave it already. Nothing is written when the branch holds that text (a commit of events carried it).
 * The cache only saves time: failing to write it is a warning, never a failed scan.
 */
export async function saveVerdictCache(
  store: StateStore,
  cache: VerdictCache,
  scanned: readonly PairSpec[],
  tips: ReadonlySet<string>,
  logger: Logger,
  text?: string | null,
): Promise<void> {
  try {
    const stored = text === undefined ? verdictCacheText(cache, scanned, tips) : text
    if (stored === null || stored === cache.readText) return logger.debug('conflict verdict cache: unchanged')
    const written = await writeStateCache(
      store,
      VERDICT_CACHE_PATH,
      cache,
      stored,
      `orchestrator: conflict verdict cache (${scanned.length} pair(s))`,
    )
    if (written.pushed) logger.debug(`conflict verdict cache: written in ${written.commit?.slice(0, 12)}`)
    else logger.debug(`conflict verdict cache: not written (${written.reason})`)
  } catch (error) {
    logger.warning(
      `The conflict verdict cache could not be written to ${store.branch}: ${messageOf(error)}. The next scan merges every pair again.`,
    )
  }
}
