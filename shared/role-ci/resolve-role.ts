import { InputError } from '../errors'
import { branchOfRef } from '../naming/validate'
import { BranchNaming, formatBranch, parseBranch, Role } from '../naming/branch-pattern'
import { quote } from '../text/quote'
import type { PullRequestInfo, ResolvedRole } from './types'

export interface ResolveRoleOptions {
  naming: BranchNaming
  /** The `role` input; empty means "tell from the branch". */
  role?: string
  /** An explicit branch name; wins over what the event says. */
  branch?: string
  eventName?: string
  event?: Record<string, unknown>
  /** `GITHUB_REF`, e.g. `refs/heads/feature/001-x/impl-1`. */
  ref?: string
  /** `GITHUB_HEAD_REF` (pull requests only). */
  headRef?: string
  /** `GITHUB_BASE_REF` (pull requests only). */
  baseRef?: string
  /** The checked-out branch (the CLI on a developer's clone), used when the run names no branch. */
  checkedOut?: string | null
  /** The feature when the branch name does not tell (the CLI's local role file); never over a parsed branch. */
  spec?: string
}

const ROLES: readonly Role[] = ['overseer', 'implementor']

/**
 * Who is running: the explicit role, else the role the branch name gives.
 * For pull requests the branch is the head branch, so that a PR is judged
 * by where its changes come from; the head's own role wins over the role
 * input (an implementor's PR that reaches the overseer's workflow is judged
 * as the implementor's, so a wrong target is a guard violation, not a setup
 * error). A head that is no agent branch, into an overseer branch, is a
 * person's PR: it takes the spec from the base (the guard applies the rule).
 */
export function resolveRole(options: ResolveRoleOptions): ResolvedRole {
  const explicit = validateRole(options.role)
  const pullRequest = pullRequestOf(options)
  const branch = branchOf(options, pullRequest)
  const parsed = parseBranch(options.naming, branch)
  let note: string | undefined
  if (explicit && parsed && parsed.role !== explicit) {
    if (!pullRequest) {
      throw new InputError(
        `role ${quote(explicit)} contradicts branch ${quote(branch)}, which is the ${parsed.role} branch of spec ${quote(parsed.spec)}; remove the role input or run on a ${explicit} branch`,
      )
    }
    note = `the pull request's head ${quote(branch)} is the ${parsed.role} branch of spec ${quote(parsed.spec)}: checked as ${parsed.role} (the workflow asked for ${explicit})`
  }
  if (!parsed && pullRequest) {
    const base = parseBranch(options.naming, pullRequest.base)
    if (base?.role === 'overseer') {
      return { role: explicit ?? 'implementor', branch, spec: base.spec, pullRequest, nonAgentHead: true }
    }
  }
  const role = parsed?.role ?? explicit
  if (!role) {
    throw new InputError(
      `branch ${quote(branch)} is not an agent branch (expected the pattern ${quote(options.naming.pattern)}, e.g. ${quote(formatBranch(options.naming, '001-my-feature', 'implementor', 1))}); pass the role input (role: implementor or role: overseer) to run role CI on it`,
    )
  }
  const out: ResolvedRole = { role, branch }
  if (parsed) {
    out.spec = parsed.spec
    if (parsed.index !== undefined) out.index = parsed.index
  } else if (options.spec) out.spec = options.spec
  if (pullRequest) out.pullRequest = pullRequest
  if (note) out.note = note
  return out
}

function validateRole(value: string | undefined): Role | undefined {
  const text = value?.trim() ?? ''
  if (text === '') return undefined
  if (!(ROLES as readonly string[]).includes(text)) {
    throw new InputError(`role ${quote(text)} is not valid; expected implementor or overseer (or leave it empty to tell from the branch)`)
  }
  return text as Role
}

function isPullRequestEvent(eventName: string | undefined): boolean {
  return eventName !== undefined && eventName.startsWith('pull_request')
}

function pullRequestOf(options: ResolveRoleOptions): PullRequestInfo | undefined {
  if (!isPullRequestEvent(options.eventName)) return undefined
  const pr = record(options.event?.pull_request)
  const head = options.headRef || str(record(pr?.head)?.ref)
  const base = options.baseRef || str(record(pr?.base)?.ref)
  if (!head || !base) {
    throw new InputError(
      `event ${quote(options.eventName ?? '')} is a pull request event but its head or base branch is unknown (GITHUB_HEAD_REF ${quote(options.headRef ?? '')}, GITHUB_BASE_REF ${quote(options.baseRef ?? '')})`,
    )
  }
  const number = typeof pr?.number === 'number' ? pr.number : typeof options.event?.number === 'number' ? options.event.number : undefined
  const out: PullRequestInfo = { base, head }
  if (number !== undefined) out.number = number
  // GitHub checks out refs/pull/N/merge (pull_request) or the base (pull_request_target): the head
  // commit the pull request proposes is only in the payload.
  const headSha = str(record(pr?.head)?.sha)
  if (headSha) {
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(headSha))
      throw new InputError(`event ${quote(options.eventName ?? '')}: pull_request.head.sha ${quote(headSha)} is not a commit id`)
    out.headSha = headSha
  }
  return out
}

function branchOf(options: ResolveRoleOptions, pullRequest: PullRequestInfo | undefined): string {
  if (options.branch?.trim()) return stripHeads(options.branch.trim())
  if (pullRequest) return pullRequest.head
  const ref = options.ref ?? ''
  const pushed = branchOfRef(ref)
  if (pushed !== null) return pushed
  if (options.checkedOut) return options.checkedOut
  const where = options.eventName ? `ref ${quote(ref)} is not a branch (event ${quote(options.eventName)})` : 'HEAD is detached'
  throw new InputError(
    `cannot tell the branch: ${where}; check out an agent branch (git switch <branch>) or name it (CLI: --branch <branch>; action: the branch input)`,
  )
}

function stripHeads(name: string): string {
  return branchOfRef(name) ?? name
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}
