import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { featureStatusJson, impl, initFeature, overseer } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo } from '../support/feature-repo'
import { ActionRun, runAction } from '../support/harness'
import { cleanupTemp, TestRepo } from '../support/repo'

const bundle = 'dist/role-ci/index.js'

afterAll(cleanupTemp)

function failureOf(run: ActionRun): string | undefined {
  return run.annotations.find((a) => a.level === 'error' && a.message.startsWith('role-ci failed: '))?.message
}

/** GitHub's documented `pull_request` payload: number, head and base with ref and sha. */
function prEvent(number: number, head: string, headSha: string, base: string, baseSha: string): Record<string, unknown> {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, state: 'open', merged: false, head: { ref: head, sha: headSha }, base: { ref: base, sha: baseSha } },
  }
}

function prRun(repo: TestRepo, event: Record<string, unknown>, inputs: Record<string, string>, eventName = 'pull_request') {
  const pr = event.pull_request as { number: number; head: { ref: string }; base: { ref: string } }
  return runAction({
    bundle,
    cwd: repo.dir,
    eventName,
    ref: eventName === 'pull_request' ? `refs/pull/${pr.number}/merge` : `refs/heads/${pr.base.ref}`,
    env: { GITHUB_HEAD_REF: pr.head.ref, GITHUB_BASE_REF: pr.base.ref },
    event,
    inputs,
  })
}

describe('role-ci on pull request events', () => {
  let repo: TestRepo
  let head1: string
  let overseerSha: string
  let merge: string
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    const line5 = (who: string) => ({
      'src/app.ts': Array.from({ length: 20 }, (_, i) => `export const line${i + 1} = ${i === 4 ? `'${who}'` : i + 1}\n`).join(''),
    })
    // The overseer and impl-2 both change line 5: their conflict is theirs, not impl-1's.
    overseerSha = await repo.commit(overseer, line5('overseer'), 'overseer edits line 5', `origin/${overseer}`)
    await repo.commit(impl(2), line5('impl-2'), 'T002 impl-2 edits line 5', `origin/${impl(2)}`)
    head1 = await repo.commit(impl(1), { 'src/feature.ts': 'export const feature = 1\n' }, 'T003 model', `origin/${impl(1)}`)
    await repo.push(overseer, impl(1), impl(2))
    // What actions/checkout gives on pull_request: GitHub's merge of the head into the base, detached.
    await repo.git.run(['checkout', '-q', '--detach', overseerSha])
    await repo.git.run(['merge', '-q', '--no-ff', '-m', 'Merge impl-1 into overseer', head1])
    merge = await repo.git.run(['rev-parse', 'HEAD'])
  })

  it('checks and records the head commit of the payload, not the checked-out merge commit', async () => {
    const run = await prRun(repo, prEvent(7, impl(1), head1, overseer, overseerSha), { commands: 'ok: node -e 0' })
    expect(failureOf(run)).toBeUndefined()
    expect(run.exitCode).toBe(0)
    const results = JSON.parse(run.outputs.results)
    expect(results.commit).toBe(head1)
    expect(results.checks.find((c: { name: string }) => c.name === 'conflicts').passed).toBe(true)
    // The checks ran on the merge: the summary and a notice say so.
    expect(run.annotations.some((a) => a.level === 'notice' && a.message.includes(merge.slice(0, 12)))).toBe(true)
    const tests = (await featureStatusJson(repo)).tests.filter((t) => t.branch === impl(1))
    expect(tests.map((t) => t.commit)).toEqual(tests.map(() => head1))
    expect(tests.length).toBeGreaterThan(0)
  })

  it('fetches the head from refs/pull/N/head when the checkout lacks it (pull_request_target checks out the base)', async () => {
    const head = await repo.commit('fork-work', { 'src/fork.ts': 'export const fork = 1\n' }, 'T004 from a fork', `origin/${impl(1)}`)
    await repo.git.run(['push', '-q', 'origin', `${head}:refs/pull/9/head`])
    await repo.git.run(['checkout', '-q', '--detach', overseerSha])
    await repo.git.run(['branch', '-q', '-D', 'fork-work'])
    await repo.git.run(['reflog', 'expire', '--expire=now', '--all'])
    await repo.git.run(['gc', '-q', '--prune=now'])
    expect(await repo.git.resolveCommit(head)).toBeNull()
    const run = await prRun(
      repo,
      prEvent(9, impl(1), head, overseer, overseerSha),
      { 'guard-only': 'true', record: 'false' },
      'pull_request_target',
    )
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs.results).commit).toBe(head)
  })

  it('judges an implementor pull request into main, reaching the overseer workflow, as a guard violation with a summary', async () => {
    await repo.git.run(['checkout', '-q', '--detach', head1])
    const run = await prRun(repo, prEvent(8, impl(1), head1, 'main', overseerSha), { role: 'overseer', 'guard-only': 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.role).toBe('implementor')
    const results = JSON.parse(run.outputs.results)
    expect(results.guard.violations).toEqual([
      expect.objectContaining({ kind: 'pr-target', detail: expect.stringContaining(`may only target its overseer branch "${overseer}"`) }),
    ])
    expect(run.summary).toContain('## Role CI: ❌ failed')
    expect(run.summary).toContain('checked as implementor \\(the workflow asked for overseer\\)')
    expect(
      run.annotations.some((a) => a.level === 'notice' && a.message.includes('checked as implementor (the workflow asked for overseer)')),
    ).toBe(true)
  })

  it("allows a person's branch into the overseer branch by default, with a note, and refuses it when the config says so", async () => {
    const typo = await repo.commit('fix/typo', { '.github/workflows/ci.yml': 'on: push\n' }, 'fix a typo', `origin/${overseer}`)
    await repo.push('fix/typo')
    const event = prEvent(11, 'fix/typo', typo, overseer, overseerSha)
    const run = await prRun(repo, event, { role: 'implementor', commands: 'ok: node -e 0' })
    expect(run.stderr).not.toContain('the overseer branch is needed')
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('not an agent branch')
    expect(run.summary).toContain('pull-requests.non-agent-into-overseer: allow')

    // The rule is read from the pull request's base, never from the checkout: a copy in the work tree changes nothing.
    writeFileSync(join(repo.dir, 'refuse.yml'), 'version: 1\npull-requests:\n  non-agent-into-overseer: refuse\n')
    const ignored = await prRun(repo, event, { role: 'implementor', commands: 'ok: node -e 0', config: 'refuse.yml' })
    expect(ignored.exitCode).toBe(0)
    await repo.commit(
      overseer,
      { 'refuse.yml': 'version: 1\npull-requests:\n  non-agent-into-overseer: refuse\n' },
      'refuse',
      `origin/${overseer}`,
    )
    await repo.push(overseer)
    const refused = await prRun(repo, event, { role: 'implementor', commands: 'ok: node -e 0', config: 'refuse.yml' })
    expect(refused.exitCode).toBe(1)
    expect(failureOf(refused)).toContain('refused by the config rule pull-requests.non-agent-into-overseer: refuse')
  })
})

