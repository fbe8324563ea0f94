import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { PairResult } from '../conflicts/types'
import { runPool } from '../conflicts/pool'
import { messageOf } from '../errors'
import type { Git } from '../git/git'
import type { Logger } from '../logger'
import { countFiles, linkProducts, newEntries } from './link-products'
import { checksOf, runChecks, type ChecksOutcome } from './run-checks'
import type { CachedTip, TrialCache } from './trial-cache'
import { TrialTrees } from './trial-trees'
import type { PairTrial, TrialSettings, TrialSummary } from './types'
import { countVerdicts, emptySummary, untested } from './trial-verdicts'

export { pairsInScope } from './trial-verdicts'

export interface RunTrialsOptions {
  settings: TrialSettings
  cache?: TrialCache
  logger: Logger
  progress?: (text: string) => void
  /** Where the trial folders go (default: the system temp folder). */
  tempRoot?: string
}

export interface TrialsOutcome {
  /** By pair, for the pairs in scope. */
  trials: Map<PairResult, PairTrial>
  summary: TrialSummary
}

interface Prepared {
  dir: string
  tree: string
  /** What the setup made at the top of the folder. */
  products: string[]
  /** The setup also wrote inside the tree's own folders: its products cannot be lent by top-level links. */
  nested: boolean
  /** How long the setup took here: what each merge that borrows its products saves. */
  setupMs: number
  setupFailure?: ChecksOutcome
}

/**
 * Builds and tests the merges git calls clean (see `types.ts` for the
 * verdicts). Each tip is checked alone once (or answered by the cache), so a
 * branch broken on its own is reported as such, not as a conflict with its
 * sibling. The merge tree is the one `git merge-tree --write-tree` makes,
 * written into a temporary folder; the clone is never touched. The setup runs
 * once per tip; a merge whose dependency manifests equal a tip's gets that
 * tip's setup products hard-linked instead of running the setup again.
 */
