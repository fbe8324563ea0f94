import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { impl, initFeature, STATE_BRANCH } from '../support/agent-feature'
import { runCliProcess } from '../support/cli'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp, TestRepo } from '../support/repo'
import { renderPullRequestBody } from '../../shared/open-pr/pr-body'
import type { Projection } from '../../shared/state/projection/projection-types'

// Guard violations are state: recorded once while they last, cleared by a
// later clean run of the branch, recorded again (occurrence 2) when they come back.

const bundle = 'dist/role-ci/index.js'
const WORKFLOW = '.github/workflows/ci.yml'

afterAll(cleanupTemp)

async function guardRun(repo: TestRepo) {
  await repo.git.run(['checkout', '-q', impl(1)])
  return runAction({ bundle, cwd: repo.dir, eventName: 'push', ref: `refs/heads/${impl(1)}`, inputs: { 'guard-only': 'true' } })
}

/** Guard events on the remote state branch, oldest first, as [kind, subject, occurrence]. */
async function guardEvents(repo: TestRepo): Promise<[string, string, number | undefined][]> {
  await repo.git.run(['fetch', '-q', 'origin', STATE_BRANCH])
  const files = (await repo.git.run(['ls-tree', '-r', '--name-only', 'FETCH_HEAD', '--', 'events/'])).split('\n').filter(Boolean)
  const events = await Promise.all(files.map(async (f) => JSON.parse(await repo.git.run(['show', `FETCH_HEAD:${f}`]))))
  return events
    .filter((e) => e.kind.startsWith('guard-'))
    .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.kind < b.kind ? 1 : -1))
    .map((e) => [e.kind, e.data.subject, e.data.occurrence])
}

async function stateFile(repo: TestRepo, path: string): Promise<string> {
  await repo.git.run(['fetch', '-q', 'origin', STATE_BRANCH])
  return repo.git.run(['show', `FETCH_HEAD:${path}`])
}

describe('role-ci: guard violations are recorded, shown and cleared', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await repo.commit('main', { [WORKFLOW]: 'on: push\n' }, 'CI')
    await repo.push('main')
    await initFeature(repo, 1)
  })

  it('records a violation once, shows it in the state file, the overseer view and the dashboard', async () => {
    await repo.commit(impl(1), { [WORKFLOW]: 'on: [push]\n' }, 'edit CI', `origin/${impl(1)}`)
    await repo.push(impl(1))
    const first = await guardRun(repo)
    expect(first.exitCode).toBe(1)
    expect(await guardEvents(repo)).toEqual([['guard-violation', WORKFLOW, undefined]])
    for (const path of [`features/${SPEC}/impl-1.md`, `features/${SPEC}/overseer.md`, 'README.md']) {
      const view = await stateFile(repo, path)
      expect(view).toContain('## Role guard')
      expect(view).toContain('protected path')
      expect(view).toContain('.github/workflows/ci.yml')
    }
    // An unchanged re-run records nothing new.
    const again = await guardRun(repo)
    expect(again.exitCode).toBe(1)
    expect(await guardEvents(repo)).toHaveLength(1)
  })

  it('clears it when a later run of the branch is clean, and records it again as occurrence 2', async () => {
    const main = await repo.git.run(['rev-parse', 'origin/main'])
    await repo.git.run(['checkout', '-q', impl(1)])
    await repo.git.run(['checkout', '-q', main, '--', WORKFLOW])
    await repo.git.run(['commit', '-q', '-m', 'revert CI'])
    await repo.push(impl(1))
    const clean = await guardRun(repo)
    expect(clean.exitCode).toBe(0)
    expect((await guardEvents(repo)).map(([k, , o]) => [k, o])).toEqual([
      ['guard-violation', undefined],
      ['guard-cleared', undefined],
    ])
    expect(await stateFile(repo, `features/${SPEC}/impl-1.md`)).toContain('No open role guard violation.')

    await repo.commit(impl(1), { [WORKFLOW]: 'on: [pull_request]\n' }, 'edit CI again')
    await repo.push(impl(1))
    expect((await guardRun(repo)).exitCode).toBe(1)
    expect((await guardEvents(repo)).map(([k, , o]) => [k, o])).toEqual([
      ['guard-violation', undefined],
      ['guard-cleared', undefined],
      ['guard-violation', 2],
    ])
    const status = await runCliProcess(['events', 'verify'], repo.dir)
    expect(status.code).toBe(0)
  })

  it('shows open violations in the pull request body', async () => {
    const r = await runCliProcess(['events', 'status', SPEC, '--json'], repo.dir)
    expect(r.code).toBe(0)
    await repo.git.run(['fetch', '-q', 'origin', STATE_BRANCH])
    const projection = JSON.parse(await repo.git.run(['show', 'FETCH_HEAD:projection.json'])) as Projection
    const body = renderPullRequestBody(projection, SPEC, impl(1))
    expect(body).toContain('### Role guard')
    expect(body).toMatch(/\| protected path \| \.github\/workflows\/ci\.yml \|/)
    expect(renderPullRequestBody(projection, SPEC, 'feature/004-user-auth/impl-9')).toContain('_No open violation._')
  })
})
