import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { impl, initFeature, overseer } from '../support/agent-feature'
import { runCliProcess } from '../support/cli'
import { makeFeatureRepo } from '../support/feature-repo'
import { ActionRun, runAction } from '../support/harness'
import { cleanupTemp, tempDir, TestRepo } from '../support/repo'
import { adaptPayload, webhookExample } from '../support/webhook-examples'

// role-ci judges the commit the event names (push: after; pull request: head.sha), against the
// overseer read from the repository's own address, for the push payloads GitHub really sends
// (the community's examples, adapted to this repository's commits and names).
const bundle = 'dist/role-ci/index.js'
const WORKFLOW = '.github/workflows/ci.yml'
const ZEROS = '0'.repeat(40)
const REPOSITORY = 'acme/app'

let repo: TestRepo
let server: string
let tipA: string // impl-1 before the forced push: a harmless change
let tipB: string // impl-1 after it: rewritten from the overseer, edits CI
let tipC: string // impl-2, a new branch: edits CI
let overseerTip: string

/** The example's names and shas turned into this repository's. */
function ours(payload: Record<string, unknown>, set: Record<string, unknown>): Record<string, unknown> {
  return adaptPayload(payload, { 'Codertocat/Hello-World': REPOSITORY, Codertocat: 'acme', 'Hello-World': 'app', master: 'main' }, set)
}

function pushExample(kind: 'created' | 'deleted'): Record<string, unknown> {
  return webhookExample('push', (p) =>
    kind === 'created' ? p.created === true && String(p.ref).startsWith('refs/heads/') : p.deleted === true,
  )
}

async function push(payload: Record<string, unknown>, inputs: Record<string, string>, cwd = repo.dir): Promise<ActionRun> {
  const after = payload.after as string
  return runAction({
    bundle,
    cwd,
    eventName: 'push',
    event: payload,
    ref: payload.ref as string,
    sha: after,
    repository: REPOSITORY,
    inputs: { 'guard-only': 'true', record: 'false', ...inputs },
    env: { GITHUB_SERVER_URL: `file://${server}` },
  })
}

function violations(run: ActionRun): string[] {
  return (JSON.parse(run.outputs.results) as { guard: { violations: { path?: string }[] } }).guard.violations.map((v) => v.path ?? '')
}

afterAll(cleanupTemp)

beforeAll(async () => {
  repo = await makeFeatureRepo()
  await repo.commit('main', { [WORKFLOW]: 'on: push\njobs: {}\n' }, 'add CI')
  await repo.push('main')
  await initFeature(repo, 2)
  overseerTip = await repo.git.run(['rev-parse', `origin/${overseer}`])
  tipA = await repo.commit(impl(1), { 'src/feature.ts': 'export const a = 1\n' }, 'T001 model', `origin/${impl(1)}`)
  await repo.push(impl(1))
  await repo.git.run(['checkout', '-q', '-B', impl(1), `origin/${overseer}`])
  tipB = await repo.commit(impl(1), { [WORKFLOW]: 'on: [push]\njobs: {x: {}}\n' }, 'T001 again')
  await repo.git.run(['push', '-q', '--force', 'origin', `${impl(1)}:${impl(1)}`])
  tipC = await repo.commit(impl(2), { [WORKFLOW]: 'on: [pull_request]\njobs: {}\n' }, 'T002 tweak CI', `origin/${impl(2)}`)
  await repo.push(impl(2))
  // The runner's GITHUB_SERVER_URL/GITHUB_REPOSITORY: the same bare repository, under its hosted name.
  server = tempDir('orch-server-')
  mkdirSync(join(server, 'acme'))
  symlinkSync(repo.remote, join(server, 'acme', 'app'))
  await repo.git.run(['checkout', '-q', '--detach', 'main'])
})

