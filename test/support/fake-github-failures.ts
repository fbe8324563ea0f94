// Failures the fake GitHub API can be told to answer with, shaped like GitHub's own error responses.
// Message texts are GitHub's, as seen in real workflow logs.

export interface FailureSpec {
  /** Only requests with this method (any when absent). */
  method?: string
  /** Only requests whose path contains this text or matches this expression (any when absent). */
  path?: string | RegExp
  status: number
  message: string
  headers?: Record<string, string>
  /** GitHub's `errors` detail list (422 "Validation Failed"). */
  errors?: unknown[]
  documentationUrl?: string
  /** How many matching requests fail (default 1). */
  times?: number
  /** Runs when the failure is served, e.g. another run creating the pull request meanwhile. */
  sideEffect?: () => void
  /** The request is carried out first and the failure answered after: a write that landed but whose answer was lost. */
  landed?: boolean
}

/** The fields of a failure that say what GitHub answered; a test adds `method`/`path`/`times`. */
export type Failure = Pick<FailureSpec, 'status' | 'message' | 'headers' | 'errors' | 'documentationUrl'>

const DOCS = 'https://docs.github.com/rest'

export function resourceNotAccessible(): Failure {
  return { status: 403, message: 'Resource not accessible by integration', documentationUrl: `${DOCS}/pulls/pulls#create-a-pull-request` }
}

export function actionsNotPermitted(status: 403 | 422 = 403): Failure {
  return {
    status,
    message: 'GitHub Actions is not permitted to create or approve pull requests.',
    documentationUrl: `${DOCS}/pulls/pulls#create-a-pull-request`,
  }
}

export function pullAlreadyExists(ownerAndBranch: string): Failure {
  return validationFailed({ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${ownerAndBranch}.` })
}

export function validationFailed(...errors: unknown[]): Failure {
  return { status: 422, message: 'Validation Failed', errors, documentationUrl: `${DOCS}/pulls/pulls#create-a-pull-request` }
}

export function serverError(status: 500 | 502 | 503 = 500): Failure {
  const messages = { 500: 'Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' }
  return { status, message: messages[status] }
}

export function secondaryRateLimit(retryAfterSeconds = 1): Failure {
  return {
    status: 403,
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
      'If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:44444444.',
    headers: { 'retry-after': String(retryAfterSeconds) },
    documentationUrl: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
  }
}

/** The primary limit used up; `resetEpochSeconds` is when it resets (GitHub's `x-ratelimit-reset`). */
export function rateLimitExhausted(resetEpochSeconds: number): Failure {
  return {
    status: 403,
    message:
      'API rate limit exceeded for installation ID 12345. If you reach out to GitHub Support for help, ' +
      'please include the request ID 0000:1111:2222:3333:44444444.',
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(resetEpochSeconds),
      'x-ratelimit-resource': 'core',
    },
    documentationUrl: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
  }
}

export function badCredentials(): Failure {
  return { status: 401, message: 'Bad credentials', documentationUrl: DOCS }
}

export function notFound(): Failure {
  return { status: 404, message: 'Not Found', documentationUrl: DOCS }
}

/** True when `spec` applies to this request. */
export function failureMatches(spec: FailureSpec, method: string, path: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method) return false
  if (spec.path === undefined) return true
  return typeof spec.path === 'string' ? path.includes(spec.path) : spec.path.test(path)
}

/** GitHub's error body: `{ message, documentation_url, status }` (status as a string, as GitHub sends it). */
export function errorBody(failure: Failure): Record<string, unknown> {
  return {
    message: failure.message,
    ...(failure.errors ? { errors: failure.errors } : {}),
    documentation_url: failure.documentationUrl ?? DOCS,
    status: String(failure.status),
  }
}
