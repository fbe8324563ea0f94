import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { InputError } from '../errors'
import type { Logger } from '../logger'

/** The Octokit instance every GitHub call in the toolkit goes through. */
export type GitHubClient = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  /** A GitHub token (usually `github.token`). Never logged. */
  token: string
  /** The REST API root: `https://api.github.com`, or `https://ghe.example/api/v3` on GitHub Enterprise Server. */
  apiUrl: string
  logger: Logger
  /** How many times one request is retried after a server error or a rate-limit wait (default 3). */
  retries?: number
  /** The longest wait GitHub may ask for on a rate limit before we give up (default 60 seconds). */
  maxRateLimitWaitSeconds?: number
  /** The unit of the back-off after a server error, which waits 1, 4, 9... units (default 1000 ms). */
  retryDelayMs?: number
  /**
   * Space writes out the way GitHub asks integrations to (one at a time, at least a second apart) so
   * that we do not trip its secondary rate limits. Default: on, except for a loopback `apiUrl`, which
   * can only be a local test server.
   */
  paceWrites?: boolean
}

const DEFAULT_RETRIES = 3
const DEFAULT_MAX_WAIT_SECONDS = 60

/** Creates the client: Octokit with retries on server errors and waits on rate limits. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const token = (options.token ?? '').trim()
  if (!token) {
    throw new InputError("no GitHub token was given: pass `token` (in a workflow, `token: ${{ github.token }}` under the step's `with:`)")
  }
  const baseUrl = parseApiUrl(options.apiUrl)
  const retries = nonNegative(options.retries ?? DEFAULT_RETRIES, 'retries')
  const maxWait = nonNegative(options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS, 'maxRateLimitWaitSeconds')
  const retryDelayMs = nonNegative(options.retryDelayMs ?? 1000, 'retryDelayMs')
  const paceWrites = options.paceWrites ?? !isLoopback(baseUrl)
  const { logger } = options

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${request.method} ${request.url}`
      if (retryAfter <= maxWait && retryCount < retries) {
        logger.warning(`GitHub ${kind} hit on ${what}: waiting ${retryAfter} s before retry ${retryCount + 1} of ${retries}`)
        return true
      }
      logger.warning(
        `GitHub ${kind} hit on ${what}: not retrying (asked to wait ${retryAfter} s, limit ${maxWait} s; ${retryCount} of ${retries} retries used)`,
      )
      return false
    }

  return getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'agent-orchestrator',
      log: {
        debug: (message: string) => logger.debug(message),
        info: (message: string) => logger.debug(message),
        warn: (message: string) => logger.warning(message),
        error: (message: string) => logger.error(message),
      },
      retry: { retries, retryAfterBaseValue: retryDelayMs },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        ...(paceWrites ? {} : { write: unpacedGroup, notifications: unpacedGroup }),
      },
    },
    retry,
    throttling,
  )
}

/**
 * Stands in for a Bottleneck group (the throttling plugin's write and notification pacing) and runs
 * each job at once. The plugin only calls `group.key(id).schedule(jobOptions, fn, ...args)`.
 */
const unpacedGroup = {
  key: () => ({
    schedule: (_jobOptions: unknown, fn: (...args: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve().then(() => fn(...args)),
  }),
} as never

function parseApiUrl(apiUrl: string): string {
  let url: URL
  try {
    url = new URL(apiUrl)
  } catch {
    url = new URL('invalid:')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(
      `api-url "${apiUrl}" is not valid: expected the REST API root, such as https://api.github.com or https://ghe.example/api/v3`,
    )
  }
  return url.toString().replace(/\/+$/, '')
}

function isLoopback(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname
  return host === 'localhost' || host.startsWith('127.') || host === '[::1]'
}

function nonNegative(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new InputError(`${name} "${value}" is not valid: expected a number of 0 or more`)
  }
  return value
}
