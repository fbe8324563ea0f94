import { messageOf } from '../errors'
import type { Git } from '../git/git'
import type { Logger } from '../logger'
import { readStateCache, writeStateCache, type StateStore } from '../state/log'
import { TrialCache, TrialCacheError, trialFingerprint } from './trial-cache'
import type { TrialSettings } from './types'

/** Next to the verdict cache, under the state root (see LAYOUT.md). */
export const TRIAL_CACHE_PATH = 'cache/trial-results.json'

export async function trialCacheFingerprint(git: Git, settings: TrialSettings): Promise<string> {
  const { text } = await git.version()
  return trialFingerprint({ mode: settings.mode, commands: settings.commands, setup: settings.setup, node: process.version, git: text })
}

/** The trial cache from the state branch; an empty one when there is none, it was made under other settings, or it is damaged (warned). */
export async function loadTrialCache(store: StateStore, git: Git, settings: TrialSettings, logger: Logger): Promise<TrialCache> {
  const fingerprint = await trialCacheFingerprint(git, settings)
  const where = `${store.branch}:${store.layout.full(TRIAL_CACHE_PATH)}`
  try {
    const { cache, found } = await readStateCache(
      store,
      TRIAL_CACHE_PATH,
      (text) => TrialCache.parse(text, fingerprint),
      () => new TrialCache(fingerprint),
    )
    if (found === 'other')
      logger.info(`The trial cache at ${where} was made with other checks, setup or tool versions: every trial runs again.`)
    return cache
  } catch (error) {
    const why = error instanceof TrialCacheError ? `it is damaged (${error.message})` : `it cannot be read (${messageOf(error)})`
    logger.warning(`The trial cache at ${where} is ignored: ${why}. Every trial runs again; the next scan rewrites it.`)
    return new TrialCache(fingerprint)
  }
}

/** Keeps the results whose commits are still tips. Only saves time: failing to write is a warning. */
export async function saveTrialCache(store: StateStore, cache: TrialCache, tips: ReadonlySet<string>, logger: Logger): Promise<void> {
  try {
    const written = await writeStateCache(store, TRIAL_CACHE_PATH, cache, cache.serialize(tips), 'orchestrator: trial results cache')
    logger.debug(`trial cache: ${written.pushed ? `written in ${written.commit?.slice(0, 12)}` : `not written (${written.reason})`}`)
  } catch (error) {
    logger.warning(
      `The trial cache could not be written to ${store.branch}: ${messageOf(error)}. The next trial run runs every trial again.`,
    )
  }
}
