import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBranch, type BranchNaming, type Role } from '../naming/branch-pattern'
import { branchNameProblem, specIdProblem } from '../naming/validate'

/**
 * The local role file `agents setup` writes (its ROLE_FILE): named here, not imported, so that the
 * hook's small bundle does not take in all of agents setup.
 */
const ROLE_FILE = '.orchestrator/agent.local'

/** Who asks: the agent branch (its name is the agent), its feature and role. */
export interface Caller {
  role: Role
  spec: string
  /** The agent's branch; the siblings are the other branches of `spec`. */
  branch: string
}

/**
 * The caller's role, feature and branch, as `agents setup` finds them: the
 * checked-out branch when it is an agent branch, else the local role file
 * (`role:`, `feature:`, `agent:` lines). Null when neither tells. One small
 * function on purpose: the shared role resolution (issue 17, item 2) replaces
 * it at merge time.
 */
export function resolveCaller(cwd: string, branch: string | null, naming: BranchNaming): Caller | null {
  const parsed = branch ? parseBranch(naming, branch) : null
  if (parsed && branch) return { role: parsed.role, spec: parsed.spec, branch }
  const path = join(cwd, ROLE_FILE)
  if (!existsSync(path)) return null
  const fields = new Map<string, string>()
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^(role|feature|agent):\s*(\S+)\s*$/.exec(line)
    if (m) fields.set(m[1]!, m[2]!)
  }
  const agent = fields.get('agent')
  const fromAgent = agent ? parseBranch(naming, agent) : null
  const spec = fields.get('feature') ?? fromAgent?.spec
  const role = (fields.get('role') ?? fromAgent?.role) as Role | undefined
  if (!agent || branchNameProblem(agent) || !spec || specIdProblem(spec) || (role !== 'overseer' && role !== 'implementor')) return null
  return { role, spec, branch: agent }
}
