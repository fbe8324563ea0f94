import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GitHubError } from '../../shared/errors'
import { createGitHubClient, type GitHubClient } from '../../shared/github'
import { BODY_BEGIN, BODY_END, MAX_BODY_CHARS, mergePullRequestBody } from '../../shared/github/pull-request-body'
import { upsertPullRequest, type UpsertPullRequestOptions } from '../../shared/github'
import { silentLogger } from '../../shared/logger'
import { actionsNotPermitted, pullAlreadyExists, resourceNotAccessible, startFakeGitHub, type FakeGitHub } from '../support/fake-github'

let fake: FakeGitHub
let client: GitHubClient
const fakes: FakeGitHub[] = []

beforeEach(async () => {
  fake = await startFakeGitHub()
  fakes.push(fake)
  client = createGitHubClient({ token: 't', apiUrl: fake.url, logger: silentLogger, retryDelayMs: 1 })
})
afterAll(async () => {
  await Promise.all(fakes.map((f) => f.close()))
})

const HEAD = 'feature/001-x/impl-1'
const BASE = 'feature/001-x/overseer'
const options = (over: Partial<UpsertPullRequestOptions> = {}): UpsertPullRequestOptions => ({
  owner: fake.owner,
  repo: fake.repo,
  head: HEAD,
  base: BASE,
  title: 'impl-1: tasks T001–T004',
  generatedBody: '## Progress\n\n- [x] T001',
  ...over,
})
const openPulls = () => fake.state.pulls.filter((p) => p.state === 'open')

