import type { GitHubClient } from './client'
import { CONFLICT_MARKER, renderConflictComment } from './conflict-comment'
import type { NoticeConflict } from './conflict-notice-plan'
import { explainGitHubError } from './explain-error'
import { sameBody } from './pull-request-body'

export { planConflictNotices, pairKey } from './conflict-notice-plan'
export type { NoticeConflict, NoticePlan, OpenPull, PlanConflictNoticesInput } from './conflict-notice-plan'
export { CONFLICT_MARKER, renderConflictComment } from './conflict-comment'

export interface ApplyConflictNoticeOptions {
  owner: string
  repo: string
  pull: number
  /** The conflicts of the pull request's head branch; empty when it has none (any more). */
  conflicts: NoticeConflict[]
  /** The head branch, so the table names the other side of each conflict. */
  head?: string
  /** Added while conflicts exist, removed when they are gone. Default `merge-conflict`. */
  label?: string
  /** With `repository`, links the branch names (e.g. `https://github.com` and `owner/name`). */
  serverUrl?: string
  repository?: string
}

export interface ApplyConflictNoticeResult {
  comment: 'created' | 'updated' | 'unchanged' | 'none'
  labelAdded: boolean
  labelRemoved: boolean
}

/**
 * Brings one pull request's conflict notice up to date: exactly one comment of ours, edited in place,
 * and a label. Reads first and writes only what differs, so an unchanged scan makes no writes.
 */
export async function applyConflictNotice(client: GitHubClient, options: ApplyConflictNoticeOptions): Promise<ApplyConflictNoticeResult> {
  const { owner, repo, pull } = options
  const label = options.label ?? 'merge-conflict'
  const hasConflicts = options.conflicts.length > 0
  const body = renderConflictComment(options.conflicts, options)
  const on = `on pull request #${pull} in ${owner}/${repo}`
  const call = async <T>(doing: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (error) {
      throw explainGitHubError(error, `${doing} ${on}`, 'write')
    }
  }

  const comments = await call('reading the comments', () =>
    client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: pull, per_page: 100 }),
  )
  const ours = comments.filter((c) => (c.body ?? '').trimStart().startsWith(CONFLICT_MARKER)).sort((a, b) => Number(a.id) - Number(b.id))[0]

  let comment: ApplyConflictNoticeResult['comment'] = 'none'
  if (ours) {
    comment = 'unchanged'
    if (!sameBody(ours.body, body)) {
      await call('updating the conflict comment', () =>
        client.rest.issues.updateComment({ owner, repo, comment_id: Number(ours.id), body }),
      )
      comment = 'updated'
    }
  } else if (hasConflicts) {
    await call('commenting on the conflicts', () => client.rest.issues.createComment({ owner, repo, issue_number: pull, body }))
    comment = 'created'
  }

  const labels = await call('reading the labels', () =>
    client.paginate(client.rest.issues.listLabelsOnIssue, { owner, repo, issue_number: pull, per_page: 100 }),
  )
  const labelled = labels.some((l) => l.name === label)
  let labelAdded = false
  let labelRemoved = false
  if (hasConflicts && !labelled) {
    await call(`adding the label "${label}"`, () => client.rest.issues.addLabels({ owner, repo, issue_number: pull, labels: [label] }))
    labelAdded = true
  } else if (!hasConflicts && labelled) {
    labelRemoved = await call(`removing the label "${label}"`, () =>
      client.rest.issues.removeLabel({ owner, repo, issue_number: pull, name: label }).then(
        () => true,
        (error: unknown) => {
          // Someone removed it between our read and our delete: the outcome we wanted.
          if ((error as { status?: unknown }).status === 404) return false
          throw error
        },
      ),
    )
  }
  return { comment, labelAdded, labelRemoved }
}
