import type { GitHubRunInfo } from '../context'
import { InputError } from '../errors'
import { parseRepository } from '../github/repository'
import { quote } from '../text/quote'

/** Where the guard reads the trusted side when the job holds a token: the run's own repository. */
export interface RepositoryRemote {
  url: string
  /** For git's environment (not its arguments, which every process can read): the token as an extra header for this address only. */
  gitEnv: Record<string, string>
}

/**
 * The repository's own address, built from GITHUB_SERVER_URL and GITHUB_REPOSITORY (set by the
 * runner), never from `origin`'s URL in .git/config: a step before ours could have pointed origin at a
 * look-alike whose overseer branch is the implementor's head. The token goes in as an extra header
 * for that address, the way actions/checkout passes it; an empty value first clears any other.
 */
export function repositoryRemote(gh: GitHubRunInfo, token: string): RepositoryRemote {
  const { owner, repo } = parseRepository(gh.repository)
  const server = (gh.serverUrl ?? '').replace(/\/+$/, '')
  if (!/^(?:https?|file):\/\/[^\s?#]*$/i.test(server))
    throw new InputError(
      `GITHUB_SERVER_URL ${quote(server)} is not valid: expected the server's address, e.g. https://github.com (the runner sets it)`,
    )
  const url = `${server}/${owner}/${repo}`
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`
  return {
    url,
    gitEnv: {
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: `http.${url}/.extraheader`,
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: `http.${url}/.extraheader`,
      GIT_CONFIG_VALUE_1: header,
    },
  }
}
