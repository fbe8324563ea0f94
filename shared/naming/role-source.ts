import { InputError } from '../errors'
import { BranchNaming, formatBranch, parseBranch, type ParsedBranch, type Role } from '../naming/branch-pattern'
import { quote } from '../text/quote'
import { readRoleFiles, type RoleFile } from './role-file'

export type IdentitySource = 'flag' | 'branch' | 'file'

/** Who this checkout is working as, and where each part came from. */
export interface AgentIdentity {
  role?: Role
  /** The spec id of the feature. */
  feature?: string
  /** The agent's role segment: `impl-2`, `overseer` (as the naming spells them). */
  agent?: string
  /** 1-based implementor index. */
  index?: number
  /** The agent's own branch (its feature and agent name in the pattern), when both are known. */
  branch?: string
  /** Where the role came from (absent when nothing tells it). */
  source?: IdentitySource
  sources: { role?: IdentitySource; feature?: IdentitySource; agent?: IdentitySource }
  /** The branch looked at (checked out, or the one the command is about). */
  checkedOut: string | null
  /** The role file read, if any. */
  file?: RoleFile
}

export interface ResolveIdentityOptions {
  /** Explicit flags; they win over the branch and the file (said in `describeIdentity`). */
  flags?: { role?: string; feature?: string }
  /** The branch the command is about (explicit or checked out); null when detached. */
  branch: string | null
  naming: BranchNaming
  cwd: string
  /**
   * Whether the local role file may be read: only the CLI, outside GitHub
   * Actions (RunContext.localRoleFile). An action never reads it.
   */
  readFile: boolean
}

/**
 * The role, feature and agent of this checkout, from (in order) the flags,
 * the branch name, then the local role file. A role file that contradicts an
 * agent branch is an error naming both: the file says who the checkout was set
 * up as, the branch who it is now, and guessing which is stale could let one
 * agent act as another. Flags are explicit and win silently over both.
 */
export function resolveAgentIdentity(options: ResolveIdentityOptions): AgentIdentity {
  const { naming, branch } = options
  const parsed = branch ? parseBranch(naming, branch) : null
  const file = options.readFile ? readRoleFiles(options.cwd) : null
  const fromFile = file ? fileIdentity(file, naming) : null
  if (file && fromFile && parsed && branch) checkAgreement(file, fromFile, branch, parsed)
  const out: AgentIdentity = { sources: {}, checkedOut: branch }
  if (file) out.file = file
  const flagRole = options.flags?.role
  if (flagRole !== undefined && flagRole !== 'overseer' && flagRole !== 'implementor')
    throw new InputError(`--role ${quote(flagRole)} is not valid; expected overseer or implementor`)
  const pick = <T>(
    flag: T | undefined,
    fromBranch: T | undefined,
    fromFileValue: T | undefined,
  ): [T | undefined, IdentitySource | undefined] =>
    flag !== undefined
      ? [flag, 'flag']
      : fromBranch !== undefined
        ? [fromBranch, 'branch']
        : fromFileValue !== undefined
          ? [fromFileValue, 'file']
          : [undefined, undefined]
  ;[out.role, out.sources.role] = pick(flagRole as Role | undefined, parsed?.role, fromFile?.role)
  ;[out.feature, out.sources.feature] = pick(options.flags?.feature, parsed?.spec, fromFile?.spec)
  out.source = out.sources.role
  // The agent (impl-n / overseer) comes from the first of branch and file whose role is the role in force.
  const agentFrom = [
    parsed ? { p: parsed as Partial<ParsedBranch>, s: 'branch' as const } : null,
    fromFile && file?.values.agent ? { p: fromFile, s: 'file' as const } : null,
  ].find((c) => c && c.p.role === out.role)
  if (agentFrom) {
    out.agent = agentName(naming, agentFrom.p.role!, agentFrom.p.index)
    if (agentFrom.p.index !== undefined) out.index = agentFrom.p.index
    out.sources.agent = agentFrom.s
  }
  // The agent's own branch: of the feature its source names (a --feature flag for another feature does not move it).
  const agentFeature = agentFrom?.p.spec ?? out.feature
  if (agentFrom && agentFeature) out.branch = formatBranch(naming, agentFeature, agentFrom.p.role!, agentFrom.p.index)
  return out
}

