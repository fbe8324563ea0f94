import type { RunContext } from '../context'
import type { GitHubClient } from '../github/client'
import { explainGitHubError } from '../github/explain-error'
import type { RepositoryRef } from '../github/repository'
import { md } from '../text/markdown'
import { messageOf } from '../errors'
import type { ConflictCause, PullsOfCommit } from './attribute'

/** The pull requests of a commit, through the API; null (and a warning) when GitHub cannot say. */
export function pullsOfCommitFromApi(client: GitHubClient, ref: RepositoryRef, ctx: RunContext): PullsOfCommit {
  return async (sha) => {
    try {
      const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
        ...ref,
        commit_sha: sha,
        per_page: 100,
      })
      return pulls.map((p) => ({
        number: p.number,
        head: p.head.ref,
        base: p.base.ref,
        merged: Boolean(p.merged_at),
        mergeCommitSha: p.merge_commit_sha ?? null,
      }))
    } catch (error) {
      ctx.logger.warning(`could not map commit ${sha.slice(0, 7)} to a pull request (${messageOf(error)}); naming the commit instead`)
      return null
    }
  }
}

export interface CauseNotice {
  pull: number
  branch: string
  commit: string
  /** posted, or already there (an earlier run posted it). */
  result: 'posted' | 'existing'
}

const marker = (commit: string) => `<!-- orchestrator:conflict-cause ${commit} -->`

/**
 * One comment on the open pull request of each branch a merge made conflict
 * ("your branch now conflicts with the overseer because of #12 (impl-1) in
 * src/auth.py"). Posted once: a hidden marker naming the commit is looked for
 * first, so a re-run, or a run after a lost answer, does not post it again.
 */
export async function postCauseNotices(
  client: GitHubClient,
  ref: RepositoryRef,
  causes: readonly ConflictCause[],
  openPulls: readonly { number: number; head: string; base: string }[],
): Promise<CauseNotice[]> {
  const out: CauseNotice[] = []
  for (const cause of causes) {
    const pull = openPulls.find((p) => p.head === cause.branch && p.base === cause.overseer)
    if (!pull) continue
    try {
      const comments = await client.paginate(client.rest.issues.listComments, { ...ref, issue_number: pull.number, per_page: 100 })
      if (comments.some((c) => c.body?.includes(marker(cause.commit)))) {
        out.push({ pull: pull.number, branch: cause.branch, commit: cause.commit, result: 'existing' })
        continue
      }
      // Built from the parts: the pull request number and agent name are safe as they are; paths are escaped.
      const by = cause.pull
        ? `because of #${cause.pull.number}${cause.pull.agent ? ` (${cause.pull.agent})` : ''}`
        : `since \`${cause.commit.slice(0, 7)}\``
      const where = cause.files.length ? ` in ${md(cause.files.slice(0, 5).join(', '), 600)}${cause.files.length > 5 ? ', ...' : ''}` : ''
      const body = `${marker(cause.commit)}\n**Merge conflict with the overseer:** your branch now conflicts with the overseer ${by}${where}.\n\nMerge ${md(cause.overseer)} into your branch and resolve, or ask the overseer to.\n`
      await client.rest.issues.createComment({ ...ref, issue_number: pull.number, body })
      out.push({ pull: pull.number, branch: cause.branch, commit: cause.commit, result: 'posted' })
    } catch (error) {
      throw explainGitHubError(error, `telling pull request #${pull.number} what made it conflict`, 'write')
    }
  }
  return out
}
