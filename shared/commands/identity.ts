import { runBranch } from '../agent-branches'
import { describeIdentity, resolveAgentIdentity, type AgentIdentity } from '../naming/role-source'
import type { RunContext } from '../context'
import type { Git } from '../git/git'
import type { BranchNaming } from '../naming/branch-pattern'
import { ROLE_FILES } from '../naming/role-file'
import { InputError } from '../errors'
import { validateSpecId } from '../naming/validate'
import { quote } from '../text/quote'
import type { OptionSpec, OptionValues } from '../options/options'
import { toplevel } from '../git/refs'

export interface CommandIdentityOptions {
  flags?: { role?: string; feature?: string }
}

/**
 * The identity of this checkout for a command: flags, then the branch, then
 * (CLI only, outside Actions) the local role file; see resolveAgentIdentity.
 * In the CLI, when the role file supplied something, says so on stderr.
 */
export async function commandIdentity(
  ctx: RunContext,
  git: Git,
  naming: BranchNaming,
  options: CommandIdentityOptions = {},
): Promise<AgentIdentity> {
  // The checkout's own branch (in a workflow: the run's), never a branch a flag names: a command that is told which
  // branch to work on does not ask who this checkout is.
  const branch = await runBranch(git, ctx)
  const readFile = ctx.localRoleFile === true
  // The role file sits at the checkout's root, wherever in it the command runs.
  const cwd = readFile ? await toplevel(git) : ctx.cwd
  const id = resolveAgentIdentity({ flags: options.flags, branch, naming, cwd, readFile })
  const told = Object.values(id.sources)
  if (ctx.localRoleFile && (told.includes('file') || told.includes('flag'))) ctx.logger.info(describeIdentity(id))
  return id
}

/**
 * The feature a command is about: the flag (or positional) `name` when given, else the identity's
 * (branch, then role file). `what` names the flag or input in the error when neither tells.
 */
export async function featureOrIdentity(
  values: OptionValues,
  name: string,
  ctx: RunContext,
  ws: { git: Git; config: { branches: BranchNaming } },
): Promise<string> {
  const given = values.string(name)
  if (given !== undefined)
    return validateSpecId(given, name === 'feature' ? (values.source === 'input' ? 'input "feature"' : '--feature') : name)
  const id = await commandIdentity(ctx, ws.git, ws.config.branches)
  if (id.feature) return id.feature
  const where = id.checkedOut ? `branch ${quote(id.checkedOut)} is not an agent branch` : 'HEAD is detached'
  throw new InputError(
    `${values.source === 'input' ? `input "${name}"` : name === 'feature' ? '--feature' : `<${name}>`} is required: ${where}${ctx.localRoleFile ? ` and no role file (${ROLE_FILES.join(' or ')}) names a feature` : ''}; e.g. 004-user-auth`,
  )
}

/**
 * The CLI's default agent branch for commands that act on one (sync-status, open-pr) when none is
 * named: this checkout's, from the branch or else the role file. Undefined in an action (which
 * keeps its own default: the run's branch) and when nothing tells.
 */
export async function identityBranch(ctx: RunContext, ws: { git: Git; config: { branches: BranchNaming } }): Promise<string | undefined> {
  if (!ctx.localRoleFile) return undefined
  return (await commandIdentity(ctx, ws.git, ws.config.branches)).branch
}

/** The optional `spec-id` positional of commands about one feature, defaulting to the caller's identity. */
export const SPEC_ID_OR_IDENTITY: OptionSpec = {
  name: 'spec-id',
  type: 'string',
  positional: 0,
  description: 'The spec folder name, e.g. 004-user-auth (default: the feature of the agent branch, or of the local role file in the CLI).',
}