export async function runTrials(git: Git, pairs: readonly PairResult[], options: RunTrialsOptions): Promise<TrialsOutcome> {
  const { settings, cache, logger } = options
  const started = performance.now()
  const trials = new Map<PairResult, PairTrial>()
  const summary = emptySummary(settings, pairs.length)
  const tipOutcome = new Map<string, CachedTip | undefined>()
  const timedOutTips = new Set<string>()
  const cachedTip = (sha: string): CachedTip | undefined => {
    if (!tipOutcome.has(sha)) tipOutcome.set(sha, cache?.tip(sha))
    return tipOutcome.get(sha)
  }
  // Pairs the cache answers in full (the pair, or a tip that fails alone) cost nothing and are not bounded.
  const toRun: PairResult[] = []
  for (const pair of pairs) {
    const l = cachedTip(pair.leftSha)
    const r = cachedTip(pair.rightSha)
    const hit = l?.ok && r?.ok ? cache?.pair(pair.leftSha, pair.rightSha) : undefined
    if (hit) trials.set(pair, { verdict: hit.verdict, ...(hit.failure ? { failure: hit.failure } : {}), cached: true })
    else if ((l && !l.ok) || (r && !r.ok)) trials.set(pair, { ...untested(pair, l, r), cached: true })
    else toRun.push(pair)
  }
  summary.cached = trials.size
  for (const pair of toRun.slice(settings.maxPairs)) {
    trials.set(pair, { verdict: 'skipped', reason: `beyond trial-max-pairs (${settings.maxPairs}) in this run` })
  }
  const running = toRun.slice(0, settings.maxPairs)
  if (running.length === 0) return finish()

  const root = mkdtempSync(join(options.tempRoot ?? tmpdir(), 'orch-trial-'))
  const trees = await TrialTrees.open(git)
  const prepared = new Map<string, Promise<Prepared>>()
  const tipChecks = new Map<string, Promise<CachedTip>>()
  const prepare = (sha: string): Promise<Prepared> => {
    let p = prepared.get(sha)
    if (!p) {
      p = (async () => {
        const dir = join(root, `tip-${sha.slice(0, 16)}`)
        const tree = await trees.tipTree(sha)
        await trees.checkout(tree, dir)
        const before = new Set(readdirSync(dir))
        if (!settings.setup) return { dir, tree, products: [], nested: false, setupMs: 0 }
        const t0 = performance.now()
        const setup = await runChecks(checksOf([], settings.setup, true), dir, settings.timeoutMs)
        const setupMs = Math.round(performance.now() - t0)
        const products = newEntries(dir, before)
        const nested = countFiles(dir, new Set(products)) !== (await trees.fileCount(tree))
        return { dir, tree, products, nested, setupMs, ...(setup.ok ? {} : { setupFailure: setup }) }
      })()
      prepared.set(sha, p)
    }
    return p
  }
  const checkTip = (sha: string): Promise<CachedTip> => {
    const known = cachedTip(sha)
    if (known) return Promise.resolve(known)
    let p = tipChecks.get(sha)
    if (!p) {
      p = (async () => {
        const tip = await prepare(sha)
        const outcome = tip.setupFailure ?? (await runChecks(settings.commands, tip.dir, settings.timeoutMs))
        summary.tipsRun++
        const result: CachedTip = outcome.ok ? { ok: true } : { ok: false, failure: outcome.failure! }
        // Only what reproduced is kept: a time-out depends on the machine's load, a flaky pass may not hold.
        if (outcome.timedOut) timedOutTips.add(sha)
        else if (!outcome.flaky.length) cache?.putTip(sha, result)
        return result
      })()
      tipChecks.set(sha, p)
    }
    return p
  }

  try {
    let done = 0
    await runPool(running, settings.maxParallel, async (pair) => {
      try {
        trials.set(pair, await tryPair(pair))
      } catch (error) {
        trials.set(pair, { verdict: 'error', reason: messageOf(error) })
      }
      done++
      options.progress?.(`Trial ${done}/${running.length}: ${pair.left} ↔ ${pair.right}: ${trials.get(pair)!.verdict}`)
    })
  } finally {
    trees.close()
    rmSync(root, { recursive: true, force: true })
  }
  return finish()

  async function tryPair(pair: PairResult): Promise<PairTrial> {
    const [l, r] = await Promise.all([checkTip(pair.leftSha), checkTip(pair.rightSha)])
    if (!l.ok || !r.ok) return untested(pair, l, r)
    const t0 = performance.now()
    summary.tried++
    const tree = await trees.mergeTree(pair.leftSha, pair.rightSha)
    const dir = join(root, `merge-${pair.leftSha.slice(0, 12)}-${pair.rightSha.slice(0, 12)}`)
    try {
      await trees.checkout(tree, dir)
      let setup: PairTrial['setup'] = 'none'
      let withSetup = false
      if (settings.setup) {
        const merged = await trees.manifests(tree)
        // A tip whose manifests equal the merge's can lend its install; one already set up (it was
        // checked this run) is preferred, so a re-run after one push sets up only the tip that moved.
        const fits: string[] = []
        if (settings.reuseSetup !== false)
          for (const sha of [pair.leftSha, pair.rightSha]) if (merged === (await trees.manifests(await trees.tipTree(sha)))) fits.push(sha)
        const chosen = fits.find((sha) => prepared.has(sha)) ?? fits[0]
        const prepped = chosen ? await prepare(chosen) : null
        const source = prepped && !prepped.setupFailure && !prepped.nested ? prepped : null
        if (source) {
          linkProducts(
            source.dir,
            dir,
            source.products.filter((name) => !existsSync(join(dir, name))),
          )
          setup = chosen === pair.leftSha ? 'reused-left' : 'reused-right'
          summary.setupReused++
          summary.setupSavedMs += source.setupMs
        } else {
          setup = 'ran'
          withSetup = true
        }
      }
      const outcome = await runChecks(checksOf(settings.commands, settings.setup, withSetup), dir, settings.timeoutMs)
      const durationMs = Math.round(performance.now() - t0)
      if (outcome.ok) {
        if (outcome.flaky.length) {
          logger.warning(`trial of ${pair.left} ↔ ${pair.right}: ${outcome.flaky.join(', ')} failed once and passed when run again (flaky)`)
          return { verdict: 'flaky', reason: `failed once, passed again: ${outcome.flaky.join(', ')}`, durationMs, setup }
        }
        cache?.putPair(pair.leftSha, pair.rightSha, { verdict: 'passed' })
        return { verdict: 'passed', durationMs, setup }
      }
      const failure = outcome.failure!
      const verdict = failure.kind === 'test' ? 'test-conflict' : 'build-conflict'
      if (!outcome.timedOut) cache?.putPair(pair.leftSha, pair.rightSha, { verdict, failure })
      return { verdict, failure, durationMs, setup }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  function finish(): TrialsOutcome {
    countVerdicts(trials.values(), summary)
    summary.tipsCached = [...tipOutcome.values()].filter(Boolean).length
    summary.durationMs = Math.round(performance.now() - started)
    if (timedOutTips.size) logger.debug(`trials: ${timedOutTips.size} tip(s) timed out; their results are not cached`)
    return { trials, summary }
  }
}
