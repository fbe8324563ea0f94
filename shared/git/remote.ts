import { InputError, messageOf } from '../errors'
import { quote } from '../text/quote'
import { Git } from './git'
import { listRefs, updateRefs } from './refs'
import { C0, C1, DEL, charPattern } from '../text/controls'

const C0_CONTROL = charPattern([C0])
const CONTROL = charPattern([C0, DEL, C1])

/**
 * Remote branches are fetched into a private namespace, so that nothing of
 * the user's (branches, remote-tracking refs, HEAD) moves, and so that a
 * remote given as a path or URL works like a named one.
 */
export const PRIVATE_PREFIX = 'refs/orchestrator/heads/'

export function privateRef(branch: string): string {
  return `${PRIVATE_PREFIX}${branch}`
}

/** A remote given by name (`origin`), not as a path or URL: it has remote-tracking refs under refs/remotes/<name>/. */
export function isRemoteName(remote: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote)
}

/**
 * The check at the boundary (CLI, hook): a remote reaches `git fetch` as an
 * argument, so an option in disguise (`-u…`) or a line break is refused
 * before any git call.
 */
export function validateRemote(remote: string): string {
  if (remote.startsWith('-') || /\s/.test(remote) || C0_CONTROL.test(remote))
    throw new InputError(`remote ${quote(remote)} is not valid; expected a remote name such as origin, or a path or URL`)
  return remote
}

/** The state store's own check (it may be opened without the boundary's): no empty name, no control characters. */
export function assertRemote(remote: string): string {
  if (typeof remote !== 'string' || remote === '' || remote.startsWith('-') || CONTROL.test(remote)) {
    throw new InputError(`remote ${JSON.stringify(remote)} is not valid: expected a remote name, a path or a URL, not starting with "-"`)
  }
  return remote
}

/** Branch name → commit id for the remote's heads matching the globs (all heads when none). */
export async function remoteHeads(git: Git, remote: string, globs: readonly string[] = []): Promise<Map<string, string>> {
  const refs = await git.lsRemote(
    remote,
    globs.map((g) => `refs/heads/${g}`),
  )
  const heads = new Map<string, string>()
  for (const [ref, sha] of refs) if (ref.startsWith('refs/heads/')) heads.set(ref.slice('refs/heads/'.length), sha)
  return heads
}

/**
 * Fetches the branches into private refs with one `git fetch`; returns branch
 * → commit id, at the commit fetched (a branch that moved since it was listed
 * is taken where it is now). A branch deleted in the meantime is left out of
 * the result (the caller names it), and the others are still fetched.
 */
export async function fetchBranches(
  git: Git,
  remote: string,
  branches: readonly string[],
  listed?: ReadonlyMap<string, string>,
  options: PinOptions = {},
): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  if (branches.length === 0) return out
  const pinned = listed ? await pinListed(git, branches, listed, options) : null
  if (pinned) return pinned
  const fetch = (names: readonly string[]) =>
    git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, ...names.map((b) => `+refs/heads/${b}:${privateRef(b)}`)])
  let wanted = branches
  try {
    await fetch(wanted)
  } catch (error) {
    if (!/couldn't find remote ref/i.test(messageOf(error))) throw error
    // One fetch fails whole when a ref is gone: list again and fetch those still there.
    const heads = await remoteHeads(git, remote, branches)
    wanted = branches.filter((b) => heads.has(b))
    if (wanted.length) await fetch(wanted)
  }
  // One for-each-ref for every branch (not one rev-parse each): the cost of a re-scan is its process count.
  const fetched = await privateHeads(git)
  for (const b of wanted) {
    const sha = fetched.get(b)
    if (sha) out.set(b, sha)
  }
  return out
}

export interface PinOptions {
  /**
   * More branches, each set in its own ref (`[branch, ref]`) at its listed commit, but only when the
   * listed branches are pinned without a fetch and this clone has that commit too: never fetched here
   * (the state store fetches its branch its own way). Those pinned are in the result with the others.
   */
  alsoIfHere?: ReadonlyArray<readonly [branch: string, ref: string]>
  /**
   * When the commits are pinned without a fetch, handed the write of their refs instead of waiting for it: the
   * commits are here already, so the caller works on them while `update-ref` runs and awaits it before anything
   * reads those refs (a fresh clone creates every ref as a loose file: 0.1–0.2 s for 64 on a slow disk).
   */
  deferPin?: (pinning: Promise<void>) => void
}

