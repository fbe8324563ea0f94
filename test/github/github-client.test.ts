import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitHubError, InputError } from '../../shared/errors'
import { createGitHubClient, type GitHubClientOptions } from '../../shared/github'
import { explainGitHubError } from '../../shared/github'
import { MemoryLogger } from '../../shared/logger'
import {
  actionsNotPermitted,
  rateLimitExhausted,
  resourceNotAccessible,
  secondaryRateLimit,
  serverError,
  startFakeGitHub,
  validationFailed,
  type FakeGitHub,
} from '../support/fake-github'

const TOKEN = 'ghs_secretTokenValue123'
let fake: FakeGitHub

beforeAll(async () => {
  fake = await startFakeGitHub({ token: TOKEN })
})
afterAll(() => fake.close())

function client(logger = new MemoryLogger(), extra: Partial<GitHubClientOptions> = {}) {
  return createGitHubClient({ token: TOKEN, apiUrl: fake.url, logger, retryDelayMs: 1, ...extra })
}

/** Runs `fn` and returns the error it threw, explained as the library would. */
async function failure(fn: () => Promise<unknown>, doing = 'testing'): Promise<GitHubError> {
  const error = await fn().then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeDefined()
  return explainGitHubError(error, doing)
}

const repo = () => ({ owner: fake.owner, repo: fake.repo })
const since = (start: number) => fake.requests.slice(start)

describe('createGitHubClient', () => {
  it('refuses a missing token and says how to pass one', () => {
    for (const token of ['', '  ']) {
      const make = () => createGitHubClient({ token, apiUrl: fake.url, logger: new MemoryLogger() })
      expect(make).toThrow(InputError)
      expect(make).toThrow(/pass `token`.*token: \$\{\{ github\.token \}\}.*with:/)
    }
  })

  it('refuses an api URL that is not http(s), quoting it', () => {
    const make = () => createGitHubClient({ token: TOKEN, apiUrl: 'ftp://ghe.example', logger: new MemoryLogger() })
    expect(make).toThrow(InputError)
    expect(make).toThrow(/api-url "ftp:\/\/ghe\.example" is not valid/)
  })

  it('talks to a GitHub Enterprise Server style URL (…/api/v3)', async () => {
    const start = fake.requests.length
    const ghes = createGitHubClient({ token: TOKEN, apiUrl: `${fake.url}/api/v3/`, logger: new MemoryLogger() })
    const { data } = await ghes.rest.repos.get(repo())
    expect(data.default_branch).toBe('main')
    expect(since(start).map((r) => `${r.method} ${r.path}`)).toEqual([`GET /api/v3/repos/${fake.owner}/${fake.repo}`])
  })

  it('writes through GitHub’s write pacing, which is on by default away from loopback', async () => {
    const own = await startFakeGitHub()
    try {
      const paced = createGitHubClient({ token: TOKEN, apiUrl: own.url, logger: new MemoryLogger(), paceWrites: true })
      const { data } = await paced.rest.pulls.create({
        owner: own.owner,
        repo: own.repo,
        head: 'paced',
        base: 'main',
        title: 'paced write',
      })
      expect(own.state.pull(data.number)?.title).toBe('paced write')
    } finally {
      await own.close()
    }
  })

  it('retries a server error and then succeeds', async () => {
    const start = fake.requests.length
    fake.failNext({ ...serverError(502), method: 'GET', path: '/pulls' })
    const { data } = await client().rest.pulls.list(repo())
    expect(data).toEqual([])
    expect(since(start).map((r) => r.status)).toEqual([502, 200])
  })

  it('gives up on server errors after the configured number of retries', async () => {
    const start = fake.requests.length
    fake.failNext({ ...serverError(500), path: '/pulls', times: 3 })
    const error = await failure(() => client(undefined, { retries: 2 }).rest.pulls.list(repo()), 'listing pull requests')
    expect(since(start).map((r) => r.status)).toEqual([500, 500, 500])
    expect(error.message).toBe('listing pull requests failed: GitHub answered 500: Server Error')
    expect(error.status).toBe(500)
  })

  it('waits out a secondary rate limit (retry-after 1) and then succeeds', async () => {
    const logger = new MemoryLogger()
    const start = fake.requests.length
    fake.failNext({ ...secondaryRateLimit(1), method: 'GET', path: '/pulls' })
    const { data } = await client(logger).rest.pulls.list(repo())
    expect(data).toEqual([])
    expect(since(start).map((r) => r.status)).toEqual([403, 200])
    expect(logger.messages('warning').join('\n')).toMatch(/secondary rate limit hit on GET .*pulls: waiting 1 s/)
  })

  it('gives up on a secondary rate limit that asks for a longer wait than allowed', async () => {
    const logger = new MemoryLogger()
    const start = fake.requests.length
    fake.failNext({ ...secondaryRateLimit(120), method: 'GET', path: '/pulls' })
    const error = await failure(() => client(logger, { maxRateLimitWaitSeconds: 60 }).rest.pulls.list(repo()), 'listing')
    expect(since(start).map((r) => r.status)).toEqual([403])
    expect(error.message).toMatch(
      /^listing failed: GitHub's secondary rate limit stopped the request \(403\) and asked to wait 120 s; we gave up/,
    )
    expect(logger.messages('warning').join('\n')).toMatch(/not retrying \(asked to wait 120 s, limit 60 s/)
  })

  it('waits on a secondary rate limit at most `retries` times', async () => {
    const start = fake.requests.length
    fake.failNext({ ...secondaryRateLimit(1), method: 'GET', path: '/pulls', times: 2 })
    const error = await failure(() => client(undefined, { retries: 1 }).rest.pulls.list(repo()), 'listing')
    expect(since(start).map((r) => r.status)).toEqual([403, 403])
    expect(error.message).toMatch(/secondary rate limit/)
  })

  it('reports an exhausted rate limit with its reset time', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600
    fake.failNext({ ...rateLimitExhausted(reset), method: 'GET', path: '/pulls' })
    const error = await failure(() => client().rest.pulls.list(repo()), 'listing')
    expect(error.message).toContain(`the GitHub API rate limit is used up until ${new Date(reset * 1000).toISOString()}`)
    expect(error.message).toMatch(/^listing failed: /)
  })

  it('never logs the token', async () => {
    const logger = new MemoryLogger()
    fake.failNext({ ...secondaryRateLimit(1), method: 'GET', path: '/pulls' })
    fake.failNext({ ...serverError(502), method: 'GET', path: '/pulls' })
    await client(logger).rest.pulls.list(repo())
    const error = await failure(() => createGitHubClient({ token: 'ghs_wrongToken999', apiUrl: fake.url, logger }).rest.pulls.list(repo()))
    expect(logger.entries.length).toBeGreaterThan(0)
    const everything = JSON.stringify(logger.entries) + error.message + JSON.stringify(error)
    expect(everything).not.toContain(TOKEN)
    expect(everything).not.toContain('ghs_wrongToken999')
  })
})

