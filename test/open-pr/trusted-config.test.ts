import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { impl, initFeature, overseer, STATE_BRANCH, stateHead } from '../support/agent-feature'
import { FakeGitHub, startFakeGitHub } from '../support/fake-github'
import { makeFeatureRepo } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp, TestRepo } from '../support/repo'

// A configuration an implementor pushes on its own branch, as a push workflow checks it out: it points the
// pull request at a sibling and the state at a branch of its choosing. Neither may be obeyed.
const ROGUE_CONFIG = ['version: 1', 'branches:', '  overseer: impl-2', 'state:', '  branch: rogue/state', ''].join('\n')

afterAll(cleanupTemp)

describe('open-pr and sync-status read rules and destinations only from the trusted configuration', () => {
  let repo: TestRepo
  let gh: FakeGitHub
  const heads = async () => [...(await repo.git.lsRemote('origin')).keys()].sort()
  const pushRun = (bundle: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction({ bundle, cwd: repo.dir, inputs, eventName: 'push', ref: `refs/heads/${impl(1)}`, env })

  beforeAll(async () => {
    gh = await startFakeGitHub({ owner: 'octo-org', repo: 'octo-repo', token: 'test-token' })
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    await repo.commit(impl(1), { '.github/orchestrator.yml': ROGUE_CONFIG, 'src/auth/index.ts': 'x\n' }, 'T001: setup', `origin/${impl(1)}`)
    await repo.push(impl(1))
    // The workflow's checkout: the pushed branch, with its configuration in the work tree.
    await repo.git.run(['checkout', '-q', impl(1)])
  })
  afterAll(async () => gh.close())

  it('sync-status records on the configured state branch; no rogue branch is written', async () => {
    const before = await heads()
    const stateBefore = await stateHead(repo)
    const run = await pushRun('dist/sync-status/index.js', {})
    expect(run.failure).toBeUndefined()
    expect(run.exitCode).toBe(0)
    expect(await heads()).toEqual(before)
    expect(before).not.toContain('refs/heads/rogue/state')
    // The task the commit names was recorded where the trusted configuration says.
    expect(await stateHead(repo)).not.toBe(stateBefore)
    expect(JSON.parse(run.outputs['tasks-done'])).toEqual(['T001'])
  })

  it('a dry run reads the state from the trusted state branch, never from the one the pushed configuration names', async () => {
    const run = await pushRun('dist/sync-status/index.js', { 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).not.toContain('rogue/state')
    expect(run.summary).not.toContain('rogue/state')
    expect(await heads()).not.toContain('refs/heads/rogue/state')
    expect(run.stdout).toContain(`Reading state from ${STATE_BRANCH}`)
  })

  it('open-pr opens the pull request into the overseer, not into the sibling the pushed configuration names', async () => {
    const run = await pushRun('dist/open-pr/index.js', { token: 'test-token' }, { GITHUB_API_URL: gh.url })
    expect(run.failure).toBeUndefined()
    expect(run.exitCode).toBe(0)
    const pr = gh.state.pull(Number(run.outputs['pr-number']))!
    expect([pr.head.ref, pr.base.ref]).toEqual([impl(1), overseer])
    expect(gh.state.pulls.some((p) => p.base.ref === impl(2))).toBe(false)
    expect(await heads()).not.toContain('refs/heads/rogue/state')
  })
})
