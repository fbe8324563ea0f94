import { authorityRule, IMPLEMENTOR_LOG_KINDS } from '../agents'
import type { RunContext } from '../context'
import { InputError } from '../errors'
import type { AgentIdentity } from '../naming/role-source'
import { quote } from '../text/quote'
import type { Workspace } from '../workspace/workspace'
import { commandIdentity } from './identity'
import { acceptedBranch, checkedOutBranch } from '../agent-branches'
import { parseBranch } from '../naming/branch-pattern'

/** Who runs a command that writes facts: the resolved identity, and the actor its events carry. */
export interface Caller {
  identity: AgentIdentity
  /** The workflow in an action; the agent's branch when an agent runs it; else the person's git identity. */
  actor: string
}

export async function commandCaller(ctx: RunContext, ws: Workspace): Promise<Caller> {
  const identity = await commandIdentity(ctx, ws.git, ws.config.branches)
  return { identity, actor: actingAs(ctx, identity.branch).actor }
}

/**
 * The context a command records with when an agent runs it in its checkout: that agent's branch is the actor
 * (run-tests, check-conflicts, sync-status in an agent's clone), as for the events commands. Elsewhere (a
 * person on another branch, a workflow) the context as it is.
 */
export async function agentContext(
  ctx: RunContext,
  ws: Pick<Workspace, 'git' | 'config'>,
  /** The checked-out branch when the caller knows it already (null: HEAD is detached); undefined: asked of git here. */
  checkedOut?: string | null,
): Promise<RunContext> {
  if (ctx.github.workflow) return ctx
  const branch = checkedOut === undefined ? await checkedOutBranch(ws.git) : acceptedBranch(checkedOut)
  return branch && parseBranch(ws.config.branches, branch) ? actingAs(ctx, branch) : ctx
}

/** `ctx` with `branch` (an agent's) as the actor outside a workflow; its other fields as they are (getters kept). */
function actingAs(ctx: RunContext, branch: string | undefined): RunContext {
  if (ctx.github.workflow || !branch) return ctx
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(ctx), actor: { value: branch, enumerable: true } }) as RunContext
}

/**
 * Refuses (exit 2, naming the rule of AUTHORITY_RULES) a command an implementor may not run, or may
 * run only on its own facts when `own` says the fact is not its own. The overseer and a person
 * (no role) may run every command.
 */
export function checkAuthority(command: string, caller: Caller, own: () => boolean = () => false): void {
  const rule = authorityRule(command)
  const { identity } = caller
  if (!rule || identity.role !== 'implementor') return
  if (rule.implementor === 'own' && own()) return
  const who = identity.branch ?? identity.agent ?? 'an implementor'
  throw new InputError(
    `${command} refused for ${quote(who)} (implementor, from its ${identity.source ?? 'branch'}): ${rule.rule}; ask the overseer or a person (see "Who may change what" in the README)`,
  )
}

/** Whether `agent` (a branch or an impl-N / overseer name, as --agent takes it) names the caller itself. */
export function isCaller(caller: Caller, agent: string | undefined): boolean {
  const { identity } = caller
  if (agent === undefined) return false
  return agent === identity.branch || (identity.agent !== undefined && agent === identity.agent)
}

/** Whether an implementor may record this kind with `events log`. */
export function implementorMayLog(kind: string): boolean {
  return IMPLEMENTOR_LOG_KINDS.includes(kind)
}
