import { InputError } from '../errors'
import { quote } from '../text/quote'
import { GitHubClient } from './client'
import { explainGitHubError } from './explain-error'
import { OpenPull } from './conflict-notice-plan'

export interface RepositoryRef {
  owner: string
  repo: string
}

/** `owner/name` from the run (GITHUB_REPOSITORY) or an input; quoted error otherwise. */
export function parseRepository(value: string | undefined): RepositoryRef {
  const m = value ? /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value) : null
  if (!m) throw new InputError(`repository ${quote(value ?? '')} is not valid: expected owner/name (GITHUB_REPOSITORY is set in workflows)`)
  return { owner: m[1], repo: m[2] }
}

/**
 * `owner/name` read from a remote's URL: https (`https://github.com/o/r.git`),
 * ssh (`git@github.com:o/r.git`, `ssh://git@host:22/o/r`), with or without
 * `.git` and a trailing slash. Null when the URL has no such form (a local path).
 */
export function repositoryFromUrl(url: string): RepositoryRef | null {
  const trimmed = url.trim()
  const path =
    /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]+@)?[^/]+\/(.+)$/i.exec(trimmed)?.[1] ?? /^(?:[^@/:\s]+@)?[^/:\s]{2,}:(?!\/)(.+)$/.exec(trimmed)?.[1]
  if (!path) return null
  const m = /^\/*([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/.exec(path)
  if (!m || m[2] === '.' || m[2] === '..') return null
  return { owner: m[1], repo: m[2] }
}

/**
 * The repository to call: the run's (GITHUB_REPOSITORY), else the one the
 * remote's URL names; a clear error when neither says.
 */
export function resolveRepository(fromRun: string | undefined, remote: string, remoteUrl: string | null): RepositoryRef {
  if (fromRun) return parseRepository(fromRun)
  const ref = remoteUrl ? repositoryFromUrl(remoteUrl) : null
  if (ref) return ref
  throw new InputError(
    `cannot tell which GitHub repository to call: GITHUB_REPOSITORY is not set and remote ${quote(remote)} ` +
      `${remoteUrl ? `has the URL ${quote(remoteUrl)}, which names no owner/name` : 'has no URL'}; ` +
      'expected a remote such as https://github.com/owner/name.git or git@github.com:owner/name.git, or set GITHUB_REPOSITORY=owner/name',
  )
}

/** Every open pull request whose head is in this repository. */
export async function listOpenPulls(client: GitHubClient, ref: RepositoryRef): Promise<OpenPull[]> {
  try {
    const pulls = await client.paginate(client.rest.pulls.list, { ...ref, state: 'open', per_page: 100 })
    return pulls
      .filter((p) => !p.head.repo || p.head.repo.full_name === `${ref.owner}/${ref.repo}`)
      .map((p) => ({ number: p.number, head: p.head.ref, base: p.base.ref }))
  } catch (error) {
    throw explainGitHubError(error, `listing the open pull requests of ${ref.owner}/${ref.repo}`, 'write')
  }
}
