import { createHash } from 'node:crypto'
import { cacheText, COMMIT_ID, isRecord, openCacheText, sortedEntries, type CacheFormat, type StateCache } from '../state/log'
import type { CheckFailure, TrialCommand, TrialMode } from './types'

/**
 * Trial results kept between scans, next to the verdict cache on the state
 * branch. A result depends on the commits, the checks (mode, commands,
 * setup), node's and git's versions and this engine: all but the commits go
 * into the fingerprint, so a cache made under another one is ignored whole.
 * Only results that reproduced are kept: never a flaky one, never a time-out
 * (the machine's load decides those), never an error.
 *
 * The file comes from the state branch (state/log/state-cache.ts): it is
 * checked like the verdict cache, and a damaged one is dropped whole (every
 * trial runs again).
 */

export const TRIAL_CACHE_KIND = 'agent-orchestrator/trial-results'
export const TRIAL_CACHE_VERSION = 1
/** Bump when what a trial does or records changes. */
export const TRIAL_ENGINE_VERSION = 1
export const MAX_TRIAL_ENTRIES = 20_000
const MAX_TAIL = 8000

export interface CachedTip {
  ok: boolean
  failure?: CheckFailure
}
export interface CachedPair {
  verdict: 'passed' | 'build-conflict' | 'test-conflict'
  failure?: CheckFailure
}

export class TrialCacheError extends Error {}

const TRIAL_FORMAT: CacheFormat = { kind: TRIAL_CACHE_KIND, version: TRIAL_CACHE_VERSION, damaged: TrialCacheError }

export function trialFingerprint(parts: {
  mode: TrialMode
  commands: readonly TrialCommand[]
  setup?: string
  node: string
  git: string
}): string {
  const text = JSON.stringify([
    TRIAL_ENGINE_VERSION,
    parts.mode,
    parts.commands.map((c) => [c.name, c.command, c.kind]),
    parts.setup ?? '',
    parts.node,
    parts.git,
  ])
  return createHash('sha256').update(text).digest('hex')
}

/** A check failure from untrusted JSON (the cache, or a trial job's report); throws on a bad shape. */
export function checkFailure(v: unknown, where: string): CheckFailure {
  if (!isRecord(v)) throw new TrialCacheError(`${where} is not an object`)
  const { check, kind, exitCode, reason, tail } = v
  if (typeof check !== 'string' || check.length > 200) throw new TrialCacheError(`${where}.check is not a check name`)
  if (kind !== 'setup' && kind !== 'build' && kind !== 'test') throw new TrialCacheError(`${where}.kind is not setup, build or test`)
  if (!(exitCode === null || Number.isSafeInteger(exitCode))) throw new TrialCacheError(`${where}.exitCode is not an exit code`)
  if (reason !== undefined && (typeof reason !== 'string' || reason.length > 500)) throw new TrialCacheError(`${where}.reason is not text`)
  if (typeof tail !== 'string') throw new TrialCacheError(`${where}.tail is not text`)
  return {
    check,
    kind,
    exitCode: exitCode as number | null,
    ...(reason !== undefined ? { reason: reason as string } : {}),
    tail: tail.length > MAX_TAIL ? tail.slice(-MAX_TAIL) : tail,
  }
}

export class TrialCache implements StateCache {
  private readonly tips = new Map<string, CachedTip>()
  private readonly pairs = new Map<string, CachedPair>()
  hits = 0
  readAt?: string | null

  constructor(readonly fingerprint: string) {}

  static parse(text: string, fingerprint: string): TrialCache | null {
    const data = openCacheText(text, TRIAL_FORMAT, fingerprint)
    if (!data) return null
    if (!isRecord(data.tips) || !isRecord(data.pairs)) throw new TrialCacheError('tips or pairs is not an object')
    const cache = new TrialCache(fingerprint)
    for (const [sha, v] of Object.entries(data.tips)) {
      if (!COMMIT_ID.test(sha) || !isRecord(v) || typeof v.ok !== 'boolean')
        throw new TrialCacheError(`tip entry ${sha.slice(0, 50)} is not valid`)
      if (v.ok === (v.failure !== undefined)) throw new TrialCacheError(`tip entry ${sha} does not fit its outcome`)
      cache.tips.set(sha, { ok: v.ok, ...(v.failure !== undefined ? { failure: checkFailure(v.failure, `tip ${sha}`) } : {}) })
    }
    for (const [key, v] of Object.entries(data.pairs)) {
      const [l, r, extra] = key.split(' ')
      if (!l || !r || extra !== undefined || !COMMIT_ID.test(l) || !COMMIT_ID.test(r))
        throw new TrialCacheError(`pair entry ${key.slice(0, 100)} is not two commit ids`)
      if (!isRecord(v) || !['passed', 'build-conflict', 'test-conflict'].includes(v.verdict as string))
        throw new TrialCacheError(`pair entry ${key} has no trial verdict`)
      if ((v.verdict === 'passed') !== (v.failure === undefined)) throw new TrialCacheError(`pair entry ${key} does not fit its verdict`)
      cache.pairs.set(key, {
        verdict: v.verdict as CachedPair['verdict'],
        ...(v.failure !== undefined ? { failure: checkFailure(v.failure, `pair ${key}`) } : {}),
      })
    }
    return cache
  }

  get size(): number {
    return this.tips.size + this.pairs.size
  }

  tip(sha: string): CachedTip | undefined {
    const hit = this.tips.get(sha)
    if (hit) this.hits++
    return hit && structuredClone(hit)
  }

  pair(leftSha: string, rightSha: string): CachedPair | undefined {
    const hit = this.pairs.get(`${leftSha} ${rightSha}`)
    if (hit) this.hits++
    return hit && structuredClone(hit)
  }

  putTip(sha: string, value: CachedTip): void {
    this.tips.set(sha, value)
  }

  putPair(leftSha: string, rightSha: string, value: CachedPair): void {
    this.pairs.set(`${leftSha} ${rightSha}`, value)
  }

  /** The file to store: entries whose commits are all still `tips` (a moved branch's old results go), sorted, bounded. */
  serialize(live: ReadonlySet<string>): string {
    const sorted = <T>(m: Map<string, T>, keep: (k: string) => boolean) =>
      sortedEntries(
        [...m].filter(([k]) => keep(k)),
        MAX_TRIAL_ENTRIES,
      )
    const tips = sorted(this.tips, (k) => live.has(k))
    const pairs = sorted(this.pairs, (k) => k.split(' ').every((s) => live.has(s)))
    return cacheText(TRIAL_FORMAT, this.fingerprint, { tips, pairs })
  }
}