describe('role-ci on the push payloads GitHub sends (@octokit/webhooks-examples)', () => {
  it('a new branch (before all zeros, created): judges the pushed commit from the event, not what is checked out', async () => {
    const payload = ours(pushExample('created'), { ref: `refs/heads/${impl(2)}`, before: ZEROS, after: tipC })
    expect(payload.created).toBe(true)
    const run = await push(payload, {})
    expect(run.exitCode).toBe(1)
    expect(violations(run)).toEqual([WORKFLOW])
    expect(JSON.parse(run.outputs.results).commit).toBe(tipC)
  })

  it('a forced push (before not an ancestor of after): judges after against the overseer', async () => {
    expect(await repo.git.exec(['merge-base', '--is-ancestor', tipA, tipB], { allowedExitCodes: [0, 1] })).toMatchObject({ exitCode: 1 })
    const payload = ours(pushExample('created'), { ref: `refs/heads/${impl(1)}`, before: tipA, after: tipB, created: false, forced: true })
    const run = await push(payload, {})
    expect(run.exitCode).toBe(1)
    expect(violations(run)).toEqual([WORKFLOW])
    expect(JSON.parse(run.outputs.results).commit).toBe(tipB)
  })

  it('a deleted branch (after all zeros, deleted): nothing to judge, says so, exits 0', async () => {
    await repo.git.run(['checkout', '-q', '--detach', tipB]) // what is checked out would fail the guard
    try {
      const payload = ours(pushExample('deleted'), { ref: `refs/heads/${impl(1)}`, before: tipB, after: ZEROS })
      expect(payload.deleted).toBe(true)
      const run = await push({ ...payload, after: ZEROS }, {})
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toContain('was deleted by this push')
      expect(run.stdout).toContain('nothing to judge')
      expect(run.summary).toContain('nothing to judge')
      expect(run.summary).toContain('Nothing judged (see the note above).')
      expect(run.summary).not.toContain('No protected path')
    } finally {
      await repo.git.run(['checkout', '-q', '--detach', 'main'])
    }
  })

  it('a pull request (synchronize): judges pull_request.head.sha against its base', async () => {
    const example = webhookExample('pull_request', (p) => p.action === 'synchronize')
    const payload = ours(example, {
      'pull_request.head.ref': impl(2),
      'pull_request.head.sha': tipC,
      'pull_request.base.ref': overseer,
      'pull_request.base.sha': overseerTip,
    })
    const run = await runAction({
      bundle,
      cwd: repo.dir,
      eventName: 'pull_request',
      event: payload,
      ref: `refs/pull/${payload.number}/merge`,
      repository: REPOSITORY,
      inputs: { 'guard-only': 'true', record: 'false' },
      env: { GITHUB_HEAD_REF: impl(2), GITHUB_BASE_REF: overseer, GITHUB_SERVER_URL: `file://${server}` },
    })
    expect(run.exitCode).toBe(1)
    expect(violations(run)).toEqual([WORKFLOW])
  })

  it('a pull request (opened) from an implementor branch into main: a pull request target violation', async () => {
    const example = webhookExample('pull_request', (p) => p.action === 'opened')
    const payload = ours(example, { 'pull_request.head.ref': impl(2), 'pull_request.head.sha': tipC, 'pull_request.base.ref': 'main' })
    const run = await runAction({
      bundle,
      cwd: repo.dir,
      eventName: 'pull_request',
      event: payload,
      ref: `refs/pull/${payload.number}/merge`,
      repository: REPOSITORY,
      inputs: { 'guard-only': 'true', record: 'false' },
      env: { GITHUB_HEAD_REF: impl(2), GITHUB_BASE_REF: 'main', GITHUB_SERVER_URL: `file://${server}` },
    })
    expect(run.exitCode).toBe(1)
    const kinds = (JSON.parse(run.outputs.results) as { guard: { violations: { kind: string }[] } }).guard.violations.map((v) => v.kind)
    expect(kinds).toContain('pr-target')
  })

  it("a shallow checkout of the default branch (actions/checkout's default depth): the pushed commit and its history are fetched, the verdict is the same", async () => {
    const shallow = tempDir('orch-shallow-')
    await repo.git.run(['clone', '-q', '--depth', '1', '--branch', 'main', `file://${repo.remote}`, shallow])
    const payload = ours(pushExample('created'), { ref: `refs/heads/${impl(2)}`, before: ZEROS, after: tipC })
    const run = await push(payload, { token: 'ghs_test-token' }, shallow)
    expect(run.exitCode).toBe(1)
    expect(violations(run)).toEqual([WORKFLOW])
  })

  it("with a token, reads the overseer from the repository's own address, not from origin's URL a step rewrote", async () => {
    // A look-alike whose overseer branch is the implementor's head: compared with it, nothing changed.
    const lookalike = join(tempDir('orch-lookalike-'), 'app.git')
    await repo.git.run(['clone', '-q', '--mirror', repo.remote, lookalike])
    await repo.git.run(['--git-dir', lookalike, 'update-ref', `refs/heads/${overseer}`, tipC])
    const clone = await repo.clone()
    await clone.git.run(['remote', 'set-url', 'origin', lookalike])
    await clone.git.run(['update-ref', `refs/remotes/origin/${overseer}`, tipC])
    await clone.git.run(['update-ref', `refs/orchestrator/heads/${overseer}`, tipC])
    const payload = ours(pushExample('created'), { ref: `refs/heads/${impl(2)}`, before: ZEROS, after: tipC })
    const run = await push(payload, { token: 'ghs_test-token' }, clone.dir)
    expect(run.exitCode).toBe(1)
    expect(violations(run)).toEqual([WORKFLOW])
    // The token reaches the runner only to be masked; no other line carries it.
    const lines = (run.stdout + run.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'))
    expect(lines.filter((l) => l.includes('ghs_test-token'))).toEqual([])
  })
})

describe('role-ci refuses to run branch code where it could reach a token or the recording', () => {
  const marker = 'RAN-BRANCH-CODE'
  const commands = `pwn: node -e "require('fs').writeFileSync('${marker}', 'x')"`

  it.each([
    ['asks to record', { record: 'true' }, 'record: true'],
    ['holds a token', { token: 'ghs_test-token' }, 'holds a token'],
    ['kept the checkout credentials', { persisted: 'yes' }, 'kept the checkout'],
  ])('in a job that %s: refused, naming the three-job example; the command does not run', async (_what, extra, says) => {
    const clone = await repo.clone()
    await clone.git.run(['checkout', '-q', impl(2)])
    const { persisted, ...inputs } = extra as Record<string, string>
    if (persisted)
      await clone.git.run(['config', '--local', 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hz'])
    const payload = ours(pushExample('created'), { ref: `refs/heads/${impl(2)}`, before: ZEROS, after: tipC })
    const run = await push(payload, { 'guard-only': 'false', 'conflict-check': 'false', commands, ...inputs }, clone.dir)
    expect(run.exitCode).toBe(1) // an action fails with 1; the CLI's exit code is 2 (below)
    const failure = run.annotations.find((a) => a.level === 'error' && a.message.startsWith('role-ci failed: '))?.message
    expect(failure).toContain("role-ci would run the branch's code")
    expect(failure).toContain(says)
    expect(failure).toContain('workflows-examples/implementor-ci.yml')
    expect(existsSync(join(clone.dir, marker))).toBe(false)
  })

  it('the CLI in a workflow job, asked to record: exit 2, the command does not run', async () => {
    const clone = await repo.clone()
    await clone.git.run(['checkout', '-q', impl(2)])
    const r = await runCliProcess(['run-tests', '--record', '--no-conflict-check', '--commands', commands], clone.dir, {
      GITHUB_ACTIONS: 'true',
    })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('record: true')
    expect(r.stderr).toContain('workflows-examples/implementor-ci.yml')
    expect(existsSync(join(clone.dir, marker))).toBe(false)
  })

  it('in a job with none of them (record: false, no token, no credentials) the checks run', async () => {
    const clone = await repo.clone()
    await clone.git.run(['checkout', '-q', impl(2)])
    const payload = ours(pushExample('created'), { ref: `refs/heads/${impl(2)}`, before: ZEROS, after: tipC })
    const run = await push(payload, { 'guard-only': 'false', 'conflict-check': 'false', commands }, clone.dir)
    expect(run.exitCode).toBe(1) // the guard's verdict on the CI edit; the checks ran all the same
    expect(existsSync(join(clone.dir, marker))).toBe(true)
  })
})
