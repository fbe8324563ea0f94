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
  /** Later copies of our comment removed (left by a create whose answer was lost, then retried). */
  duplicatesRemoved: number
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
  const ourComments = async () => {
    const comments = await call('reading the comments', () =>
      client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: pull, per_page: 100 }),
    )
    return comments.filter((c) => (c.body ?? '').trimStart().startsWith(CONFLICT_MARKER)).sort((a, b) => Number(a.id) - Number(b.id))
  }

  const mine = await ourComments()
  let ours = mine[0]
  let comment: ApplyConflictNoticeResult['comment'] = 'none'
  if (!ours && hasConflicts) {
    // Not retried blindly: GitHub may have stored the comment and lost only the answer. Look again
    // first, and create it a second time only when it is really not there.
    try {
      await client.rest.issues.createComment({ owner, repo, issue_number: pull, body, request: { retries: 0 } })
    } catch (error) {
      if (!answerLost(error)) throw explainGitHubError(error, `commenting on the conflicts ${on}`, 'write')
      ours = (await ourComments())[0]
      if (!ours)
        await call('commenting on the conflicts', () => client.rest.issues.createComment({ owner, repo, issue_number: pull, body }))
    }
    comment = 'created'
  }
  if (ours && !sameBody(ours.body, body)) {
    const id = Number(ours.id)
    await call('updating the conflict comment', () => client.rest.issues.updateComment({ owner, repo, comment_id: id, body }))
    comment = comment === 'created' ? 'created' : 'updated'
  } else if (ours && comment === 'none') comment = 'unchanged'

  // Only copies by the same author: a person's comment is never deleted, even one quoting ours.
  const duplicates = ours ? mine.filter((c) => c.id !== ours.id && c.user?.id === ours.user?.id) : []
  let duplicatesRemoved = 0
  for (const duplicate of duplicates) {
    const removed = await call('removing a duplicate conflict comment', () =>
      client.rest.issues.deleteComment({ owner, repo, comment_id: Number(duplicate.id) }).then(
        () => true,
        (error: unknown) => {
          // Removed meanwhile (another scan, a person): the outcome we wanted.
          if ((error as { status?: unknown }).status === 404) return false
          throw error
        },
      ),
    )
    if (removed) duplicatesRemoved++
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
  return { comment, duplicatesRemoved, labelAdded, labelRemoved }
}

/** A server error or no answer at all: the request may have been carried out. */
function answerLost(error: unknown): boolean {
  const status = (error as { status?: unknown }).status
  return typeof status !== 'number' || status >= 500
}
