import { realpathSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { readConfig } from '../config/config-source'
import { confinePath } from '../confine-path'
import { displayPath } from '../conflicts/raw-path'
import { InputError } from '../errors'
import { branchOfRef } from '../naming/validate'
import { Git } from '../git/git'
import { fetchPruned, isRemoteName, privateRef, validateRemote } from '../git/remote'
import { checkoutFacts } from '../git/refs'
import { branchGlob, type BranchNaming, type Role } from '../naming/branch-pattern'
import { quote } from '../text/quote'
import type { LineRange } from '../state/events'
import { resolveCaller, type Caller } from './caller'
import { changeOf, mtimeOf, readCache, siblingTips, updateCache, writeCache, type UpdateStats } from './sibling-cache'

export const CACHE_FILE = 'orchestrator/sibling-changes.json'

export interface SiblingHit {
  branch: string
  role: Role
  tip: string
  base: string
  /** The changed lines in the sibling's version (empty ranges: lines removed there). */
  ranges: LineRange[]
  binary: boolean
}

export interface PathAnswer {
  /** Repository-relative, as displayed (git's quoted form when not plain text; then pathBase64 has the bytes). */
  path: string
  pathBase64?: string
  siblings: SiblingHit[]
}

export interface DataAge {
  /** When the siblings' refs were last fetched (ours or a plain `git fetch`), if known. */
  fetchedAt: string | null
  /** When the cache was last brought up to date with moved refs. */
  builtAt: string
  /** Seconds since fetchedAt (else builtAt). */
  ageSeconds: number
}

export interface CheckPathResult {
  caller: Caller
  answers: PathAnswer[]
  collision: boolean
  siblings: Array<{ branch: string; tip: string; role: Role }>
  data: DataAge
  stats: UpdateStats
}

/** Where the repository is, as one `rev-parse` (the hook's budget has no room for more). */
export interface Located {
  git: Git
  toplevel: string
  cachePath: string
  fetchHead: string
  head: string
  branch: string | null
}

export async function locate(cwd: string): Promise<Located> {
  const located = locatedBy(cwd, await checkoutFacts(new Git(cwd), CACHE_FILE))
  if (!located)
    throw new InputError(`${quote(cwd)} is not a git work tree with a commit checked out; check-path runs inside an agent's checkout`)
  return located
}

/**
 * `locate` from `checkoutFacts`' lines for CACHE_FILE asked already (with the repository's first rev-parse:
 * `checkoutFactArgs`); null when they say this is no work tree with a commit checked out.
 */
export function locatedBy(cwd: string, lines: readonly string[] | null): Located | null {
  if (!lines || lines.length < 5 || !/^[0-9a-f]{40,64}$/.test(lines[3]!)) return null
  let toplevel: string
  try {
    toplevel = realpathSync(lines[0]!)
  } catch {
    return null
  }
  const at = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p))
  return {
    git: new Git(cwd),
    toplevel,
    cachePath: at(lines[1]!),
    fetchHead: at(lines[2]!),
    head: lines[3]!,
    branch: branchOfRef(lines[4]!),
  }
}

/** A path named on the command line → its repository-relative bytes (latin1); outside the repository → exit 2. */
export function repoPath(value: string, cwd: string, toplevel: string): string {
  const absolute = confinePath(resolve(cwd, value), 'path', { cwd: toplevel, tempDir: toplevel }, { allowControls: true })
  const rel = relative(toplevel, absolute)
  if (rel === '' || rel.startsWith('..')) throw new InputError(`path ${quote(value)} is not a file inside the repository (${toplevel})`)
  return Buffer.from(rel.split(sep).join('/'), 'utf8').toString('latin1')
}

export interface CheckPathOptions {
  paths: readonly string[]
  remote: string
  /** Fetch the feature's branches first (network), then refresh. */
  fetch?: boolean
  /** The configuration file's path (for the branch naming). */
  configPath?: string
  cwd: string
  now: Date
  /** Repository already located (the hook locates before parsing paths). */
  located?: Located
}

