import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { impl, initFeature, overseer, stateHead } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { FakeGitHub, resourceNotAccessible, startFakeGitHub } from '../support/fake-github'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { repositoryFromUrl } from '../../shared/github/repository'
import { ActionRun, runAction } from '../support/harness'
import { cleanupTemp, TestRepo } from '../support/repo'

const bundle = 'dist/open-pr/index.js'
const BEGIN = '<!-- agent-orchestrator:begin -->'
const END = '<!-- agent-orchestrator:end -->'

function failureOf(run: ActionRun): string | undefined {
  return run.annotations.find((a) => a.level === 'error' && a.message.startsWith('open-pr failed: '))?.message
}

/** Commits on an implementor branch, pushes, and lets sync-status record the task ids of the messages. */
async function work(repo: TestRepo, n: number, files: Record<string, string>, message: string): Promise<void> {
  const branch = impl(n)
  const exists = (await repo.git.exec(['rev-parse', '--verify', '-q', `refs/heads/${branch}`], { allowedExitCodes: [0, 1] })).exitCode === 0
  await repo.commit(branch, files, message, exists ? undefined : `origin/${branch}`)
  await repo.push(branch)
  const r = await runCliInProcess(['sync-status', branch], repo.dir)
  if (r.code !== 0) throw new Error(`sync-status failed: ${r.stderr}`)
}

afterAll(cleanupTemp)

describe('open-pr action against the fake GitHub', () => {
  let repo: TestRepo
  let gh: FakeGitHub
  const run = (inputs: Record<string, string>) =>
    runAction({ bundle, cwd: repo.dir, inputs: { token: 'test-token', ...inputs }, env: { GITHUB_API_URL: gh.url } })

  beforeAll(async () => {
    gh = await startFakeGitHub({ owner: 'octo-org', repo: 'octo-repo', token: 'test-token' })
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    await work(repo, 1, { 'src/auth/index.ts': 'x\n' }, 'T001: create project structure')
  })
  afterAll(async () => gh.close())

  it('creates the implementor pull request into its overseer branch, with the tasks between the markers', async () => {
    const first = await run({ branch: impl(1), labels: 'agent, impl-1' })
    expect(failureOf(first)).toBeUndefined()
    expect(first.exitCode).toBe(0)
    expect(first.outputs.created).toBe('true')
    const number = Number(first.outputs['pr-number'])
    const pr = gh.state.pull(number)!
    expect(first.outputs['pr-url']).toBe(pr.html_url)
    expect([pr.head.ref, pr.base.ref, pr.title]).toEqual([impl(1), overseer, `[${SPEC}] User Authentication: impl-1`])
    const body = pr.body ?? ''
    expect(body.startsWith(`${BEGIN}\n`)).toBe(true)
    expect(body.trimEnd().endsWith(END)).toBe(true)
    expect(body).toContain('- [x] T001 Create project structure in src/auth/')
    expect(body).toMatch(/- \[ \] T003 .*Create User model/)
    expect(gh.labelsOn(number)).toEqual(['agent', 'impl-1'])
    expect(first.summary).toContain(`#${number}`)
  })

  it('updates the same pull request on the next run instead of opening another', async () => {
    const writes = gh.writes().length
    const same = await run({ branch: impl(1) })
    expect(same.exitCode).toBe(0)
    expect(same.outputs.created).toBe('false')
    // Nothing changed: no write at all.
    expect(gh.writes().length).toBe(writes)

    await work(repo, 1, { 'src/models/user.ts': 'u\n' }, 'T003: user model')
    const next = await run({ branch: impl(1) })
    expect(failureOf(next)).toBeUndefined()
    expect(next.outputs.created).toBe('false')
    expect(gh.state.pulls).toHaveLength(1)
    expect(next.outputs['pr-number']).toBe(String(gh.state.pulls[0].number))
    expect(
      gh
        .writes()
        .slice(writes)
        .map((w) => w.method),
    ).toEqual(['PATCH'])
    expect(gh.state.pulls[0].body).toContain('- [x] T003 ')
  })

  it('keeps what a person wrote outside the markers', async () => {
    const pr = gh.state.pulls[0]
    const human = `Reviewer notes: **please check the login flow**\n\n${pr.body}\n\nFooter by a human.`
    gh.state.updatePull(pr.number, { body: human })
    await work(repo, 1, { 'src/api/login.ts': 'l\n' }, 'T005: login endpoint')
    const r = await run({ branch: impl(1) })
    expect(r.exitCode).toBe(0)
    const body = gh.state.pull(pr.number)!.body ?? ''
    expect(body.startsWith('Reviewer notes: **please check the login flow**\n\n')).toBe(true)
    expect(body.endsWith('\n\nFooter by a human.')).toBe(true)
    expect(body).toContain('- [x] T005 ')
    expect(body.split(BEGIN)).toHaveLength(2)
  })

  it('records a pr-updated event on the state branch', async () => {
    const status = JSON.parse((await runCliInProcess(['events', 'status', SPEC, '--json'], repo.dir)).stdout)
    const pr = gh.state.pulls[0]
    expect(status.features[0].openPrs).toEqual([
      { number: pr.number, url: pr.html_url, head: impl(1), base: overseer, title: pr.title, action: 'updated' },
    ])
    const recent = JSON.parse((await runCliInProcess(['events', 'recent', '50', '--json'], repo.dir)).stdout)
    expect(recent.filter((e: { kind: string }) => e.kind === 'pr-updated').length).toBeGreaterThanOrEqual(2)
  })

  it('refuses a branch that is not an agent branch, with exit 1, a clear message and no API write', async () => {
    const before = gh.requests.length
    const state = await stateHead(repo)
    const r = await run({ branch: 'main' })
    expect(r.exitCode).toBe(1)
    expect(failureOf(r)).toMatch(
      /^open-pr failed: branch "main" is not an agent branch \(expected .*\): open-pr only opens implementor → overseer/,
    )
    expect(gh.requests.length).toBe(before)
    expect(await stateHead(repo)).toBe(state)
  })

  it('opens the overseer pull request into the integration branch (the default branch)', async () => {
    const r = await run({ branch: overseer, draft: 'true' })
    expect(failureOf(r)).toBeUndefined()
    expect(r.outputs.created).toBe('true')
    const pr = gh.state.pull(Number(r.outputs['pr-number']))!
    expect([pr.head.ref, pr.base.ref, pr.draft]).toEqual([overseer, 'main', true])
    expect(pr.title).toBe(`[${SPEC}] User Authentication: overseer`)
  })

  it.each([
    ['creating it', 'POST'],
    ['looking for it', 'GET'],
  ])('names pull-requests: write when GitHub refuses the token while %s (403)', async (_what, method) => {
    gh.failNext({ method, path: /\/pulls$/, ...resourceNotAccessible() })
    const state = await stateHead(repo)
    const r = await run({ branch: impl(2) })
    expect(r.exitCode).toBe(1)
    expect(failureOf(r)).toContain('403 Resource not accessible by integration')
    expect(failureOf(r)).toContain('`pull-requests: write`')
    expect(failureOf(r)).not.toContain('pull-requests: read')
    expect(gh.state.pulls.some((p) => p.head.ref === impl(2))).toBe(false)
    expect(await stateHead(repo)).toBe(state)
  })

  it('fails without a token, saying which permission it needs', async () => {
    const r = await runAction({ bundle, cwd: repo.dir, inputs: { branch: impl(2) }, env: { GITHUB_API_URL: gh.url } })
    expect(r.exitCode).toBe(1)
    expect(failureOf(r)).toMatch(/needs a token with pull-requests: write/)
  })
})

