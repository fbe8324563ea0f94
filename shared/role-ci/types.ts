import type { NamedCommand } from '../config/commands'
import type { Role } from '../naming/branch-pattern'

export type { Role } from '../naming/branch-pattern'

/** The pull request a run is about: branch names, not refs. */
export interface PullRequestInfo {
  base: string
  head: string
  number?: number
  /** The head commit from the event payload (`pull_request.head.sha`): what the run checks and records. */
  headSha?: string
}

/** Who is running and on what, as `resolveRole` found out. */
export interface ResolvedRole {
  role: Role
  branch: string
  /** Present when the branch follows the naming pattern. */
  spec?: string
  /** Implementor number, when the branch is an implementor branch. */
  index?: number
  pullRequest?: PullRequestInfo
  /** A pull request from a branch that is not an agent branch (a person's `fix/typo`) into an overseer branch. */
  nonAgentHead?: boolean
  /** Why the role is not the one the input asked for, e.g. a pull request whose head is another role's branch. */
  note?: string
}

/** What a tree entry is, from its git mode. */
export type EntryKind = 'none' | 'file' | 'executable' | 'symlink' | 'submodule' | 'other'

/** One entry of `git diff --raw`: a path that an implementor branch changed. */
export interface ChangedPath {
  /** Git's status letter: A, C, D, M, R, T, U or X. */
  status: string
  /** The path after the change (for a deletion, the deleted path). */
  path: string
  /** For renames and copies: where it came from. */
  fromPath?: string
  before: EntryKind
  after: EntryKind
  /** For a symlink after the change: the text it points to. */
  linkTarget?: string
}

export type ViolationKind = 'protected-path' | 'pr-target'

export interface GuardViolation {
  kind: ViolationKind
  /** The offending path (protected-path violations). */
  path?: string
  /** The branch a pull request targets (pr-target violations). */
  target?: string
  /** A sentence for people: what was done and why it is not allowed. */
  detail: string
}

export interface GuardResult {
  ok: boolean
  violations: GuardViolation[]
  changed: ChangedPath[]
  /** The commit the changes were counted from (the merge base with the overseer branch); absent for the overseer role. */
  diffBase?: string
  /** What the guard allowed by a rule and people should know, e.g. a person's pull request into an overseer branch. */
  notes?: string[]
}

/** A check that is not a shell command, e.g. the conflict check. */
export interface BuiltinCheck {
  name: string
  run: () => Promise<{ passed: boolean; detail: string }>
}

export type CheckItem = NamedCommand | BuiltinCheck

export interface CheckResult {
  name: string
  /** The shell command, or `(built-in)` for a built-in check. */
  command: string
  /** The process's exit code; null when it did not exit by itself (could not start, signal, time-out) or was skipped. */
  exitCode: number | null
  passed: boolean
  durationMs: number
  /** The last lines of stdout and stderr together (ANSI escapes removed), or a built-in check's detail. */
  outputTail: string
  skipped?: boolean
  builtin?: boolean
  /** Why it failed when the exit code alone does not say: "command not found", "timed out after 60 s"... */
  reason?: string
}

export function isBuiltinCheck(item: CheckItem): item is BuiltinCheck {
  return typeof (item as BuiltinCheck).run === 'function'
}
