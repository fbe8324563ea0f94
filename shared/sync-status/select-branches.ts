import { ParsedBranch } from '../naming/branch-pattern'

/** An agent branch as sync-status reads it. */
export interface AgentBranchRef extends ParsedBranch {
  branch: string
}
