import { Git } from '../git/git'
import { remoteHeads } from '../git/remote'
import { BranchNaming, branchGlob, parseBranch, ParsedBranch } from '../naming/branch-pattern'
import { branchNameProblem } from '../naming/validate'
import { RunContext } from '../context'

export interface AgentBranchRef extends ParsedBranch {
  branch: string
}

/** The branch a run is about: the input, else the pushed ref, else the checked-out branch. */
export async function defaultBranch(git: Git, ctx: RunContext): Promise<string | null> {
  const ref = ctx.github.ref
  if (ref?.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length)
  if (ctx.github.headRef) return ctx.github.headRef
  const head = (await git.exec(['symbolic-ref', '--short', '-q', 'HEAD'], { allowedExitCodes: [0, 1] })).stdout.trim()
  return head && !branchNameProblem(head) ? head : null
}

/** Every agent branch on the remote, by the naming pattern, sorted. */
export async function allAgentBranches(git: Git, remote: string, naming: BranchNaming): Promise<AgentBranchRef[]> {
  const heads = await remoteHeads(git, remote, [branchGlob(naming)])
  const out: AgentBranchRef[] = []
  for (const branch of [...heads.keys()].sort()) {
    const parsed = parseBranch(naming, branch)
    if (parsed) out.push({ branch, ...parsed })
  }
  return out
}