describe('orchestrator run-tests in a developer clone', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    // Each commit changes the file its task names (T003: src/models/user.ts), so no scope drift is warned about.
    await repo.commit(impl(1), { 'src/models/user.ts': 'export const user = 1\n' }, 'T003 model', `origin/${impl(1)}`)
    await repo.commit(impl(2), { 'src/services/login.ts': 'export const login = 1\n' }, 'T004 login', `origin/${impl(2)}`)
    await repo.push(impl(1), impl(2))
  })

  it('tells the branch from the checkout', async () => {
    await repo.git.run(['checkout', '-q', impl(1)])
    const r = await runCliInProcess(['run-tests', '--commands', 'ok: node -e 0', '--json'], repo.dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ role: 'implementor', branch: impl(1) })
  })

  it('refuses --branch naming another branch than the checked-out one (the checks run on the working tree)', async () => {
    await repo.git.run(['checkout', '-q', impl(1)])
    const r = await runCliInProcess(['run-tests', '--branch', impl(2), '--commands', 'ok: node -e 0'], repo.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`branch "${impl(2)}" is at`)
    expect(r.stderr).toContain(`git switch ${impl(2)}`)
    await repo.git.run(['checkout', '-q', impl(2)])
    const ok = await runCliInProcess(['run-tests', '--branch', impl(2), '--commands', 'ok: node -e 0', '--json'], repo.dir)
    expect(ok.code).toBe(0)
  })

  it('says what to do on a detached HEAD', async () => {
    await repo.git.run(['checkout', '-q', '--detach', impl(1)])
    const r = await runCliInProcess(['run-tests', '--commands', 'ok: node -e 0'], repo.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('HEAD is detached')
    expect(r.stderr).toContain('--branch')
  })
})
