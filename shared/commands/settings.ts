import type { RunContext } from '../context'
import type { OptionValues } from '../options/options'
import type { TasksTarget } from '../sync-status/sync-status'
import type { Workspace } from '../workspace/workspace'
import { identityBranch } from './identity'
import type { TrustedConfigSource } from '../config/config-source'
import type { Git } from '../git/git'
import { checkedOutBranch } from '../agent-branches'
import { branchOfRun, pullRequestBase } from '../role-ci'

/**
 * The value of a `choices` option, typed: parseOptions has already refused any
 * value outside the spec's choices, so this is the one place the string is narrowed.
 */
export function choiceOf<T extends string>(values: OptionValues, name: string, fallback: T): T
export function choiceOf<T extends string>(values: OptionValues, name: string): T | undefined
export function choiceOf<T extends string>(values: OptionValues, name: string, fallback?: T): T | undefined {
  return (values.string(name) ?? fallback) as T | undefined
}

/** `tasks-target` of sync-status and plan: where tasks.md is written. */
export function tasksTargetOf(values: OptionValues): TasksTarget {
  return choiceOf<TasksTarget>(values, 'tasks-target', 'state')
}

/** `branch` of the commands that act on one agent branch: the flag, else (CLI) this checkout's own. */
export async function branchOrIdentity(values: OptionValues, ctx: RunContext, ws: Workspace): Promise<string | undefined> {
  return values.string('branch') ?? (await identityBranch(ctx, ws))
}

/**
 * Where a command that decides a rule or a destination (a pull request's target, the state branch, which
 * features are registered) reads the configuration: a commit the branch it acts on cannot change (the pull
 * request's base, else that branch's overseer, else the default branch), never the checked-out work tree,
 * which in a push workflow is that branch's own.
 */
export function trustedConfigOf(values: OptionValues, ctx: RunContext): (git: Git) => Promise<TrustedConfigSource> {
  return async (git) => ({
    kind: 'trusted',
    pullRequestBase: pullRequestBase(ctx.github),
    branch: values.string('branch') ?? branchOfRun(ctx.github) ?? (await checkedOutBranch(git)) ?? undefined,
  })
}
