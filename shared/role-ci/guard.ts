import { InputError } from '../errors'
import { Git } from '../git/git'
import { BranchNaming, formatBranch, Role } from '../naming/branch-pattern'
import { DEFAULT_CONFIG_PATH } from '../config/config'
import { quote } from '../text/quote'
import { changedPaths } from './changed-paths'
import { describeProtectedChange } from './describe-change'
import { protectedMatcher } from './protected-paths'
import type { GuardResult, GuardViolation, PullRequestInfo } from './types'

export interface GuardOptions {
  git: Git
  role: Role
  branch: string
  spec?: string
  index?: number
  naming: BranchNaming
  /** A commit or ref of the overseer branch, available locally. Needed for an implementor. */
  overseerRef?: string
  /** The commit or ref under test (the implementor's head). */
  headRef: string
  protectedPaths: readonly string[]
  /**
   * The configuration file's path: an implementor may never change it,
   * whatever protected-paths says (the rules are read from the base, and a
   * change here is an attempt to rewrite them).
   */
  configPath?: string
  pullRequest?: PullRequestInfo
  /** The branch an overseer's pull request must target. */
  integrationBranch: string
  /** The pull request's head is no agent branch and its base is an overseer branch (a person's pull request). */
  nonAgentHead?: boolean
  /** The config rule for such pull requests (`pull-requests.non-agent-into-overseer`). */
  nonAgentIntoOverseer?: 'allow' | 'refuse'
}

/**
 * The role guard, run before any check: an implementor may not touch
 * protected paths (by edit, rename, symlink or submodule), and every pull
 * request must target the branch its role allows. The overseer integrates,
 * so only its pull request target is checked.
 */
export async function checkGuard(options: GuardOptions): Promise<GuardResult> {
  const violations: GuardViolation[] = []
  if (options.nonAgentHead && options.pullRequest) return nonAgentGuard(options, options.pullRequest)
  if (options.pullRequest) {
    const problem = pullRequestTargetProblem(options, options.pullRequest)
    if (problem) violations.push({ kind: 'pr-target', target: options.pullRequest.base, detail: problem })
  }
  if (options.role === 'overseer') return { ok: violations.length === 0, violations, changed: [] }

  const { git } = options
  if (!options.overseerRef) throw new InputError(`the overseer branch is needed to check implementor branch ${quote(options.branch)}`)
  const head = await requireCommit(git, options.headRef, 'head')
  const overseer = await requireCommit(git, options.overseerRef, 'overseer branch')
  const diffBase = await diffBaseOf(git, overseer, head, options.overseerRef)
  const changed = await changedPaths(git, diffBase, head)
  const matcher = protectedMatcher(options.protectedPaths)
  const configMatcher = protectedMatcher([...new Set([DEFAULT_CONFIG_PATH, options.configPath ?? DEFAULT_CONFIG_PATH])])
  const found: GuardViolation[] = []
  for (const change of changed) {
    const violations = describeProtectedChange(change, configMatcher, CONFIG_ADVICE)
    found.push(...(violations.length ? violations : describeProtectedChange(change, matcher)))
  }
  found.sort((a, b) => compare(a.path ?? '', b.path ?? '') || compare(a.detail, b.detail))
  violations.push(...found.filter((v, i) => i === 0 || v.path !== found[i - 1].path || v.detail !== found[i - 1].detail))
  return { ok: violations.length === 0, violations, changed, diffBase }
}

const CONFIG_ADVICE =
  'the orchestrator configuration holds the role rules, which are read from the base and may not be changed by an implementor; ask the overseer'

/** Why the pull request's target is not allowed for the role, or null. */
export function pullRequestTargetProblem(
  options: Pick<GuardOptions, 'role' | 'spec' | 'index' | 'naming' | 'integrationBranch'>,
  pr: PullRequestInfo,
): string | null {
  const what = `pull request${pr.number !== undefined ? ` #${pr.number}` : ''} from ${quote(pr.head)} to ${quote(pr.base)}`
  if (options.role === 'overseer') {
    if (pr.base === options.integrationBranch) return null
    return `${what}: an overseer branch may only target the integration branch ${quote(options.integrationBranch)}`
  }
  if (!options.spec) {
    return `${what}: cannot tell which overseer branch ${quote(pr.head)} belongs to (it does not follow the pattern ${quote(options.naming.pattern)}); an implementor branch may only target its own overseer branch`
  }
  const expected = formatBranch(options.naming, options.spec, 'overseer')
  if (pr.base === expected) return null
  const who = options.index !== undefined ? `implementor ${options.index} of ${quote(options.spec)}` : 'an implementor branch'
  return `${what}: ${who} may only target its overseer branch ${quote(expected)}`
}

/**
 * A person's branch (not an agent's) into an overseer branch: the protected paths guard the
 * agents, not people, so the config rule alone decides; allowed by default, with a note.
 */
function nonAgentGuard(options: GuardOptions, pr: PullRequestInfo): GuardResult {
  const what = `pull request${pr.number !== undefined ? ` #${pr.number}` : ''} from ${quote(pr.head)} (not an agent branch) into overseer branch ${quote(pr.base)}`
  if (options.nonAgentIntoOverseer === 'refuse') {
    const detail = `${what}: refused by the config rule pull-requests.non-agent-into-overseer: refuse`
    return { ok: false, violations: [{ kind: 'pr-target', detail }], changed: [] }
  }
  const note = `${what}: allowed for people (pull-requests.non-agent-into-overseer: allow); protected paths are not checked for it`
  return { ok: true, violations: [], changed: [], notes: [note] }
}

async function requireCommit(git: Git, ref: string, what: string): Promise<string> {
  const sha = await git.resolveCommit(ref)
  if (!sha)
    throw new InputError(`${what} ${quote(ref)} is not a commit in this repository; fetch it first (actions/checkout with fetch-depth: 0)`)
  return sha
}

/**
 * Changes are counted from the merge base, so what the overseer already
 * integrated is not blamed on the implementor. Without a merge base: a
 * shallow clone is an error that says how to fix it; unrelated histories are
 * compared with the overseer tip (everything that differs counts).
 */
async function diffBaseOf(git: Git, overseer: string, head: string, overseerRef: string): Promise<string> {
  const base = await git.mergeBase(overseer, head)
  if (base) return base
  if (await git.isShallow()) {
    throw new InputError(
      `no common history between ${quote(overseerRef)} and the head: the clone is shallow; use actions/checkout with fetch-depth: 0 (or git fetch --unshallow)`,
    )
  }
  return overseer
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
