import type { GitHubClient } from './client'
import { explainGitHubError } from './explain-error'
import { mergePullRequestBody, sameBody } from './pull-request-body'

export interface UpsertPullRequestOptions {
  owner: string
  repo: string
  /** The head branch (in the same repository). */
  head: string
  base: string
  title: string
  /** Our part of the body; text people add around it is kept. */
  generatedBody: string
  /** Used only when the pull request is created. */
  draft?: boolean
  /** Added when missing; never removed here. */
  labels?: string[]
}

export interface UpsertPullRequestResult {
  number: number
  url: string
  created: boolean
  /** The title or body of an existing pull request was changed. */
  updated: boolean
  /** Labels that were missing and have been added, sorted. */
  labelsAdded: string[]
}

interface FoundPull {
  number: number
  html_url: string
  title: string
  body: string | null
  labels: { name?: string }[]
}

/**
 * Creates the pull request head → base, or brings the open one up to date. Writes only what changed.
 * A concurrent run may create the same pull request between our lookup and our create; GitHub then
 * answers 422 "A pull request already exists" and we update that one instead.
 */
export async function upsertPullRequest(client: GitHubClient, options: UpsertPullRequestOptions): Promise<UpsertPullRequestResult> {
  const { owner, repo, head, base } = options
  const which = `${head} → ${base}`
  const existing = await findOpenPull(client, options).catch((e: unknown) => {
    throw explainGitHubError(e, `looking for an open pull request ${which} in ${owner}/${repo}`, 'write')
  })
  if (existing) return updatePull(client, options, existing)

  let created: FoundPull
  try {
    const response = await client.rest.pulls.create({
      owner,
      repo,
      head,
      base,
      title: options.title,
      body: mergePullRequestBody('', options.generatedBody),
      draft: options.draft ?? false,
    })
    created = response.data
  } catch (error) {
    if (!isAlreadyExists(error)) throw explainGitHubError(error, `creating the pull request ${which}`, 'write')
    const raced = await findOpenPull(client, options).catch((e: unknown) => {
      throw explainGitHubError(e, `looking up the pull request ${which} that another run created`, 'write')
    })
    if (!raced) throw explainGitHubError(error, `creating the pull request ${which}`, 'write')
    return updatePull(client, options, raced)
  }
  const labelsAdded = await addMissingLabels(client, options, created)
  return { number: created.number, url: created.html_url, created: true, updated: false, labelsAdded }
}

async function updatePull(client: GitHubClient, options: UpsertPullRequestOptions, pull: FoundPull): Promise<UpsertPullRequestResult> {
  const { owner, repo } = options
  const body = mergePullRequestBody(pull.body, options.generatedBody)
  const changed = pull.title !== options.title || !sameBody(pull.body, body)
  if (changed) {
    try {
      await client.rest.pulls.update({ owner, repo, pull_number: pull.number, title: options.title, body })
    } catch (error) {
      throw explainGitHubError(error, `updating pull request #${pull.number} (${options.head} → ${options.base})`, 'write')
    }
  }
  const labelsAdded = await addMissingLabels(client, options, pull)
  return { number: pull.number, url: pull.html_url, created: false, updated: changed, labelsAdded }
}

async function addMissingLabels(client: GitHubClient, options: UpsertPullRequestOptions, pull: FoundPull): Promise<string[]> {
  const present = new Set(pull.labels.map((l) => l.name))
  const missing = [...new Set(options.labels ?? [])].filter((l) => l && !present.has(l)).sort()
  if (missing.length === 0) return []
  try {
    await client.rest.issues.addLabels({ owner: options.owner, repo: options.repo, issue_number: pull.number, labels: missing })
  } catch (error) {
    throw explainGitHubError(error, `adding labels ${missing.join(', ')} to pull request #${pull.number}`, 'write')
  }
  return missing
}

async function findOpenPull(client: GitHubClient, options: UpsertPullRequestOptions): Promise<FoundPull | undefined> {
  const pulls = await client.paginate(client.rest.pulls.list, {
    owner: options.owner,
    repo: options.repo,
    state: 'open',
    head: `${options.owner}:${options.head}`,
    base: options.base,
    per_page: 100,
  })
  // The `head` filter matches "owner:branch"; check the refs too, and take the oldest if there are several.
  return pulls
    .filter((p) => p.head.ref === options.head && p.base.ref === options.base && p.state === 'open')
    .sort((a, b) => a.number - b.number)[0]
}

function isAlreadyExists(error: unknown): boolean {
  const e = error as { status?: unknown; message?: unknown; response?: { data?: { errors?: unknown } } }
  if (e?.status !== 422) return false
  const details = JSON.stringify(e.response?.data?.errors ?? '') + String(e.message ?? '')
  return /a pull request already exists/i.test(details)
}