/** The caller's feature siblings and what they changed, from the cache (brought up to date with what moved). */
export async function checkPaths(options: CheckPathOptions): Promise<CheckPathResult> {
  // It reaches `git fetch` as an argument: an option in disguise (`-u…`) is refused before any git call.
  validateRemote(options.remote)
  const where = options.located ?? (await locate(options.cwd))
  const wanted = options.paths.map((p) => repoPath(p, options.cwd, where.toplevel))
  const naming = (await readConfig({ kind: 'work-tree', path: options.configPath }, { cwd: where.toplevel })).branches
  const caller = resolveCaller(where.toplevel, where.branch, naming)
  if (!caller)
    throw new InputError(
      `cannot tell which feature this checkout works on: branch ${quote(where.branch ?? '(detached)')} is not an agent branch and .orchestrator/agent.local names none (run "orchestrator agents setup")`,
    )
  if (options.fetch) await fetchSiblings(where.git, options.remote, naming, caller)
  const { cache, stats } = await refresh(where, options.remote, naming, caller, options.now, Boolean(options.fetch))
  const answers = wanted.map((bytes): PathAnswer => {
    const hits: SiblingHit[] = []
    for (const s of cache.siblings) {
      const change = s.base ? changeOf(s, bytes) : null
      if (change) hits.push({ branch: s.branch, role: s.role, tip: s.tip, base: s.base!, ...change })
    }
    return { ...displayPath(bytes), siblings: hits }
  })
  const fetchHead = mtimeOf(where.fetchHead)
  const fetchedAt =
    [cache.fetchedAt, fetchHead]
      .filter((t): t is string => Boolean(t))
      .sort()
      .pop() ?? null
  const since = Date.parse(fetchedAt ?? cache.builtAt)
  return {
    caller,
    answers,
    collision: answers.some((a) => a.siblings.length > 0),
    siblings: cache.siblings.map((s) => ({ branch: s.branch, tip: s.tip, role: s.role })),
    data: { fetchedAt, builtAt: cache.builtAt, ageSeconds: Math.max(0, Math.round((options.now.getTime() - since) / 1000)) },
    stats,
  }
}

async function refresh(where: Located, remote: string, naming: BranchNaming, caller: Caller, now: Date, fetched: boolean) {
  const tips = await siblingTips(where.git, remote, naming, caller)
  const previous = readCache(where.cachePath, caller)
  const updated = await updateCache(where.git, previous, tips, where.head, caller, now)
  if (fetched) updated.cache.fetchedAt = now.toISOString()
  if (updated.changed || fetched) writeCache(where.cachePath, updated.cache)
  return updated
}

/** One `git fetch` of the feature's branches: remote-tracking refs for a named remote, else our private refs. */
async function fetchSiblings(git: Git, remote: string, naming: BranchNaming, caller: Caller): Promise<void> {
  const glob = branchGlob(naming, caller.spec)
  const named = isRemoteName(remote)
  const dst = named ? `refs/remotes/${remote}/${glob}` : privateRef(glob)
  await fetchPruned(git, remote, `+refs/heads/${glob}:${dst}`)
}

/**
 * Refreshes the cache after something else fetched the branches (check-conflicts):
 * nothing when this checkout is not an agent's. Never throws: the scan must not
 * fail because of a side cache.
 */
export async function refreshAfterFetch(
  cwd: string,
  remote: string,
  naming: BranchNaming,
  now: Date,
  readRoleFile: boolean,
  /** What the caller found already (`locatedBy`; null: not a checkout); undefined: asked here. */
  located?: Located | null,
): Promise<UpdateStats | null> {
  try {
    const where = located === undefined ? await locate(cwd) : located
    if (!where) return null
    const caller = resolveCaller(where.toplevel, where.branch, naming, readRoleFile)
    if (!caller) return null
    return (await refresh(where, remote, naming, caller, now, true)).stats
  } catch {
    return null
  }
}
