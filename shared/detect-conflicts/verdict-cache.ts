import { checkFile, checkMessage, ConflictDataError as CacheError } from '../conflicts/check-conflict-data'
import type { CachedVerdict, DivergenceMemo, PairResult, PairSpec, VerdictMemo } from '../conflicts/types'
import { cacheText, COMMIT_ID, isRecord, openCacheText, sortedEntries, type CacheFormat, type StateCache } from '../state/log'

export { CacheError, type CachedVerdict }

/**
 * Verdicts kept between scans. With git's version, the merge settings and the
 * attributes pinned (`merge-sandbox.ts`) and the line-range limits fixed, a
 * pair's verdict, files, ranges and merge base depend only on its two commits,
 * so a verdict once computed holds for as long as both tips stay where they are.
 *
 * The cache is data from the state branch (state/log/state-cache.ts), so it
 * is checked, never trusted blindly: a cache made under another fingerprint (git version, pins, engine,
 * limits) is ignored; one that does not parse, or holds one malformed entry,
 * is dropped whole (the caller warns and scans every pair); entries are only
 * ever looked up by the commits of the pairs being scanned, which the scan has
 * checked exist, so entries for commits gone from the repository are never used
 * and are not written back.
 */

export const CACHE_KIND = 'agent-orchestrator/conflict-verdicts'
export const CACHE_VERSION = 1
/** Bump when anything that shapes a cached result changes (kinds, ranges, messages). */
export const ENGINE_VERSION = 1
/** A bound on the file: beyond it, the entries of this scan are kept first. */
export const MAX_ENTRIES = 50_000

const VERDICT_FORMAT: CacheFormat = { kind: CACHE_KIND, version: CACHE_VERSION, damaged: CacheError }

function pairKeyOf(leftSha: string, rightSha: string): string {
  return `${leftSha} ${rightSha}`
}

function checkVerdict(v: unknown, where: string): CachedVerdict {
  if (!isRecord(v)) throw new CacheError(`${where} is not an object`)
  const status = v.status
  if (status !== 'clean' && status !== 'conflicted' && status !== 'unrelated') throw new CacheError(`${where}.status is not a verdict`)
  const mergeBase = v.mergeBase
  if (!(mergeBase === null || (typeof mergeBase === 'string' && COMMIT_ID.test(mergeBase))))
    throw new CacheError(`${where}.mergeBase is not a commit id`)
  if ((status === 'unrelated') !== (mergeBase === null)) throw new CacheError(`${where}.mergeBase does not fit its verdict`)
  if (!Array.isArray(v.files)) throw new CacheError(`${where}.files is not a list`)
  const files = v.files.map((f, i) => checkFile(f, `${where}.files[${i}]`))
  if (status !== 'conflicted' && files.length) throw new CacheError(`${where} has files but is not conflicted`)
  const messages = v.messages === undefined ? undefined : Array.isArray(v.messages) ? v.messages : null
  if (messages === null) throw new CacheError(`${where}.messages is not a list`)
  const checked = messages?.map((m, i) => checkMessage(m, `${where}.messages[${i}]`))
  if (status === 'conflicted' && files.length === 0 && !checked?.length)
    throw new CacheError(`${where} is conflicted without files or messages`)
  return { status, mergeBase, files, ...(checked?.length ? { messages: checked } : {}) }
}

/**
 * A deep copy of plain data (objects, arrays, text, numbers, null), which a verdict is: several
 * times cheaper than structuredClone, which a re-scan paid for each of its 2,000 cached pairs.
 */
function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyData) as T
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const copy = copyData((value as Record<string, unknown>)[key])
    // A key "__proto__" (JSON.parse makes it an own key) stays a key: assigned, it would set the prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true })
    else out[key] = copy
  }
  return out as T
}

export class VerdictCache implements VerdictMemo, DivergenceMemo, StateCache {
  private readonly entries = new Map<string, CachedVerdict>()
  /** Divergence counts by "<branch commit> <against commit>": like a verdict, a function of the two commits. */
  private readonly divergence = new Map<string, [number, number]>()
  /** The text this cache was parsed from: writing the same text again is skipped without a git call. */
  readText?: string
  /** Lookups answered from the cache so far. */
  hits = 0
  /** Whether a verdict or a count was kept since the cache was read. */
  private changed = false
  /** The state commit the cache was read at (null: the branch did not exist; undefined: not read from a branch). */
  readAt?: string | null

  constructor(readonly fingerprint: string) {}

