import type { Git } from '../git/git'
import { fetchBranches, remoteDefaultBranch } from '../git/remote'

/** The remote's default branch at its current commit (what each overseer's divergence is measured against), or undefined. */
export async function defaultBase(git: Git, remote: string): Promise<{ name: string; sha: string } | undefined> {
  const name = await remoteDefaultBranch(git, remote).catch(() => null)
  if (!name) return undefined
  const sha = (await fetchBranches(git, remote, [name])).get(name)
  return sha ? { name, sha } : undefined
}
