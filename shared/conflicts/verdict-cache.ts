import type { CachedVerdict, ConflictFile, ConflictKind, ConflictMessage, LineRange, PairResult, PairSpec, VerdictLookup } from './types'

/**
 * Verdicts kept between scans. With git's version, the merge settings and the
 * attributes pinned (`merge-sandbox.ts`) and the line-range limits fixed, a
 * pair's verdict, files, ranges and merge base depend only on its two commits,
 * so a verdict once computed holds for as long as both tips stay where they are.
 *
 * The cache is data from the state branch, so it is checked, never trusted
 * blindly: a cache made under another fingerprint (git version, pins, engine,
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

export type { CachedVerdict }

export class CacheError extends Error {}

const OID_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
// A record, so that the compiler insists on every kind.
const KIND_NAMES: Record<ConflictKind, true> = {
  content: true,
  'add/add': true,
  'modify/delete': true,
  rename: true,
  'file/directory': true,
  'distinct types': true,
  binary: true,
  submodule: true,
  other: true,
}
const KINDS = new Set<string>(Object.keys(KIND_NAMES))

function pairKeyOf(leftSha: string, rightSha: string): string {
  return `${leftSha} ${rightSha}`
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function checkRanges(v: unknown, where: string): LineRange[] {
  if (!Array.isArray(v)) throw new CacheError(`${where} is not a list`)
  return v.map((r, i) => {
    if (!isObject(r) || !Number.isSafeInteger(r.start) || !Number.isSafeInteger(r.end))
      throw new CacheError(`${where}[${i}] is not a line range`)
    const start = r.start as number
    const end = r.end as number
    if (start < 1 || end < start - 1) throw new CacheError(`${where}[${i}] is not a line range`)
    return { start, end }
  })
}

function checkString(v: unknown, where: string): string {
  if (typeof v !== 'string') throw new CacheError(`${where} is not text`)
  return v
}

export function checkFile(v: unknown, where: string): ConflictFile {
  if (!isObject(v)) throw new CacheError(`${where} is not an object`)
  const kind = checkString(v.kind, `${where}.kind`)
  if (!KINDS.has(kind)) throw new CacheError(`${where}.kind ${JSON.stringify(kind)} is not a conflict kind`)
  const file: ConflictFile = {
    path: checkString(v.path, `${where}.path`),
    ...(v.pathBase64 === undefined ? {} : { pathBase64: checkString(v.pathBase64, `${where}.pathBase64`) }),
    kind: kind as ConflictFile['kind'],
    leftRanges: checkRanges(v.leftRanges, `${where}.leftRanges`),
    rightRanges: checkRanges(v.rightRanges, `${where}.rightRanges`),
    ...(v.rangesSkipped === undefined ? {} : { rangesSkipped: checkString(v.rangesSkipped, `${where}.rangesSkipped`) }),
    ...(v.message === undefined ? {} : { message: checkString(v.message, `${where}.message`) }),
  }
  if (file.leftRanges.length !== file.rightRanges.length) throw new CacheError(`${where} has unpaired ranges`)
  return file
}

export function checkMessage(v: unknown, where: string): ConflictMessage {
  if (!isObject(v) || !Array.isArray(v.paths)) throw new CacheError(`${where} is not a conflict message`)
  return {
    paths: v.paths.map((p, i) => checkString(p, `${where}.paths[${i}]`)),
    type: checkString(v.type, `${where}.type`),
    text: checkString(v.text, `${where}.text`),
  }
}

function checkVerdict(v: unknown, where: string): CachedVerdict {
  if (!isObject(v)) throw new CacheError(`${where} is not an object`)
  const status = v.status
  if (status !== 'clean' && status !== 'conflicted' && status !== 'unrelated') throw new CacheError(`${where}.status is not a verdict`)
  const mergeBase = v.mergeBase
  if (!(mergeBase === null || (typeof mergeBase === 'string' && OID_RE.test(mergeBase))))
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

export class VerdictCache implements VerdictLookup {
  private readonly entries = new Map<string, CachedVerdict>()
  /** Lookups answered from the cache so far. */
  hits = 0
  /** The state commit the cache was read at (null: the branch did not exist; undefined: not read from a branch). */
  readAt?: string | null

  constructor(readonly fingerprint: string) {}

  /**
   * Reads a stored cache. Null when it was made under another fingerprint (not
   * an error: git or the engine changed); throws CacheError when it is damaged.
   */
  static parse(text: string, fingerprint: string): VerdictCache | null {
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch (e) {
      throw new CacheError(`not JSON (${e instanceof Error ? e.message : String(e)})`)
    }
    if (!isObject(data) || data.kind !== CACHE_KIND) throw new CacheError(`not a ${CACHE_KIND} file`)
    if (data.version !== CACHE_VERSION || data.fingerprint !== fingerprint) return null
    if (!isObject(data.entries)) throw new CacheError('entries is not an object')
    const cache = new VerdictCache(fingerprint)
    for (const [key, value] of Object.entries(data.entries)) {
      const [left, right, extra] = key.split(' ')
      if (!left || !right || extra !== undefined || !OID_RE.test(left) || !OID_RE.test(right))
        throw new CacheError(`entry ${JSON.stringify(key.slice(0, 200))} is not keyed by two commit ids`)
      cache.entries.set(key, checkVerdict(value, `entry ${key.slice(0, 12)}…`))
    }
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
    return structuredClone(hit)
  }

  /** Keeps a result; errors are not verdicts and are never kept. */
  put(result: PairResult): void {
    if (result.status === 'error' || result.mergeBase === undefined) return
    this.entries.set(pairKeyOf(result.leftSha, result.rightSha), {
      status: result.status,
      mergeBase: result.mergeBase,
      files: result.files,
      ...(result.messages?.length ? { messages: result.messages } : {}),
    })
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
    const entries = Object.fromEntries([...keep].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, MAX_ENTRIES))
    return `${JSON.stringify({ kind: CACHE_KIND, version: CACHE_VERSION, fingerprint: this.fingerprint, entries })}\n`
  }
}