/**
 * The branches at the commits `listed` (just read from the remote by `ls-remote`), set in the private refs
 * without a fetch when every one of those commits is the tip of a ref here already: a fresh clone has them
 * all as remote-tracking branches, and a ref's commit comes with its whole history, so a fetch would bring
 * nothing but would still cost a round trip and a negotiation. Null when some commit is not here (fetch).
 */
async function pinListed(
  git: Git,
  branches: readonly string[],
  listed: ReadonlyMap<string, string>,
  { alsoIfHere = [], deferPin }: PinOptions,
): Promise<Map<string, string> | null> {
  if (branches.some((b) => !listed.has(b))) return null
  const here = new Map<string, string>()
  const tips = new Set<string>()
  for (const line of (await listRefs(git, '%(objecttype) %(objectname) %(refname)', ['refs/'])).split('\n')) {
    const m = /^commit ([0-9a-f]+) (.+)$/.exec(line)
    if (!m) continue
    tips.add(m[1]!)
    here.set(m[2]!, m[1]!)
  }
  if (branches.some((b) => !tips.has(listed.get(b)!))) return null
  const targets = [
    ...branches.map((b) => [b, privateRef(b)] as const),
    ...alsoIfHere.filter(([b]) => listed.has(b) && tips.has(listed.get(b)!)),
  ]
  const pinning = updateRefs(
    git,
    targets.filter(([b, ref]) => here.get(ref) !== listed.get(b)).map(([b, ref]) => [ref, listed.get(b)!] as const),
  )
  if (deferPin) {
    // Its error is the caller's, where it awaits it; never an unhandled rejection if the caller fails first.
    pinning.catch(() => undefined)
    deferPin(pinning)
  } else await pinning
  return new Map(targets.map(([b]) => [b, listed.get(b)!]))
}

/** Branch → commit of every branch fetched into the private namespace, from one `for-each-ref` (commits only). */
export async function privateHeads(git: Git): Promise<Map<string, string>> {
  const listing = await listRefs(git, '%(objecttype) %(objectname) %(refname)', [PRIVATE_PREFIX])
  const heads = new Map<string, string>()
  for (const line of listing.split('\n')) {
    const m = /^commit ([0-9a-f]+) (.+)$/.exec(line)
    if (m) heads.set(m[2]!.slice(PRIVATE_PREFIX.length), m[1]!)
  }
  return heads
}

/**
 * The remote's heads matching the globs and its default branch (what its HEAD
 * points at; null when it cannot tell), from one `ls-remote --symref`.
 */
export async function remoteHeadsAndDefault(
  git: Git,
  remote: string,
  globs: readonly string[],
): Promise<{ heads: Map<string, string>; defaultBranch: string | null; defaultSha?: string }> {
  const out = await git.run(['ls-remote', '--symref', '--', remote, 'HEAD', ...globs.map((g) => `refs/heads/${g}`)])
  const heads = new Map<string, string>()
  let defaultBranch: string | null = null
  let defaultSha: string | null = null
  for (const line of out.split('\n')) {
    const symref = /^ref: refs\/heads\/(\S+)\tHEAD$/.exec(line)
    if (symref) defaultBranch = symref[1]!
    const tab = line.indexOf('\t')
    const ref = line.slice(tab + 1)
    if (tab > 0 && !line.startsWith('ref: ') && ref.startsWith('refs/heads/'))
      heads.set(ref.slice('refs/heads/'.length), line.slice(0, tab))
    if (tab > 0 && !line.startsWith('ref: ') && ref === 'HEAD') defaultSha = line.slice(0, tab)
  }
  return { heads, defaultBranch, ...(defaultBranch && defaultSha ? { defaultSha } : {}) }
}

/** The remote's default branch (what its HEAD points at), or null when it cannot tell. */
export async function remoteDefaultBranch(git: Git, remote: string): Promise<string | null> {
  const r = await git.exec(['ls-remote', '--symref', remote, 'HEAD'], { allowedExitCodes: [0, 2] })
  const m = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(r.stdout)
  return m ? m[1] : null
}

export interface ResolvedBase {
  /** What the user named (or the default branch). */
  name: string
  sha: string
  kind: 'branch' | 'tag' | 'commit'
}

/**
 * Resolves `base` (a branch, tag or commit id; default the remote's default
 * branch) to a commit available locally. Unknown → InputError (exit 2).
 */
