import { listAgentBranches } from '../agent-branches'
import { Git } from '../git/git'
import { changedNames } from '../git/diff'
import { fetchBranches } from '../git/remote'
import { BranchNaming, formatBranch } from '../naming/branch-pattern'
import { FeatureProjection } from '../state/projection'

export interface ImplementorBranch {
  /** `impl-<n>` */
  name: string
  index: number
  branch: string
  /** Its commit on the remote, or null when the branch is registered but not pushed. */
  sha: string | null
}

export interface FeatureBranches {
  overseer: { branch: string; sha: string | null }
  implementors: ImplementorBranch[]
}

/**
 * The feature's overseer and implementor branches: those on the remote (fetched
 * into private refs) and those registered in the state, by index.
 */
export async function featureBranches(
  git: Git,
  remote: string,
  naming: BranchNaming,
  spec: string,
  feature: FeatureProjection | undefined,
): Promise<FeatureBranches> {
  const listed = (await listAgentBranches(git, remote, naming)).filter((b) => b.spec === spec)
  const overseer = formatBranch(naming, spec, 'overseer')
  const byIndex = new Map<number, string>()
  for (const a of Object.values(feature?.agents ?? {})) if (a.role === 'implementor' && a.index) byIndex.set(a.index, a.branch)
  for (const b of listed) if (b.role === 'implementor' && b.index) byIndex.set(b.index, b.name)
  const names = [overseer, ...byIndex.values()].filter((b) => listed.some((l) => l.name === b))
  const heads = await fetchBranches(git, remote, names)
  return {
    overseer: { branch: overseer, sha: heads.get(overseer) ?? null },
    implementors: [...byIndex.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([index, branch]) => ({ name: `impl-${index}`, index, branch, sha: heads.get(branch) ?? null })),
  }
}

/** Paths a branch changed since it left `base` (both sides of a rename), sorted. */
export async function changedSince(git: Git, base: string | null, head: string | null): Promise<string[]> {
  if (!head) return []
  const from = base ? await git.mergeBase(base, head) : null
  if (!from || from === head) return []
  return (await changedNames(git, from, head)).sort()
}