  /**
   * Reads a stored cache. Null when it was made under another fingerprint (not
   * an error: git or the engine changed); throws CacheError when it is damaged.
   */
  static parse(text: string, fingerprint: string): VerdictCache | null {
    const data = openCacheText(text, VERDICT_FORMAT, fingerprint)
    if (!data) return null
    if (!isRecord(data.entries)) throw new CacheError('entries is not an object')
    const cache = new VerdictCache(fingerprint)
    for (const [key, value] of Object.entries(data.entries)) {
      const [left, right, extra] = key.split(' ')
      if (!left || !right || extra !== undefined || !COMMIT_ID.test(left) || !COMMIT_ID.test(right))
        throw new CacheError(`entry ${JSON.stringify(key.slice(0, 200))} is not keyed by two commit ids`)
      cache.entries.set(key, checkVerdict(value, `entry ${key.slice(0, 12)}…`))
    }
    // Older files have no divergence section: it is then empty, not damaged.
    const divergence = data.divergence ?? {}
    if (!isRecord(divergence)) throw new CacheError('divergence is not an object')
    for (const [key, value] of Object.entries(divergence)) {
      const [branch, against, extra] = key.split(' ')
      if (!branch || !against || extra !== undefined || !COMMIT_ID.test(branch) || !COMMIT_ID.test(against))
        throw new CacheError(`divergence ${JSON.stringify(key.slice(0, 200))} is not keyed by two commit ids`)
      if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => Number.isSafeInteger(n) && (n as number) >= 0))
        throw new CacheError(`divergence ${key.slice(0, 12)}… is not two counts`)
      cache.divergence.set(key, [value[0] as number, value[1] as number])
    }
    cache.readText = text
    return cache
  }

  get size(): number {
    return this.entries.size
  }

  has(pair: Pick<PairSpec, 'leftSha' | 'rightSha'>): boolean {
    return this.entries.has(pairKeyOf(pair.leftSha, pair.rightSha))
  }

  /** The verdict of a pair, as a fresh copy (callers may change it). */
  get(pair: Pick<PairSpec, 'leftSha' | 'rightSha'>): CachedVerdict | undefined {
    const hit = this.entries.get(pairKeyOf(pair.leftSha, pair.rightSha))
    if (!hit) return undefined
    this.hits++
    return copyData(hit)
  }

  /** Keeps a result; errors are not verdicts and are never kept. */
  put(result: PairResult): void {
    if (result.status === 'error' || result.mergeBase === undefined) return
    this.changed = true
    this.entries.set(pairKeyOf(result.leftSha, result.rightSha), {
      status: result.status,
      mergeBase: result.mergeBase,
      files: result.files,
      ...(result.messages?.length ? { messages: result.messages } : {}),
    })
  }

  getDivergence(branchSha: string, againstSha: string): [number, number] | undefined {
    const hit = this.divergence.get(pairKeyOf(branchSha, againstSha))
    return hit ? [hit[0], hit[1]] : undefined
  }

  putDivergence(branchSha: string, againstSha: string, ahead: number, behind: number): void {
    this.changed = true
    this.divergence.set(pairKeyOf(branchSha, againstSha), [ahead, behind])
  }

  /**
   * Whether `serialize` would give back the text read: nothing kept since, and every entry still
   * between `tips` (none would go), so a re-scan where nothing moved skips sorting and writing 2,000 verdicts.
   */
  unchangedFor(tips: ReadonlySet<string>): boolean {
    if (this.changed || this.readText === undefined) return false
    if (this.entries.size > MAX_ENTRIES || this.divergence.size > MAX_ENTRIES) return false
    const between = (key: string) => {
      const space = key.indexOf(' ')
      return tips.has(key.slice(0, space)) && tips.has(key.slice(space + 1))
    }
    for (const key of this.entries.keys()) if (!between(key)) return false
    for (const key of this.divergence.keys()) if (!between(key)) return false
    return true
  }

  /**
   * The file to store: this scan's pairs, plus older entries whose commits
   * are all still `tips` (a moved branch's old verdicts go), sorted, bounded.
   */
  serialize(scanned: ReadonlyArray<Pick<PairSpec, 'leftSha' | 'rightSha'>>, tips: ReadonlySet<string>): string {
    const keep = new Map<string, CachedVerdict>()
    for (const p of scanned) {
      const key = pairKeyOf(p.leftSha, p.rightSha)
      const v = this.entries.get(key)
      if (v) keep.set(key, v)
    }
    for (const [key, v] of this.entries) {
      if (keep.size >= MAX_ENTRIES) break
      const [left, right] = key.split(' ')
      if (!keep.has(key) && tips.has(left!) && tips.has(right!)) keep.set(key, v)
    }
    const counts = [...this.divergence].filter(([key]) => key.split(' ').every((sha) => tips.has(sha)))
    return cacheText(VERDICT_FORMAT, this.fingerprint, {
      entries: sortedEntries(keep, MAX_ENTRIES),
      divergence: sortedEntries(counts, MAX_ENTRIES),
    })
  }
}
