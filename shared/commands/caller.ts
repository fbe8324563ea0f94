import { authorityRule, IMPLEMENTOR_LOG_KINDS } from '../agents'
import type { RunContext } from '../context'
import { InputError } from '../errors'
import type { AgentIdentity } from '../naming/role-source'
import { quote } from '../text/quote'
import type { Workspace } from '../workspace/workspace'
import { commandIdentity } from './identity'

/** Who runs a command that writes facts: the resolved identity, and the actor its events carry. */
export interface Caller {
  identity: AgentIdentity
  /** The workflow in an action; the agent's branch when an agent runs it; else the person's git identity. */
  actor: string
}

export async function commandCaller(ctx: RunContext, ws: Workspace): Promise<Caller> {
  const identity = await commandIdentity(ctx, ws.git, ws.config.branches)
  const actor = ctx.github.workflow ? ctx.actor : (identity.branch ?? ctx.actor)
  return { identity, actor }
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
