import type { Git } from '../git/git'
import { remoteUrl } from '../git/remote'
import type { Logger } from '../logger'
import type { FeatureProjection } from '../state/projection'
import { neutralize } from '../text/neutralize'
import { clean } from './collect'
import type { BriefItem } from './items'

export interface ReviewAccess {
  token: string
  apiUrl: string
  /** owner/name from the run (GITHUB_REPOSITORY), else the remote's URL names it. */
  repository?: string
  remote: string
  git: Git
  logger: Logger
  /** The whole GitHub part must answer within this (the hook's budget). */
  timeoutMs: number
}

/** Comments of ours (conflict notices, pull request bodies' companions) are not news to the agent. */
const OURS = /<!-- agent-orchestrator/

/**
 * New comments on the caller's open pull request (its conversation), one item per comment not told before.
 * The pull request is the one the state knows for the branch, else the open one GitHub lists for it.
 */
export async function reviewItems(access: ReviewAccess, feature: FeatureProjection | undefined, branch: string): Promise<BriefItem[]> {
  const { createGitHubClient } = await import('../github/client')
  const { resolveRepository } = await import('../github/repository')
  const ref = resolveRepository(access.repository, access.remote, access.repository ? null : await remoteUrl(access.git, access.remote))
  const client = createGitHubClient({
    token: access.token,
    apiUrl: access.apiUrl,
    logger: access.logger,
    retries: 0,
    maxRateLimitWaitSeconds: 0,
  })
  const request = { signal: AbortSignal.timeout(access.timeoutMs) }
  let number = knownPull(feature, branch)
  if (number === undefined) {
    const pulls = await client.rest.pulls.list({ ...ref, head: `${ref.owner}:${branch}`, state: 'open', per_page: 10, request })
    number = pulls.data.find((p) => p.head.ref === branch)?.number
  }
  if (number === undefined) return []
  const comments = await client.rest.issues.listComments({ ...ref, issue_number: number, per_page: 100, request })
  return comments.data
    .filter((c) => !OURS.test(c.body ?? ''))
    .map((c) => {
      const body = neutralize(c.body ?? '', { multiline: true })
        .split('\n')
        .slice(0, 20)
      return {
        id: `review:${c.id}`,
        kind: 'review' as const,
        lines: [`Comment by ${clean(c.user?.login ?? 'someone')} on your pull request #${number}:`, ...body.map((l) => `  > ${l}`)],
      }
    })
}

/** The latest pull request the state recorded for the branch, while it is open. */
function knownPull(feature: FeatureProjection | undefined, branch: string): number | undefined {
  const prs = Object.values(feature?.prs ?? {}).filter((p) => p.head === branch)
  const latest = prs.sort((a, b) => (a.stamp < b.stamp ? 1 : -1))[0]
  return latest && (latest.action === 'opened' || latest.action === 'updated') ? latest.number : undefined
}
