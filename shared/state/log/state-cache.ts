import type { StateStore } from './store'
import { readStateFile, writeStateFile, type StateFileRead, type StateFileWrite } from './state-file'

/*
 * A cache on the state branch: derived data (conflict verdicts, trial
 * results) kept in one JSON file under `cache/`, written by its own
 * compare-and-swap commit (state-file.ts). Every such file has the same
 * envelope, `{"kind", "version", "fingerprint", ...sections}` followed by a
 * newline, and is read the same way: the file is data from a branch anyone
 * with write access can change, so a file of another kind or one that is not
 * JSON is damaged (the cache's own error), and one of another version or
 * fingerprint (git, the engine or the settings changed) is ignored whole. The
 * sections (maps from a key to an entry) are the cache's own to check.
 */

/** What a cache's file is: its kind, format version and the error a damaged file is reported with. */
export interface CacheFormat {
  kind: string
  version: number
  damaged: new (message: string) => Error
}

/** A cache read from the branch: the fingerprint it was made under and the state commit it was read at. */
export interface StateCache {
  readonly fingerprint: string
  /** The state commit the cache was read at (null: the branch did not exist; undefined: not read from a branch). */
  readAt?: string | null
}

/** A commit id, sha1 or sha256: the keys of every cache. */
export const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * The file's fields besides the envelope's, or null when it was made under
 * another version or fingerprint (not an error). Throws `format.damaged` when
 * it is not JSON or not a file of this kind.
 */
export function openCacheText(text: string, format: CacheFormat, fingerprint: string): Record<string, unknown> | null {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new format.damaged(`not JSON (${e instanceof Error ? e.message : String(e)})`)
  }
  if (!isRecord(data) || data.kind !== format.kind) throw new format.damaged(`not a ${format.kind} file`)
  if (data.version !== format.version || data.fingerprint !== fingerprint) return null
  return data
}

/** The file's text: the envelope, then each section as given (callers sort and bound them: see sortedEntries). */
export function cacheText(format: CacheFormat, fingerprint: string, sections: Record<string, Record<string, unknown>>): string {
  return `${JSON.stringify({ kind: format.kind, version: format.version, fingerprint, ...sections })}\n`
}

/** A section as stored: entries sorted by key (so the same cache gives the same bytes), the first `max` kept. */
export function sortedEntries<T>(entries: Iterable<[string, T]>, max: number): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, max))
}

/** Why a cache read from the branch is what it is: no file, a file made under another fingerprint, or the file's entries. */
export type CacheFound = 'none' | 'other' | 'read'

/**
 * The cache at `relative` on the state branch, marked with the commit it was
 * read at: `parse`'s (null from parse: another fingerprint) or, when there is
 * none, `empty()`; from `known` when the caller read the file already (StateStore.read's `alsoRead`). Errors (a damaged file, an unreadable branch) are thrown:
 * each cache words its own warning.
 */
export async function readStateCache<C extends StateCache>(
  store: StateStore,
  relative: string,
  parse: (text: string) => C | null,
  empty: () => C,
  known?: StateFileRead,
): Promise<{ cache: C; found: CacheFound }> {
  const { content, commit } = await readStateFile(store, relative, known)
  const parsed = content ? parse(content.toString('utf8')) : null
  const cache = parsed ?? empty()
  cache.readAt = commit
  return { cache, found: parsed ? 'read' : content ? 'other' : 'none' }
}

/** Writes the cache's text in a commit of its own on top of the head it was read at (nothing when unchanged). */
export async function writeStateCache(
  store: StateStore,
  relative: string,
  cache: StateCache,
  text: string,
  message: string,
): Promise<StateFileWrite> {
  return writeStateFile(store, relative, text, { message, head: cache.readAt })
}
