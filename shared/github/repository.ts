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
