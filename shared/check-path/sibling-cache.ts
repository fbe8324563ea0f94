import { readFileSync, statSync } from 'node:fs'
import { replaceConfined } from '../confine-path'
import { dirname } from 'node:path'
import type { Git } from '../git/git'
import { isRemoteName, PRIVATE_PREFIX } from '../git/remote'
import { parseBranch, type BranchNaming, type Role } from '../naming/branch-pattern'
import type { LineRange } from '../state/events'
import type { Caller } from './caller'
import { changedPaths } from './patch-ranges'
import { listRefs } from '../git/refs'
import { commitParents } from '../git/history'

/** One sibling as cached: what it changed since its merge base with HEAD, valid while both tips stay. */
export interface SiblingEntry {
  branch: string
  role: Role
  tip: string
  /** HEAD when the merge base was taken; a new HEAD only needs a new merge base, not a new diff, when the base stays. */
  head: string
  base: string | null
  /** Changed path (bytes as latin1) → changed lines of the sibling's version as [start, end] pairs, or "binary". */
  paths: Record<string, Array<[number, number]> | 'binary'>
}

export interface SiblingCache {
  version: 1
  spec: string
  agent: string
  /** When the entries were last brought up to date with the refs (ISO time). */
  builtAt: string
  /** When the remote's branches were last fetched by us (check-path --fetch, check-conflicts), if known. */
  fetchedAt?: string
  siblings: SiblingEntry[]
}

export interface SiblingTip {
  branch: string
  role: Role
  tip: string
  /** The ref the tip was read from. */
  ref: string
}

/**
 * The caller's siblings and their tips, from one `for-each-ref`: the
 * remote-tracking refs (`git fetch`) and the private refs check-conflicts
 * fetches into. When both know a branch, the newer commit wins.
 */
export async function siblingTips(git: Git, remote: string, naming: BranchNaming, caller: Caller): Promise<SiblingTip[]> {
  const literal = naming.pattern.slice(0, naming.pattern.indexOf('{'))
  const roots = [`${PRIVATE_PREFIX}${literal}`]
  const named = isRemoteName(remote)
  if (named) roots.unshift(`refs/remotes/${remote}/${literal}`)
  const out = await listRefs(git, '%(objectname) %(committerdate:unix) %(refname)', roots)
  const best = new Map<string, { tip: string; time: number; role: Role; ref: string }>()
  for (const line of out.split('\n')) {
    const m = /^([0-9a-f]{40,64}) (\d+) (.+)$/.exec(line)
    if (!m) continue
    const ref = m[3]!
    const name = ref.startsWith(PRIVATE_PREFIX) ? ref.slice(PRIVATE_PREFIX.length) : ref.slice(`refs/remotes/${remote}/`.length)
    const parsed = parseBranch(naming, name)
    if (!parsed || parsed.spec !== caller.spec || name === caller.branch) continue
    const time = Number(m[2])
    const known = best.get(name)
    if (!known || time > known.time) best.set(name, { tip: m[1]!, time, role: parsed.role, ref })
  }
  return [...best.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([branch, v]) => ({ branch, role: v.role, tip: v.tip, ref: v.ref }))
}

/** The cache file, or null when it is missing, unreadable or for another agent (then it is rebuilt). */
export function readCache(path: string, caller: Caller): SiblingCache | null {
  try {
    const cache = JSON.parse(readFileSync(path, 'utf8')) as SiblingCache
    if (cache.version !== 1 || cache.spec !== caller.spec || cache.agent !== caller.branch || !Array.isArray(cache.siblings)) return null
    return cache
  } catch {
    return null
  }
}

/** Written whole to a temporary file then renamed: a reader never sees half a cache, two writers never mix. */
export function writeCache(path: string, cache: SiblingCache): void {
  // It lives in <git folder>/orchestrator/ (CACHE_FILE): written through the one gate, no link followed.
  replaceConfined(dirname(dirname(path)), path, `${JSON.stringify(cache)}\n`)
}

export interface UpdateStats {
  /** Siblings whose diff was recomputed (tip moved, or new merge base). */
  diffed: string[]
  /** Siblings that only needed a new merge base (HEAD moved). */
  rebased: string[]
}