export async function resolveBase(git: Git, remote: string, base: string | undefined): Promise<ResolvedBase> {
  const name = base ?? (await remoteDefaultBranch(git, remote))
  if (!name) throw new InputError(`cannot tell the default branch of remote ${quote(remote)}; pass base (a branch, tag or commit)`)
  const refs = await git.lsRemote(remote, [`refs/heads/${name}`, `refs/tags/${name}`], { tags: true })
  const branchSha = refs.get(`refs/heads/${name}`)
  if (branchSha) {
    await fetchBranches(git, remote, [name])
    return { name, sha: branchSha, kind: 'branch' }
  }
  if (refs.has(`refs/tags/${name}`)) {
    await git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, `+refs/tags/${name}:refs/orchestrator/tags/${name}`])
    const sha = await git.resolveCommit(`refs/orchestrator/tags/${name}`)
    if (sha) return { name, sha, kind: 'tag' }
  }
  if (/^[0-9a-f]{7,64}$/.test(name)) {
    let sha = await git.resolveCommit(name)
    if (!sha && name.length >= 40) {
      await git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, name], { allowedExitCodes: [0, 1, 128] })
      sha = await git.resolveCommit(name)
    }
    if (sha) return { name, sha, kind: 'commit' }
  }
  throw new InputError(
    `base ${quote(name)} is not a branch, tag or commit of remote ${quote(remote)}; expected an existing branch (e.g. main), tag or full commit id`,
  )
}

export interface BranchCreation {
  branch: string
  sha: string
}

/**
 * Creates all the branches on the remote in one atomic push: all or none.
 * Each ref is leased as "must not exist", so a branch someone created in the
 * meantime is never overwritten.
 */
export async function createBranchesAtomically(git: Git, remote: string, creations: readonly BranchCreation[]): Promise<string[]> {
  if (creations.length === 0) return []
  const { stdout } = await git.exec([
    'push',
    '--atomic',
    '--porcelain',
    ...creations.map((c) => `--force-with-lease=refs/heads/${c.branch}:`),
    remote,
    ...creations.map((c) => `${c.sha}:refs/heads/${c.branch}`),
  ])
  // `*` is a ref this push created; `=` one that another run had already created at the same commit.
  return creations
    .filter((c) => stdout.split('\n').some((l) => l.startsWith('*\t') && l.includes(`:refs/heads/${c.branch}\t`)))
    .map((c) => c.branch)
}

/** Fetches `refspec`, removing the local refs it covers that the remote no longer has. */
export async function fetchPruned(git: Git, remote: string, refspec: string): Promise<void> {
  await git.exec(['fetch', '--no-tags', '--quiet', '--prune', remote, refspec])
}

/** Turns a shallow clone into a full one, fetching the refspecs' whole history. */
export async function fetchUnshallow(git: Git, remote: string, refspecs: readonly string[]): Promise<void> {
  await git.run(['fetch', '--unshallow', '--no-tags', '--quiet', remote, ...refspecs])
}

/** Fetches pull request `number`'s head into refs/orchestrator/pull/<number>; a failure is not an error (the caller looks for the commit). */
export async function fetchPullHead(git: Git, remote: string, number: number): Promise<void> {
  await git.exec(
    ['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, `+refs/pull/${number}/head:refs/orchestrator/pull/${number}`],
    { allowedExitCodes: [0, 1, 128] },
  )
}

/** Fetches one commit by its id (a push event's `after`) into a private ref; the caller checks that it arrived. */
export async function fetchCommit(git: Git, remote: string, sha: string): Promise<void> {
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) throw new InputError(`${quote(sha)} is not a full commit id`)
  await git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, `+${sha}:refs/orchestrator/commits/${sha}`], {
    allowedExitCodes: [0, 1, 128],
  })
}

/** Compare-and-swap push: moves `branch` to `commit` only if the remote still has it at `expected`; false when it moved. */
export async function pushIfAt(git: Git, remote: string, branch: string, expected: string, commit: string): Promise<boolean> {
  const push = await git.exec(
    ['push', '--porcelain', `--force-with-lease=refs/heads/${branch}:${expected}`, remote, `${commit}:refs/heads/${branch}`],
    { allowedExitCodes: [0, 1] },
  )
  return push.exitCode === 0
}

/**
 * The URL a remote is configured with, as written (before any `insteadOf`: the name a person gave
 * it, which names the hosted repository): a named remote's, or the path or URL itself; null for no such remote.
 */
export async function remoteUrl(git: Git, remote: string): Promise<string | null> {
  if (!isRemoteName(remote)) return remote
  const r = await git.exec(['config', '--get', `remote.${remote}.url`], { allowedExitCodes: [0, 1] })
  return r.exitCode === 0 && r.stdout.trim() ? r.stdout.trim() : null
}
