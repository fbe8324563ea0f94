import { InputError } from '../errors'
import { BranchNaming, formatBranch, parseBranch, Role } from '../naming/branch-pattern'
import { quote } from '../naming/validate'
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
}

const ROLES: readonly Role[] = ['overseer', 'implementor']

/**
 * Who is running: the explicit role, else the role the branch name gives.
 * For pull requests the branch is the head branch, so that a PR is judged
 * by where its changes come from.
 */
export function resolveRole(options: ResolveRoleOptions): ResolvedRole {
  const explicit = validateRole(options.role)
  const pullRequest = pullRequestOf(options)
  const branch = branchOf(options, pullRequest)
  const parsed = parseBranch(options.naming, branch)
  if (explicit && parsed && parsed.role !== explicit) {
    throw new InputError(
      `role ${quote(explicit)} contradicts branch ${quote(branch)}, which is the ${parsed.role} branch of spec ${quote(parsed.spec)}; remove the role input or run on a ${explicit} branch`,
    )
  }
  const role = explicit ?? parsed?.role
  if (!role) {
    throw new InputError(
      `branch ${quote(branch)} is not an agent branch (expected the pattern ${quote(options.naming.pattern)}, e.g. ${quote(formatBranch(options.naming, '001-my-feature', 'implementor', 1))}); pass the role input (role: implementor or role: overseer) to run role CI on it`,
    )
  }
  const out: ResolvedRole = { role, branch }
  if (parsed) {
    out.spec = parsed.spec
    if (parsed.index !== undefined) out.index = parsed.index
  }
  if (pullRequest) out.pullRequest = pullRequest
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
  return number === undefined ? { base, head } : { base, head, number }
}

function branchOf(options: ResolveRoleOptions, pullRequest: PullRequestInfo | undefined): string {
  if (options.branch?.trim()) return stripHeads(options.branch.trim())
  if (pullRequest) return pullRequest.head
  const ref = options.ref ?? ''
  if (ref.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length)
  throw new InputError(
    `cannot tell the branch: ref ${quote(ref)} is not a branch (event ${quote(options.eventName ?? '')}); run on a push or pull request of a branch, or pass the branch`,
  )
}

function stripHeads(name: string): string {
  return name.startsWith('refs/heads/') ? name.slice('refs/heads/'.length) : name
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}