/**
 * Brings the cache up to the current tips and HEAD, touching only what moved:
 * an entry whose sibling tip and HEAD are unchanged is used as is (no git
 * call); a new HEAD costs one `merge-base` per sibling, and a diff only when
 * the base changed; a moved tip costs one merge base and one diff of that pair.
 */
export async function updateCache(
  git: Git,
  previous: SiblingCache | null,
  tips: readonly SiblingTip[],
  head: string,
  caller: Caller,
  now: Date,
): Promise<{ cache: SiblingCache; stats: UpdateStats; changed: boolean }> {
  const stats: UpdateStats = { diffed: [], rebased: [] }
  const old = new Map((previous?.siblings ?? []).map((s) => [s.branch, s]))
  const keep = await keptBases(git, head, tips, old)
  const siblings = await Promise.all(
    tips.map(async (t): Promise<SiblingEntry> => {
      const known = old.get(t.branch)
      if (known && known.tip === t.tip && known.head === head) return known
      const base = known && keep.has(t.branch) ? known.base : await git.mergeBase(head, t.tip)
      if (known && known.tip === t.tip && known.base === base) {
        stats.rebased.push(t.branch)
        return { ...known, head }
      }
      stats.diffed.push(t.branch)
      return { branch: t.branch, role: t.role, tip: t.tip, head, base, paths: base ? await pathsOf(git, base, t.tip) : {} }
    }),
  )
  const changed = !previous || stats.diffed.length > 0 || stats.rebased.length > 0 || previous.siblings.length !== siblings.length
  const cache: SiblingCache = {
    version: 1,
    spec: caller.spec,
    agent: caller.branch,
    builtAt: changed || !previous ? now.toISOString() : previous.builtAt,
    ...(previous?.fetchedAt ? { fetchedAt: previous.fetchedAt } : {}),
    siblings,
  }
  return { cache, stats, changed }
}

/**
 * The siblings (same tip, entry taken at another HEAD) whose merge base cannot
 * have changed, found with two git calls instead of one merge base each: when
 * HEAD only gained commits of its own on top of the entries' HEAD (a chain
 * without merges: the agent committed), the common ancestors with a sibling are
 * the same unless the sibling has the first of those commits (it pulled from us).
 */
async function keptBases(git: Git, head: string, tips: readonly SiblingTip[], old: Map<string, SiblingEntry>): Promise<Set<string>> {
  const kept = new Set<string>()
  const moved = tips.filter((t) => old.get(t.branch)?.tip === t.tip && old.get(t.branch)!.head !== head)
  const oldHead = moved.length ? old.get(moved[0]!.branch)!.head : null
  if (!oldHead) return kept
  const commits = await commitParents(git, `${oldHead}..${head}`)
  // A merge, a root, or a HEAD that does not descend from the old one: every base is taken again.
  const first = commits?.find((c) => c[1] === oldHead)
  if (!commits || !first || commits.some((c) => c.length !== 2)) return kept
  const same = moved.filter((t) => old.get(t.branch)!.head === oldHead)
  const containing = new Set(
    (
      await listRefs(
        git,
        '%(refname)',
        same.map((t) => t.ref),
        { contains: first[0]! },
      )
    ).split('\n'),
  )
  for (const t of same) if (!containing.has(t.ref)) kept.add(t.branch)
  return kept
}

async function pathsOf(git: Git, base: string, tip: string): Promise<SiblingEntry['paths']> {
  // No prototype: a file named "__proto__" or "constructor" is a key like any other.
  const out = Object.create(null) as SiblingEntry['paths']
  for (const [path, change] of await changedPaths(git, base, tip))
    out[path] = change.binary ? 'binary' : change.ranges.map((r) => [r.start, r.end])
  return out
}

/** What a sibling changed in `path` (a byte string), or null when it did not change it. */
export function changeOf(entry: SiblingEntry, path: string): { ranges: LineRange[]; binary: boolean } | null {
  if (!Object.hasOwn(entry.paths, path)) return null
  const value = entry.paths[path]!
  return value === 'binary' ? { ranges: [], binary: true } : { ranges: value.map(([start, end]) => ({ start, end })), binary: false }
}

/** Modification time of a file as an ISO time, or null. */
export function mtimeOf(path: string): string | null {
  try {
    return statSync(path).mtime.toISOString()
  } catch {
    return null
  }
}