describe('orchestrator open-pr (CLI)', () => {
  it('prints the body with --dry-run and calls nothing', async () => {
    const repo = await makeFeatureRepo()
    await initFeature(repo, 1)
    const r = await runCliInProcess(['open-pr', impl(1), '--dry-run'], repo.dir, { GITHUB_TOKEN: undefined, GH_TOKEN: undefined })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`[dry run] would open or update ${impl(1)} -> ${overseer}`)
    expect(r.stdout).toContain('### Tasks: 0 done by this branch, 0/5 done in the feature')
  })
})

describe('open-pr from a shell without GITHUB_REPOSITORY: the repository comes from the remote URL', () => {
  it('reads owner/name from an https or ssh remote URL (with or without .git), and says clearly when it cannot', async () => {
    expect(
      [
        'https://github.com/octo-org/octo-repo.git',
        'https://github.com/octo-org/octo-repo',
        'https://user@github.example.com/octo-org/octo-repo/',
        'git@github.com:octo-org/octo-repo.git',
        'git@github.com:octo-org/octo-repo',
        'ssh://git@github.com:22/octo-org/octo-repo.git',
      ].map(repositoryFromUrl),
    ).toEqual(Array.from({ length: 6 }, () => ({ owner: 'octo-org', repo: 'octo-repo' })))
    expect(['/tmp/remote.git', 'file:///tmp/x/remote.git', 'https://github.com/only-owner'].map(repositoryFromUrl)).toEqual([
      null,
      null,
      null,
    ])

    const gh = await startFakeGitHub({ owner: 'octo-org', repo: 'octo-repo', token: 'test-token' })
    try {
      const repo = await makeFeatureRepo()
      await initFeature(repo, 1)
      await work(repo, 1, { 'src/auth/index.ts': 'x\n' }, 'T001: create project structure')
      const env = { GITHUB_REPOSITORY: undefined, GITHUB_TOKEN: 'test-token', GITHUB_API_URL: gh.url }
      // A remote at a local path names no GitHub repository: one clear line, exit 2, nothing called.
      const local = await runCliInProcess(['open-pr', impl(1)], repo.dir, env)
      expect(local.code).toBe(2)
      expect(local.stderr).toContain(
        'cannot tell which GitHub repository to call: GITHUB_REPOSITORY is not set and remote "origin" has the URL',
      )
      expect(local.stderr).not.toContain('repository "" is not valid')
      // The remote named as a person clones it (git@github.com:owner/name.git), reached through insteadOf here.
      const bare = (await repo.git.run(['remote', 'get-url', 'origin'])).trim()
      await repo.git.run(['config', `url.${bare}.insteadOf`, 'git@github.com:octo-org/octo-repo.git'])
      await repo.git.run(['remote', 'set-url', 'origin', 'git@github.com:octo-org/octo-repo.git'])
      const opened = await runCliInProcess(['open-pr', impl(1)], repo.dir, env)
      expect([opened.code, opened.stderr]).toEqual([0, expect.not.stringContaining('error')])
      expect(gh.state.pull(1)?.head.ref).toBe(impl(1))
    } finally {
      await gh.close()
    }
  })
})
