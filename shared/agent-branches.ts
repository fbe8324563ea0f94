import picomatch from 'picomatch'
import type { AgentBranch } from './conflicts'
import { RunContext } from './context'
import { Git } from './git/git'
import { fetchBranches, remoteHeads, remoteHeadsAndDefault } from './git/remote'
import { BranchNaming, branchGlob, parseBranch } from './naming/branch-pattern'
import { branchNameProblem, branchOfRef } from './naming/validate'
import { symbolicHead } from './git/refs'

/** The agent branches on the remote (by the naming pattern, narrowed by optional globs), sorted by name. */
export async function listAgentBranches(
  git: Git,
  remote: string,
  naming: BranchNaming,
  globs: readonly string[] = [],
): Promise<AgentBranch[]> {
  return agentBranchesOf(await remoteHeads(git, remote, [branchGlob(naming)]), naming, globs)
}

function agentBranchesOf(heads: ReadonlyMap<string, string>, naming: BranchNaming, globs: readonly string[]): AgentBranch[] {
  const match = globs.length ? picomatch([...globs], { dot: true }) : () => true
  const out: AgentBranch[] = []
  for (const [name, sha] of [...heads.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const parsed = parseBranch(naming, name)
    if (parsed && match(name))
      out.push({ name, sha, spec: parsed.spec, role: parsed.role, ...(parsed.index ? { index: parsed.index } : {}) })
  }
  return out
}

export interface ScanBranches {
  /** The agent branches selected by the globs, each at the commit fetched. */
  branches: AgentBranch[]
  /** Every agent branch on the remote when listed, whatever the globs. */
  present: Set<string>
  /** The remote's default branch at the commit fetched, when it has one. */
  base?: { name: string; sha: string }
  /** The state branch's commit, when it was asked for and set in its ref here with the others (else its store fetches it). */
  stateCommit?: string
  /**
   * The private refs (and the state's) being set to the commits listed, when this clone had them all and nothing
   * was fetched: the commits can be read at once, but await this before reading the refs or moving the state's.
   */
  pinned: Promise<void>
}

/**
 * What a conflict scan needs of the remote with three processes whatever the
 * number of branches: one `ls-remote` (agent branches and the default
 * branch), one `fetch` of them all into private refs and one for-each-ref
 * to read them back; or, when this clone has every listed commit already
 * (a fresh clone does), one for-each-ref and one update-ref (left running: `pinned`) and no fetch. A branch deleted
 * in between is passed to `onGone`.
 * `state` (the state branch and the ref its store reads): listed by the same `ls-remote` and, when this clone
 * has its commit too, set with the others: the store then reads it without a fetch of its own.
 */
export async function fetchScanBranches(
  git: Git,
  remote: string,
  naming: BranchNaming,
  globs: readonly string[],
  onGone?: (branch: string) => void,
  state?: { branch: string; ref: string },
): Promise<ScanBranches> {
  const { heads, defaultBranch, defaultSha } = await remoteHeadsAndDefault(git, remote, [
    branchGlob(naming),
    ...(state ? [state.branch] : []),
  ])
  const all = agentBranchesOf(heads, naming, [])
  const listed = globs.length ? agentBranchesOf(heads, naming, globs) : all
  const names = listed.map((b) => b.name)
  const base = defaultBranch
  // The commits just listed: pinned without a fetch when this clone has them all (fetchBranches).
  const tips = new Map(heads)
  if (base && defaultSha && !tips.has(base)) tips.set(base, defaultSha)
  // A state branch that is also an agent or the default branch (state-branch: current) is left to its store.
  const own = state && !names.includes(state.branch) && state.branch !== base ? state : undefined
  let pinned: Promise<void> = Promise.resolve()
  const fetched = await fetchBranches(git, remote, base && !names.includes(base) ? [...names, base] : names, tips, {
    alsoIfHere: own ? [[own.branch, own.ref]] : [],
    deferPin: (pinning) => (pinned = pinning),
  })
  for (const b of listed) if (!fetched.has(b.name)) onGone?.(b.name)
  const baseSha = base ? fetched.get(base) : undefined
  const stateCommit = own ? fetched.get(own.branch) : undefined
  return {
    branches: listed.filter((b) => fetched.has(b.name)).map((b) => ({ ...b, sha: fetched.get(b.name)! })),
    present: new Set(all.map((b) => b.name).filter((name) => fetched.has(name) || !names.includes(name))),
    ...(base && baseSha ? { base: { name: base, sha: baseSha } } : {}),
    ...(stateCommit ? { stateCommit } : {}),
    pinned,
  }
}

/**
 * The same, fetched into private refs (one `git fetch`), so work on them never
 * depends on what is checked out; each at the commit fetched. A branch deleted
 * between listing and fetching is left out and passed to `onGone`.
 */
export async function fetchAgentBranches(
  git: Git,
  remote: string,
  naming: BranchNaming,
  globs: readonly string[] = [],
  onGone?: (branch: string) => void,
): Promise<AgentBranch[]> {
  const listed = await listAgentBranches(git, remote, naming, globs)
  const fetched = await fetchBranches(
    git,
    remote,
    listed.map((b) => b.name),
  )
  for (const b of listed) if (!fetched.has(b.name)) onGone?.(b.name)
  return listed.filter((b) => fetched.has(b.name)).map((b) => ({ ...b, sha: fetched.get(b.name)! }))
}

/** The checked-out branch, or null when HEAD is detached (or the name is not one we accept). */
export async function checkedOutBranch(git: Git): Promise<string | null> {
  return acceptedBranch(await symbolicHead(git))
}

/** A checked-out branch's name as git gave it, or null when there is none or it is not one we accept. */
export function acceptedBranch(head: string | null): string | null {
  return head && !branchNameProblem(head) ? head : null
}

/** The branch a run is about: the pushed ref, else the pull request head, else the checked-out branch. */
export async function runBranch(git: Git, ctx: RunContext): Promise<string | null> {
  const ref = ctx.github.ref
  const pushed = branchOfRef(ref)
  if (pushed !== null) return pushed
  if (ctx.github.headRef) return ctx.github.headRef
  return checkedOutBranch(git)
}
