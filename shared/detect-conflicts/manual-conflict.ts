import { InputError } from '../errors'
import type { Git } from '../git/git'
import { fetchBranches } from '../git/remote'
import { validateBranchName } from '../naming/validate'
import { quote } from '../text/quote'

/**
 * The commit a hand-logged conflict names for one branch: the commit given
 * (a full or abbreviated id, or anything git can resolve to a commit here),
 * else the branch's tip on the remote, else the local branch. Errors name the
 * option and the value.
 */
export async function commitForBranch(
  git: Git,
  remote: string,
  branch: string,
  given: string | undefined,
  option: string,
): Promise<string> {
  validateBranchName(branch, option.replace(/-sha$/, ''))
  if (given !== undefined) {
    if (!/^[0-9a-fA-F]{4,64}$/.test(given))
      throw new InputError(`--${option} ${quote(given)} is not a commit id: expected 4 to 64 hex digits (a full or short commit id)`)
    const sha = await git.resolveCommit(given.toLowerCase())
    if (sha) return sha
    // A full id is taken as given: the commit may exist on the remote only.
    if (/^(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$/.test(given)) return given.toLowerCase()
    throw new InputError(`--${option} ${quote(given)} names no commit in this clone (fetch it first, or give the full id)`)
  }
  const fetched = await fetchBranches(git, remote, [branch]).catch(() => new Map<string, string>())
  const sha = fetched.get(branch) ?? (await git.resolveCommit(`refs/heads/${branch}`))
  if (!sha)
    throw new InputError(
      `branch ${quote(branch)} is neither on remote ${quote(remote)} nor a local branch: pass --${option} with its commit`,
    )
  return sha
}
