import picomatch from 'picomatch'
import { BranchNaming, branchGlob, parseBranch } from '../naming/branch-pattern'
import { Git } from '../git/git'
import { fetchBranches, remoteHeads } from '../git/remote'
import { AgentBranch } from '../conflicts/types'

/**
 * The active agent branches on the remote (found by the naming pattern, then
 * narrowed by the `branches` globs), fetched into private refs so the scan
 * never depends on what is checked out.
 */
export async function selectAgentBranches(
  git: Git,
  remote: string,
  naming: BranchNaming,
  globs: readonly string[],
): Promise<AgentBranch[]> {
  const heads = await remoteHeads(git, remote, [branchGlob(naming)])
  const match = globs.length ? picomatch([...globs], { dot: true }) : () => true
  const chosen: AgentBranch[] = []
  for (const [name, sha] of [...heads.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parsed = parseBranch(naming, name)
    if (parsed && match(name))
      chosen.push({ name, sha, spec: parsed.spec, role: parsed.role, ...(parsed.index ? { index: parsed.index } : {}) })
  }
  const fetched = await fetchBranches(
    git,
    remote,
    chosen.map((b) => b.name),
  )
  return chosen
    .filter((b) => fetched.get(b.name) === b.sha || fetched.has(b.name))
    .map((b) => ({ ...b, sha: fetched.get(b.name) ?? b.sha }))
}