describe('upsertPullRequest', () => {
  it('creates the pull request with the generated block, draft flag and labels', async () => {
    const result = await upsertPullRequest(client, options({ draft: true, labels: ['agent', 'impl-1', 'agent'] }))
    expect(result).toEqual({
      number: 1,
      url: `https://github.com/${fake.owner}/${fake.repo}/pull/1`,
      created: true,
      updated: false,
      labelsAdded: ['agent', 'impl-1'],
    })
    const [pull] = openPulls()
    expect(pull.head.ref).toBe(HEAD)
    expect(pull.base.ref).toBe(BASE)
    expect(pull.draft).toBe(true)
    expect(pull.body).toBe(`${BODY_BEGIN}\n## Progress\n\n- [x] T001\n${BODY_END}`)
    expect(fake.labelsOn(1)).toEqual(['agent', 'impl-1'])
    const list = fake.requests.find((r) => r.method === 'GET' && r.path.endsWith('/pulls'))
    expect(list?.query).toMatchObject({ state: 'open', head: `${fake.owner}:${HEAD}`, base: BASE })
  })

  it('a second run with the same input writes nothing and creates no duplicate', async () => {
    await upsertPullRequest(client, options({ labels: ['agent'] }))
    const writes = fake.writes().length
    const again = await upsertPullRequest(client, options({ labels: ['agent'] }))
    expect(again).toMatchObject({ number: 1, created: false, updated: false, labelsAdded: [] })
    expect(fake.writes().length).toBe(writes)
    expect(openPulls()).toHaveLength(1)
  })

  it('updates title and generated block, keeping what a person wrote around it', async () => {
    await upsertPullRequest(client, options())
    const pull = fake.state.pulls[0]
    // People edit in the browser, which sends CRLF line endings.
    pull.body = `Please review carefully.\r\n\r\n${pull.body}\r\n\r\nCloses #12`
    const result = await upsertPullRequest(client, options({ title: 'new title', generatedBody: '## Progress\n\n- [x] T002' }))
    expect(result).toMatchObject({ number: 1, created: false, updated: true })
    expect(pull.title).toBe('new title')
    expect(pull.body).toBe(`Please review carefully.\n\n${BODY_BEGIN}\n## Progress\n\n- [x] T002\n${BODY_END}\n\nCloses #12`)
    expect(fake.writes().filter((r) => r.method === 'PATCH')).toHaveLength(1)

    // Same content again, even with the person's CRLF text around it: no write.
    pull.body = pull.body!.replace(/\n/g, '\r\n')
    const writes = fake.writes().length
    expect(await upsertPullRequest(client, options({ title: 'new title', generatedBody: '## Progress\n\n- [x] T002' }))).toMatchObject({
      updated: false,
    })
    expect(fake.writes().length).toBe(writes)
  })

  it('appends a fresh block when a person removed the markers', async () => {
    await upsertPullRequest(client, options())
    const pull = fake.state.pulls[0]
    pull.body = 'I rewrote this description by hand.'
    await upsertPullRequest(client, options())
    expect(pull.body).toBe(`I rewrote this description by hand.\n\n${BODY_BEGIN}\n## Progress\n\n- [x] T001\n${BODY_END}`)
  })

  it('ignores closed pull requests with the same head and opens a new one', async () => {
    fake.addPull({ head: HEAD, base: BASE, title: 'old' })
    fake.mergePull(1)
    fake.addPull({ head: 'feature/001-x/impl-2', base: BASE, title: 'other branch' })
    const result = await upsertPullRequest(client, options())
    expect(result).toMatchObject({ number: 3, created: true })
    expect(fake.state.pulls[1].title).toBe('other branch')
  })

  it('a 422 "already exists" from a concurrent run turns into an update of that pull request', async () => {
    fake.failNext({
      ...pullAlreadyExists(`${fake.owner}:${HEAD}`),
      method: 'POST',
      path: /\/pulls$/,
      // The other run's pull request appears between our lookup and our create.
      sideEffect: () => fake.addPull({ head: HEAD, base: BASE, title: 'from the other run', body: 'theirs' }),
    })
    const result = await upsertPullRequest(client, options({ labels: ['agent'] }))
    expect(result).toMatchObject({ number: 1, created: false, updated: true, labelsAdded: ['agent'] })
    expect(openPulls()).toHaveLength(1)
    expect(openPulls()[0].title).toBe('impl-1: tasks T001–T004')
    expect(openPulls()[0].body).toBe(`theirs\n\n${BODY_BEGIN}\n## Progress\n\n- [x] T001\n${BODY_END}`)
  })

  it('the fake itself refuses a duplicate like GitHub, and the upsert still converges', async () => {
    fake.failNext({
      status: 502,
      message: 'Bad Gateway',
      method: 'POST',
      path: /\/pulls$/,
      // GitHub created it but the answer was lost; the retry then meets "already exists".
      sideEffect: () =>
        fake.addPull({
          head: HEAD,
          base: BASE,
          title: 'impl-1: tasks T001–T004',
          body: mergePullRequestBody('', '## Progress\n\n- [x] T001'),
        }),
    })
    const result = await upsertPullRequest(client, options())
    expect(result).toMatchObject({ number: 1, created: false, updated: false })
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([502, 422])
    expect(openPulls()).toHaveLength(1)
  })

  it('explains refusals with what it was doing', async () => {
    fake.failNext({ ...resourceNotAccessible(), method: 'POST', path: '/pulls' })
    const error = await upsertPullRequest(client, options()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubError)
    expect((error as Error).message).toMatch(
      /^creating the pull request feature\/001-x\/impl-1 → feature\/001-x\/overseer failed: the token lacks a permission.*`pull-requests: write`/,
    )

    fake.failNext({ ...actionsNotPermitted(), method: 'POST', path: '/pulls' })
    const refused = await upsertPullRequest(client, options()).catch((e: unknown) => e)
    expect((refused as Error).message).toMatch(/^creating the pull request .* failed: GitHub Actions is not permitted/)

    await upsertPullRequest(client, options())
    fake.failNext({ ...resourceNotAccessible(), method: 'PATCH' })
    const update = await upsertPullRequest(client, options({ title: 'changed' })).catch((e: unknown) => e)
    expect((update as Error).message).toMatch(/^updating pull request #1 \(feature\/001-x\/impl-1 → feature\/001-x\/overseer\) failed: /)
  })
})

describe('mergePullRequestBody', () => {
  it('neutralises markers inside the generated text so the block cannot be cut short', () => {
    const body = mergePullRequestBody(null, `task text quoting ${BODY_END} and ${BODY_BEGIN}`)
    expect(body.split(BODY_END)).toHaveLength(2)
    expect(body.split(BODY_BEGIN)).toHaveLength(2)
    const again = mergePullRequestBody(`intro\n${body}\noutro`, 'new')
    expect(again).toBe(`intro\n${BODY_BEGIN}\nnew\n${BODY_END}\noutro`)
  })

  it('keeps the body within GitHub’s limit, truncating only the generated part', () => {
    const human = 'h'.repeat(1000)
    const body = mergePullRequestBody(`${human}\n${BODY_BEGIN}\nold\n${BODY_END}`, 'g'.repeat(MAX_BODY_CHARS))
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS)
    expect(body.startsWith(`${human}\n${BODY_BEGIN}\nggg`)).toBe(true)
    expect(body).toMatch(/truncated.*\n<!-- agent-orchestrator:end -->$/)
  })
})