describe('explainGitHubError', () => {
  const doing = 'creating the pull request feature/x/impl-1 → feature/x/overseer'
  const create = () => client().rest.pulls.create({ ...repo(), head: 'feature/x/impl-1', base: 'feature/x/overseer', title: 't' })

  it('401: the token is bad or expired', async () => {
    const bad = createGitHubClient({ token: 'nope', apiUrl: fake.url, logger: new MemoryLogger() })
    const error = await failure(() => bad.rest.pulls.list(repo()), doing)
    expect(error).toBeInstanceOf(GitHubError)
    expect(error.status).toBe(401)
    expect(error.message).toMatch(
      new RegExp(`^${doing} failed: GitHub rejected the token \\(401 Bad credentials\\): it is wrong or has expired`),
    )
    expect(error.message).toContain('token: ${{ github.token }}')
  })

  it('403 "Resource not accessible by integration" names the permission to add', async () => {
    fake.failNext({ ...resourceNotAccessible(), method: 'POST', path: '/pulls' })
    const error = await failure(create, doing)
    expect(error.status).toBe(403)
    expect(error.message).toMatch(new RegExp(`^${doing} failed: the token lacks a permission`))
    expect(error.message).toContain('`pull-requests: write`')
    expect(error.message).toContain('`permissions:`')

    fake.failNext({ ...resourceNotAccessible(), method: 'POST', path: '/git/refs' })
    const push = await failure(
      () => client().request('POST /repos/{owner}/{repo}/git/refs', { ...repo(), ref: 'refs/heads/x', sha: 'a'.repeat(40) }),
      'pushing',
    )
    expect(push.message).toContain('`contents: write`')
  })

  it.each([403, 422] as const)('%i "GitHub Actions is not permitted…" points at the repository setting', async (status) => {
    fake.failNext({ ...actionsNotPermitted(status), method: 'POST', path: '/pulls' })
    const error = await failure(create, doing)
    expect(error.status).toBe(status)
    expect(error.message).toMatch(new RegExp(`^${doing} failed: GitHub Actions is not permitted to create or approve pull requests`))
    expect(error.message).toContain(
      'Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests"',
    )
  })

  it('404 on the repository: the token cannot see it', async () => {
    const error = await failure(() => client().rest.repos.get({ owner: 'someone', repo: 'private' }), 'reading the repository')
    expect(error.status).toBe(404)
    expect(error.message).toMatch(/^reading the repository failed: repository someone\/private was not found \(404\)/)
    expect(error.message).toContain('the token cannot see it')
    const deeper = await failure(() => client().rest.pulls.list({ owner: 'someone', repo: 'private' }), 'listing')
    expect(deeper.message).toMatch(/^listing failed: GitHub answered 404 Not Found for \/pulls: .*cannot see repository someone\/private/)
  })

  it('keeps the status and GitHub message of anything else, and explains unreachable servers', async () => {
    fake.failNext({
      ...validationFailed({ resource: 'PullRequest', code: 'custom', message: 'No commits between a and b' }),
      method: 'POST',
    })
    const error = await failure(create, doing)
    expect(error.message).toBe(`${doing} failed: GitHub answered 422: Validation Failed: No commits between a and b`)
    expect(error.status).toBe(422)

    const closed = await startFakeGitHub()
    await closed.close()
    const offline = createGitHubClient({ token: TOKEN, apiUrl: closed.url, logger: new MemoryLogger(), retries: 0 })
    const network = await failure(() => offline.rest.pulls.list(repo()), 'listing')
    expect(network.message).toMatch(/^listing failed: could not reach GitHub: .*ECONNREFUSED/)
    expect(explainGitHubError(network, 'other')).toBe(network)
    expect(explainGitHubError(new TypeError('x is not a function'), 'listing').message).toBe('listing failed: x is not a function')
  })
})
