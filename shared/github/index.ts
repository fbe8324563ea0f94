/** The GitHub layer: one client, explained errors, pull requests and conflict notices. */
export { createGitHubClient } from './client'
export type { GitHubClient, GitHubClientOptions } from './client'
export { explainGitHubError } from './explain-error'
export { upsertPullRequest } from './pull-requests'
export type { UpsertPullRequestOptions, UpsertPullRequestResult } from './pull-requests'
export { BODY_BEGIN, BODY_END, mergePullRequestBody } from './pull-request-body'
export { applyConflictNotice, CONFLICT_MARKER, pairKey, planConflictNotices, renderConflictComment } from './conflict-notices'
export type {
  ApplyConflictNoticeOptions,
  ApplyConflictNoticeResult,
  NoticeConflict,
  NoticePlan,
  OpenPull,
  PlanConflictNoticesInput,
} from './conflict-notices'
