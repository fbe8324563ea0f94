import { GitHubError, messageOf } from '../errors'

/** The parts of an Octokit `RequestError` we read; anything else is treated as a network failure. */
interface RequestErrorLike {
  status: number
  message: string
  request?: { method?: string; url?: string }
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown }
}

const NOT_ACCESSIBLE = /resource not accessible by (integration|personal access token)/i
const ACTIONS_NOT_PERMITTED = /github actions is not permitted to create or approve pull requests/i
const SECONDARY_LIMIT = /secondary rate limit/i
const PRIMARY_LIMIT = /api rate limit exceeded/i

/**
 * Turns a failed GitHub call into a message the user can act on. `doing` says what we were doing,
 * e.g. "creating the pull request feature/x/impl-1 → feature/x/overseer", and starts every message.
 */
/**
 * `access`: what the whole operation needs (a run that reads first and
 * writes later needs write even when the read is refused); default: from the
 * refused request's method.
 */
export function explainGitHubError(error: unknown, doing: string, access?: 'read' | 'write'): GitHubError {
  if (error instanceof GitHubError) return error
  if (!isHttpError(error)) {
    // Octokit's RequestError without a response: the request never got an answer.
    const unreached = error instanceof Error && 'request' in error
    const text = unreached ? `could not reach GitHub: ${networkMessage(error)}` : messageOf(error)
    return new GitHubError(`${doing} failed: ${text}`, undefined, { cause: error })
  }
  const { status } = error
  const said = githubMessage(error)
  const headers = error.response?.headers ?? {}
  const explain = (text: string) => new GitHubError(`${doing} failed: ${text}`, status, { cause: error })

  if (status === 401) {
    return explain(
      `GitHub rejected the token (401 ${said}): it is wrong or has expired. Pass a valid token, e.g. \`token: \${{ github.token }}\` under the step's \`with:\`.`,
    )
  }
  if ((status === 403 || status === 422) && ACTIONS_NOT_PERMITTED.test(said)) {
    return explain(
      `GitHub Actions is not permitted to create or approve pull requests in this repository (${status}). ` +
        'Turn on Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" ' +
        '(in an organisation the same setting must also be allowed at the organisation level).',
    )
  }
  if (status === 403 && NOT_ACCESSIBLE.test(said)) {
    const permission = permissionFor(error.request, access)
    return explain(
      `the token lacks a permission (403 ${said}). Give the job \`${permission}\` in the workflow's \`permissions:\` block ` +
        '(a `permissions:` block replaces the defaults, so list every permission the job needs, e.g. `contents: write` to push).',
    )
  }
  if ((status === 403 || status === 429) && SECONDARY_LIMIT.test(said)) {
    const wait = headers['retry-after']
    return explain(
      `GitHub's secondary rate limit stopped the request (${status})` +
        (wait !== undefined ? ` and asked to wait ${wait} s` : '') +
        '; we gave up waiting. Run again in a few minutes, or make fewer runs write at the same time.',
    )
  }
  if ((status === 403 || status === 429) && (String(headers['x-ratelimit-remaining']) === '0' || PRIMARY_LIMIT.test(said))) {
    const reset = Number(headers['x-ratelimit-reset'])
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : ''
    return explain(`the GitHub API rate limit is used up${when} (${status} ${said}). Run again after it resets.`)
  }
  if (status === 404) {
    const repo = repositoryOf(error.request?.url)
    if (repo && repo.rest === '') {
      return explain(
        `repository ${repo.name} was not found (404): it does not exist, or the token cannot see it ` +
          '(a token for another repository, a missing `repo` scope, or a GitHub App not installed on it).',
      )
    }
    if (repo) {
      return explain(`GitHub answered 404 ${said} for ${repo.rest}: it does not exist, or the token cannot see repository ${repo.name}.`)
    }
  }
  return explain(`GitHub answered ${status}: ${said}`)
}

/** An answer from GitHub (Octokit's RequestError with a response), not a failure to reach it. */
function isHttpError(error: unknown): error is RequestErrorLike {
  const e = error as Partial<RequestErrorLike> | undefined
  return error instanceof Error && typeof e?.status === 'number' && e.response !== undefined && e.response !== null
}

/** "fetch failed" says little: add the underlying causes (e.g. "connect ECONNREFUSED 127.0.0.1:1"). */
function networkMessage(error: unknown): string {
  const parts = [messageOf(error)]
  let cause = error instanceof Error ? error.cause : undefined
  for (let depth = 0; cause && depth < 3; depth++) {
    const text = messageOf(cause)
    if (text && !parts.includes(text)) parts.push(text)
    cause = cause instanceof Error ? cause.cause : undefined
  }
  return parts.join(': ')
}

/** GitHub's own message, without the documentation link Octokit appends. */
function githubMessage(error: RequestErrorLike): string {
  const data = error.response?.data as { message?: unknown } | undefined
  if (data && typeof data.message === 'string') {
    const errors = (data as { errors?: unknown }).errors
    const details = Array.isArray(errors) ? errors.map(detailOf).filter(Boolean) : []
    return details.length ? `${data.message}: ${details.join('; ')}` : data.message
  }
  return error.message
}

function detailOf(detail: unknown): string {
  if (typeof detail === 'string') return detail
  if (detail && typeof detail === 'object') {
    const d = detail as { message?: unknown; code?: unknown; field?: unknown }
    if (typeof d.message === 'string') return d.message
    return [d.field, d.code].filter((x) => typeof x === 'string').join(' ')
  }
  return ''
}

/** The permission a workflow needs for the refused request, from its method and path. */
function permissionFor(request: RequestErrorLike['request'], needed?: 'read' | 'write'): string {
  const access = needed ?? ((request?.method ?? 'GET').toUpperCase() === 'GET' ? 'read' : 'write')
  const rest = repositoryOf(request?.url)?.rest ?? ''
  if (/^\/(git|contents|branches|commits|merges)\b/.test(rest)) return `contents: ${access}`
  if (/^\/(pulls|issues)\b/.test(rest)) return `pull-requests: ${access}`
  if (/^\/(actions)\b/.test(rest)) return `actions: ${access}`
  if (/^\/(statuses|check-runs|check-suites)\b/.test(rest)) return `checks: ${access}`
  return `pull-requests: ${access}`
}

/** Splits an API URL into "owner/repo" and the path below the repository. */
function repositoryOf(url: string | undefined): { name: string; rest: string } | undefined {
  if (!url) return undefined
  let path: string
  try {
    path = new URL(url, 'http://api.invalid').pathname
  } catch {
    return undefined
  }
  const match = /\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path)
  if (!match) return undefined
  return { name: `${decodeURIComponent(match[1])}/${decodeURIComponent(match[2])}`, rest: match[3] ?? '' }
}
