import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { featureStatusJson, impl, initFeature, overseer, STATE_BRANCH } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp, TestRepo } from '../support/repo'

afterAll(cleanupTemp)

type Tasks = { total: number; done: number; merged: number }

describe('tasks follow what the remote really has', () => {
  let repo: TestRepo
  const sync = async (...args: string[]) => {
    const r = await runCliInProcess(['sync-status', ...args], repo.dir)
    expect([r.code, r.stderr]).toEqual([0, expect.not.stringContaining('error')])
    return r
  }
  const tasks = async () => (await featureStatusJson(repo)).tasks as Tasks
  const stateTasksMd = async () => {
    await repo.git.run(['fetch', '-q', 'origin', STATE_BRANCH])
    return repo.git.run(['show', `origin/${STATE_BRANCH}:features/${SPEC}/tasks.md`])
  }

  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
  })

  it('un-ticks a task whose commit was reset away before it was ever pushed, saying why', async () => {
    await repo.commit(impl(1), { 'src/a.ts': 'a\n' }, 'T001: create project structure', `origin/${impl(1)}`)
    await sync('--local', '--branch', impl(1))
    expect((await tasks()).done).toBe(1)
    expect(await stateTasksMd()).toMatch(/- \[[xX]\] T001 /)
    await repo.git.run(['reset', '-q', '--hard', 'HEAD~1'])
    const r = await sync(impl(1))
    expect(r.stderr).toMatch(/commit [0-9a-f]{7} is no longer on feature\/004-user-auth\/impl-1 .*T001 is open again/)
    expect((await tasks()).done).toBe(0)
    expect(await stateTasksMd()).toMatch(/- \[ \] T001 /)
    // Event times follow commit times (one-second resolution), so the reopening is looked for among all events.
    const recent = JSON.parse((await runCliInProcess(['events', 'recent', '50', '--json'], repo.dir)).stdout) as { summary: string }[]
    expect(recent.some((e) => e.summary.startsWith('T001 open by'))).toBe(true)
    // Re-running changes nothing; finishing it again with a pushed commit ticks it again.
    await sync(impl(1))
    expect((await tasks()).done).toBe(0)
    await repo.commit(impl(1), { 'src/a.ts': 'a2\n' }, 'T001: create project structure, again')
    await repo.push(impl(1))
    await sync(impl(1))
    expect((await tasks()).done).toBe(1)
  })

  it('tells done on the branch from merged into the overseer branch (ancestry) and from a squash-merged pull request', async () => {
    await repo.commit(impl(1), { 'src/b.ts': 'b\n' }, 'T002: b')
    await repo.push(impl(1))
    await sync(impl(1))
    expect(await tasks()).toMatchObject({ done: 2, merged: 0 })
    expect(await stateTasksMd()).toMatch(/- \[X\] T002 .*<!-- done: \S+ [0-9a-f]{7} impl-1 -->/)
    // The overseer merges impl-1: both of its done tasks are merged.
    await repo.git.run(['checkout', '-q', '-B', overseer, `origin/${overseer}`])
    await repo.git.run(['merge', '-q', '--no-ff', '-m', 'merge impl-1', impl(1)])
    await repo.push(overseer)
    await sync(overseer)
    expect(await tasks()).toMatchObject({ done: 2, merged: 2 })
    // tasks.md's comment tells merged from done on the branch.
    expect(await stateTasksMd()).toMatch(/- \[X\] T002 .*<!-- merged: \S+ [0-9a-f]{7} impl-1 -->/)
    // impl-2 is squash-merged through its pull request: no commit of it is reachable, the payload says merged.
    await repo.commit(impl(2), { 'src/c.ts': 'c\n' }, 'T003: c', `origin/${impl(2)}`)
    await repo.push(impl(2))
    await sync(impl(2))
    expect(await tasks()).toMatchObject({ done: 3, merged: 2 })
    const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const event = {
      action: 'closed',
      number: 12,
      pull_request: {
        number: 12,
        merged: true,
        merged_at: at,
        closed_at: at,
        html_url: 'https://github.com/o/r/pull/12',
        title: 'impl-2',
        head: { ref: impl(2), sha: 'b'.repeat(40) },
        base: { ref: overseer, sha: 'c'.repeat(40) },
      },
    }
    const run = await runAction({ bundle: 'dist/open-pr/index.js', cwd: repo.dir, eventName: 'pull_request', event, inputs: {} })
    expect(run.exitCode).toBe(0)
    expect(await tasks()).toMatchObject({ done: 3, merged: 3 })
    await repo.git.run(['fetch', '-q', 'origin', STATE_BRANCH])
    const overseerView = await repo.git.run(['show', `origin/${STATE_BRANCH}:features/${SPEC}/overseer.md`])
    expect(overseerView).toContain('done, merged')
  })
})
