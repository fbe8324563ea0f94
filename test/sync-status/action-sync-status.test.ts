import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { runCliProcess, showFile } from '../support/cli'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp, TestRepo } from '../support/repo'

const bundle = 'dist/sync-status/index.js'
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const overseer = `feature/${SPEC}/overseer`
const source = readFileSync('test/fixtures/spec/tasks.md', 'utf8')

async function initFeature(repo: TestRepo): Promise<void> {
  const r = await runCliProcess(['init-feature', SPEC, '--implementors', '2'], repo.dir)
  if (r.code !== 0) throw new Error(r.stderr)
  await repo.git.run(['fetch', '-q', 'origin'])
}

async function stateHead(repo: TestRepo): Promise<string | undefined> {
  return (await repo.git.lsRemote('origin')).get('refs/heads/orchestrator/state')
}

/** Lines that differ between two texts (1-based numbers). */
function changedLines(a: string, b: string): number[] {
  const x = a.split('\n')
  const y = b.split('\n')
  expect(y.length).toBe(x.length)
  return x.flatMap((line, i) => (line === y[i] ? [] : [i + 1]))
}

afterAll(cleanupTemp)

describe('sync-status action', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo)
    await repo.commit(impl(1), { 'src/auth/index.ts': 'x\n' }, 'T001: create project structure', `origin/${impl(1)}`)
    await repo.commit(impl(1), { 'src/models/user.ts': 'u\n' }, 'wip on T003 and T005\n\nbody text')
    await repo.commit(impl(1), { 'src/models/user.ts': 'u2\n' }, 'Finish the user model\n\nCloses T003')
    await repo.push(impl(1))
    await repo.commit(impl(2), { 'src/x.ts': 'x\n' }, 'T1234: something not in the plan', `origin/${impl(2)}`)
    await repo.push(impl(2))
  })

  it('in a dry run reports the progress it would record and records nothing', async () => {
    const before = await stateHead(repo)
    const run = await runAction({ bundle, cwd: repo.dir, inputs: { branch: impl(1), 'dry-run': 'true' } })
    expect(run.failure).toBeUndefined()
    expect(JSON.parse(run.outputs['tasks-done'])).toEqual(['T001', 'T003'])
    expect(run.outputs.progress).toBe('2/5')
    expect(run.outputs['state-commit']).toBe('')
    expect(run.summary).toMatch(/Phase 1: Setup \| 1 \| 2/)
    expect(await stateHead(repo)).toBe(before)
  })

  it('ticks tasks from commit messages, per agent, and changes nothing else in tasks.md', async () => {
    const run = await runAction({ bundle, cwd: repo.dir, inputs: { branch: impl(1) }, eventName: 'push', ref: `refs/heads/${impl(1)}` })
    expect(run.failure).toBeUndefined()
    expect(JSON.parse(run.outputs['tasks-done'])).toEqual(['T001', 'T003'])
    expect(JSON.parse(run.outputs['tasks-in-progress'])).toEqual(['T005'])
    expect(run.outputs.progress).toBe('2/5')
    const commit = run.outputs['state-commit']
    expect(commit).toMatch(/^[0-9a-f]{40}$/)
    const ticked = (await showFile(repo.git, commit, `features/${SPEC}/tasks.md`))!
    expect(changedLines(source, ticked)).toEqual([7, 12])
    expect(ticked.split('\n')[6]).toMatch(/^- \[X\] T001 Create project structure in src\/auth\/ <!-- done: \S+ [0-9a-f]{7} impl-1 -->$/)
    expect(run.summary).toContain('| Phase | Done | Total | Progress |')
    expect(run.summary).toMatch(/Phase 1: Setup \| 1 \| 2/)
    const view = (await showFile(repo.git, commit, `features/${SPEC}/impl-1.md`))!
    expect(view).toMatch(/T001/)
  })

  it('is a no-op when re-run', async () => {
    const before = await stateHead(repo)
    const run = await runAction({ bundle, cwd: repo.dir, inputs: { branch: impl(1) } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['state-commit']).toBe('')
    expect(await stateHead(repo)).toBe(before)
  })

  it('warns about task ids that are not in tasks.md, naming the commit', async () => {
    const sha = (await repo.git.resolveCommit(impl(2)))!
    const run = await runAction({ bundle, cwd: repo.dir, inputs: { branch: impl(2) } })
    expect(run.exitCode).toBe(0)
    const warning = run.annotations.find((a) => a.level === 'warning' && a.message.includes('T1234'))
    expect(warning?.message).toContain(sha.slice(0, 7))
    expect(JSON.parse(run.outputs['tasks-done'])).toEqual([])
  })

  it('re-syncs a force-pushed branch from the merge base without duplicating events; tasks whose commits it dropped are open again', async () => {
    await repo.git.run(['checkout', '-q', '-B', impl(1), `origin/${impl(1)}~3`])
    await repo.commit(impl(1), { 'lint.json': '{}\n' }, 'T002: configure linting')
    await repo.git.run(['push', '-q', '-f', 'origin', `${impl(1)}:${impl(1)}`])
    const run = await runAction({ bundle, cwd: repo.dir, inputs: { branch: impl(1) } })
    expect(run.exitCode).toBe(0)
    expect(run.annotations.some((a) => a.level === 'notice' && /was force-pushed/.test(a.message))).toBe(true)
    expect(JSON.parse(run.outputs['tasks-done'])).toEqual(['T002'])
    // The force-push dropped the commits that finished T001 and T003: they are no longer done.
    for (const id of ['T001', 'T003'])
      expect(run.annotations.some((a) => a.level === 'notice' && a.message.includes(`${id} is open again`))).toBe(true)
    expect(run.outputs.progress).toBe('1/5')
    const status = await runCliProcess(['events', 'status', SPEC, '--json'], repo.dir)
    const feature = JSON.parse(status.stdout).features[0]
    expect(feature.tasks).toMatchObject({ total: 5, done: 1 })
  })

  it('syncs every agent branch with all: true, and ignores branches that are not ours', async () => {
    const all = await runAction({ bundle, cwd: repo.dir, inputs: { all: 'true' }, eventName: 'workflow_dispatch' })
    expect(all.exitCode).toBe(0)
    expect(all.outputs.progress).toBe('1/5')
    const other = await runAction({ bundle, cwd: repo.dir, inputs: { branch: 'main' } })
    expect(other.exitCode).toBe(0)
    expect(other.annotations.some((a) => a.level === 'notice' && /main is not an agent branch/.test(a.message))).toBe(true)
    expect(other.outputs['state-commit']).toBe('')
  })

  it('writes tasks.md to the overseer branch by compare-and-swap when asked', async () => {
    const run = await runAction({ bundle, cwd: repo.dir, inputs: { branch: overseer, 'tasks-target': 'overseer', annotate: 'false' } })
    expect(run.failure).toBeUndefined()
    const head = (await repo.git.lsRemote('origin')).get(`refs/heads/${overseer}`)!
    await repo.git.run(['fetch', '-q', 'origin'])
    const text = (await showFile(repo.git, head, `specs/${SPEC}/tasks.md`))!
    expect(changedLines(source, text)).toEqual([8])
    expect(text).toContain('- [X] T002 [P] Configure linting in .eslintrc.json\n')
  })
})

describe('sync-status refuses a malformed tasks.md', () => {
  it('names the duplicate lines and writes nothing', async () => {
    const repo = await makeFeatureRepo()
    await initFeature(repo)
    await repo.commit(
      overseer,
      { [`specs/${SPEC}/tasks.md`]: `${source}\n- [ ] T003 duplicate\n` },
      'duplicate a task',
      `origin/${overseer}`,
    )
    await repo.push(overseer)
    await repo.commit(impl(1), { 'a.ts': 'a\n' }, 'T001: done', `origin/${impl(1)}`)
    await repo.push(impl(1))
    const before = await stateHead(repo)
    const r = await runCliProcess(['sync-status', impl(1)], repo.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/T003/)
    expect(r.stderr).toMatch(/line 12.*line 2[0-9]|lines? 12 and 2[0-9]/)
    expect(await stateHead(repo)).toBe(before)
  })
})
