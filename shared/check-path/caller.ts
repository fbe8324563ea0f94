import { resolveAgentIdentity } from '../naming/role-source'
import type { BranchNaming, Role } from '../naming/branch-pattern'

/** Who asks: the agent branch (its name is the agent), its feature and role. */
export interface Caller {
  role: Role
  spec: string
  /** The agent's branch; the siblings are the other branches of `spec`. */
  branch: string
}

/**
 * The caller's role, feature and branch by the one resolution every CLI
 * command uses: the checked-out branch when it is an agent branch, else the
 * local role file (read only when `readFile`: the CLI outside Actions). A
 * role file that contradicts the branch is an error naming both. Null when
 * neither tells.
 */
export function resolveCaller(cwd: string, branch: string | null, naming: BranchNaming, readFile = true): Caller | null {
  const id = resolveAgentIdentity({ branch, naming, cwd, readFile })
  if (!id.role || !id.feature || !id.branch) return null
  return { role: id.role, spec: id.feature, branch: id.branch }
}