/** What the role file says, with its agent read against the naming (short name or whole branch). */
function fileIdentity(file: RoleFile, naming: BranchNaming): Partial<ParsedBranch> {
  const { role, feature, agent } = file.values
  const out: Partial<ParsedBranch> = {}
  if (role) out.role = role
  if (feature) out.spec = feature
  if (!agent) return out
  const asBranch = agent.includes('/') ? parseBranch(naming, agent) : parseAgentName(naming, agent)
  if (!asBranch)
    throw new InputError(
      `${file.path}: agent ${quote(agent)} is not an agent of the naming (expected ${quote(naming.overseer)}, ${quote(naming.implementor.replace('{n}', '2'))} or a branch like ${quote(formatBranch(naming, feature ?? '004-user-auth', 'implementor', 2))})`,
    )
  if (role && asBranch.role !== role)
    throw new InputError(`${file.path}: agent ${quote(agent)} is an ${asBranch.role}, but the file says role ${quote(role)}`)
  if (feature && asBranch.spec && asBranch.spec !== feature)
    throw new InputError(
      `${file.path}: agent ${quote(agent)} belongs to feature ${quote(asBranch.spec)}, but the file says feature ${quote(feature)}`,
    )
  out.role = asBranch.role
  if (asBranch.spec) out.spec = asBranch.spec
  if (asBranch.index !== undefined) out.index = asBranch.index
  return out
}

/** `impl-2` → implementor 2, `overseer` → overseer, for the naming's role segments. */
export function parseAgentName(naming: BranchNaming, name: string): { role: Role; index?: number; spec?: undefined } | null {
  if (name === naming.overseer) return { role: 'overseer' }
  const [before, after] = naming.implementor.split('{n}') as [string, string]
  if (!name.startsWith(before) || !name.endsWith(after)) return null
  const n = name.slice(before.length, name.length - after.length)
  return /^[1-9]\d{0,2}$/.test(n) ? { role: 'implementor', index: Number(n) } : null
}

export function agentName(naming: BranchNaming, role: Role, index?: number): string {
  return role === 'overseer' ? naming.overseer : naming.implementor.replace('{n}', String(index ?? 1))
}

function checkAgreement(file: RoleFile, said: Partial<ParsedBranch>, branch: string, parsed: ParsedBranch): void {
  const differs =
    (said.role !== undefined && said.role !== parsed.role) ||
    (said.spec !== undefined && said.spec !== parsed.spec) ||
    (said.index !== undefined && said.index !== parsed.index)
  if (!differs) return
  const fileSays = Object.entries(file.values)
    .map(([k, v]) => `${k} ${quote(v)}`)
    .join(', ')
  const branchIs = `the ${parsed.role}${parsed.index !== undefined ? ` ${parsed.index}` : ''} branch of feature ${quote(parsed.spec)}`
  throw new InputError(
    `${file.path} says ${fileSays}, but branch ${quote(branch)} is ${branchIs}; they must agree (remove ${file.path} or run "orchestrator agents setup" again if this checkout changed roles)`,
  )
}

/** One line for the CLI: the identity and where each part came from. */
export function describeIdentity(id: AgentIdentity): string {
  if (!id.role && !id.feature) return 'no role: the branch is not an agent branch and no role file names one'
  const from = (s?: IdentitySource) =>
    s === 'file' ? `the role file ${id.file?.path}` : s === 'branch' ? `branch ${quote(id.checkedOut ?? '')}` : 'the command line'
  const parts: string[] = []
  if (id.role) parts.push(`${id.role}${id.agent && id.role === 'implementor' ? ` ${id.agent}` : ''} (from ${from(id.sources.role)})`)
  if (id.feature) parts.push(`feature ${id.feature}${id.sources.feature !== id.sources.role ? ` (from ${from(id.sources.feature)})` : ''}`)
  return `working as ${parts.join(', ')}`
}
