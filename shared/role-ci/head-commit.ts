import { InputError } from '../errors'
import { Git } from '../git/git'
import { quote } from '../text/quote'
import type { ResolvedRole } from './types'
import { headId, symbolicHead } from '../git/refs'
import { fetchCommit, fetchPullHead } from '../git/remote'
import type { PushInfo } from './push-event'

export interface HeadCommit {
  /** The commit the guard, the conflict check and the recorded results are about. */
  commit: string
  /** The commit checked out (what the check commands ran on). */
  checkedOut: string
  /** Set when the two differ: says what the checks ran on. */
  note?: string
}

/**
 * The commit a run is about. On a pull request it is the head commit of the
 * event payload, never the checked-out merge commit (`refs/pull/N/merge`, on
 * no branch, which carries the base's changes too); it is fetched from the
 * pull request's ref when the checkout lacks it (pull_request_target checks
 * out the base). A branch named by hand must be what is checked out: the
 * checks run on the working tree, and results labelled with another branch
 * would be false.
 */
export async function headCommit(
  git: Git,
  remote: string,
  resolved: ResolvedRole,
  explicitBranch: boolean,
  push?: PushInfo,
): Promise<HeadCommit> {
  const checkedOut = await headId(git)
  const pr = resolved.pullRequest
  // A push: the pushed commit from the event (a new branch, a forced push alike), never HEAD, which a step may have moved.
  if (push?.after && !explicitBranch) {
    let commit = await git.resolveCommit(push.after)
    if (!commit) {
      await fetchCommit(git, remote, push.after)
      commit = await git.resolveCommit(push.after)
    }
    if (!commit)
      throw new InputError(
        `the pushed commit ${push.after.slice(0, 12)} (the push event's after) is not in this clone and could not be fetched from ${quote(remote)}; use actions/checkout with fetch-depth: 0`,
      )
    if (commit === checkedOut) return { commit, checkedOut }
    const note = `the checked-out commit ${checkedOut.slice(0, 12)} is not the pushed commit: the guard, the conflict check and the recorded results are about the pushed commit ${commit.slice(0, 12)} (the push event's after)`
    return { commit, checkedOut, note }
  }
  if (pr?.headSha) {
    let commit = await git.resolveCommit(pr.headSha)
    if (!commit && pr.number !== undefined) {
      await fetchPullHead(git, remote, pr.number)
      commit = await git.resolveCommit(pr.headSha)
    }
    if (!commit)
      throw new InputError(
        `the pull request's head commit ${pr.headSha.slice(0, 12)} is not in this clone and could not be fetched from ${quote(remote)}; use actions/checkout with fetch-depth: 0`,
      )
    if (commit === checkedOut) return { commit, checkedOut }
    const note = `the checks ran on the checked-out commit ${checkedOut.slice(0, 12)}; the guard, the conflict check and the recorded results are about the pull request's head ${commit.slice(0, 12)} (check out the head, actions/checkout with ref: the head sha, to run the checks on it too)`
    return { commit, checkedOut, note }
  }
  if (explicitBranch && !pr) {
    const named =
      (await git.resolveCommit(`refs/heads/${resolved.branch}`)) ?? (await git.resolveCommit(`refs/remotes/${remote}/${resolved.branch}`))
    if (named !== checkedOut) {
      const current = await symbolicHead(git)
      throw new InputError(
        `branch ${quote(resolved.branch)} is ${named ? `at ${named.slice(0, 12)}` : 'not a branch of this clone'}, but the checked-out commit is ${checkedOut.slice(0, 12)}${current ? ` (branch ${quote(current)})` : ''}; the checks run on the working tree, so check out the branch first (git switch ${resolved.branch}) or leave out the branch`,
      )
    }
  }
  return { commit: checkedOut, checkedOut }
}
