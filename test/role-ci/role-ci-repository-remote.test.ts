import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { featureStatusJson, impl, initFeature, overseer } from '../support/agent-feature'
import { makeFeatureRepo } from '../support/feature-repo'
import { GitHttpServer, startGitHttpServer } from '../support/git-http-server'
import { runAction } from '../support/harness'
import { cleanupTemp, tempDir, TestRepo } from '../support/repo'
import { adaptPayload, webhookExample } from '../support/webhook-examples'

// With a token, role-ci reads and records through the repository's own address
// ($GITHUB_SERVER_URL/$GITHUB_REPOSITORY), the token as an extra header: here a git server over HTTP
// that refuses any request without it, while origin points at a look-alike.
const WORKFLOW = '.github/workflows/ci.yml'
const TOKEN = 'ghs_repository-remote-token'
const HEADER = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`

let repo: TestRepo
let server: GitHttpServer
let pushed: string

afterAll(async () => {
  await server?.close()
  cleanupTemp()
})

beforeAll(async () => {
  repo = await makeFeatureRepo()
  await repo.commit('main', { [WORKFLOW]: 'on: push\njobs: {}\n' }, 'add CI')
  await repo.push('main')
  await initFeature(repo, 1)
  pushed = await repo.commit(impl(1), { [WORKFLOW]: 'on: [push]\njobs: {x: {}}\n' }, 'T001 tweak CI', `origin/${impl(1)}`)
  await repo.push(impl(1))
  await repo.git.run(['--git-dir', repo.remote, 'config', 'http.receivepack', 'true'])
  const root = tempDir('orch-http-root-')
  mkdirSync(join(root, 'acme'))
  symlinkSync(repo.remote, join(root, 'acme', 'app'))
  server = await startGitHttpServer(root, HEADER)
})

describe("role-ci with a token: the repository's own address, the token as an extra header", () => {
  it('judges and records through it, sending the token on every request, while origin points elsewhere', async () => {
    const lookalike = join(tempDir('orch-lookalike-'), 'app.git')
    await repo.git.run(['clone', '-q', '--mirror', repo.remote, lookalike])
    await repo.git.run(['--git-dir', lookalike, 'update-ref', `refs/heads/${overseer}`, pushed])
    const clone = await repo.clone()
    await clone.git.run(['checkout', '-q', 'main'])
    await clone.git.run(['remote', 'set-url', 'origin', lookalike])
    const example = webhookExample('push', (p) => p.created === true && String(p.ref).startsWith('refs/heads/'))
    const payload = adaptPayload(
      example,
      { 'Codertocat/Hello-World': 'acme/app', master: 'main' },
      { ref: `refs/heads/${impl(1)}`, after: pushed },
    )
    const run = await runAction({
      bundle: 'dist/role-ci/index.js',
      cwd: clone.dir,
      eventName: 'push',
      event: payload,
      ref: `refs/heads/${impl(1)}`,
      sha: pushed,
      repository: 'acme/app',
      inputs: { 'guard-only': 'true', record: 'true', token: TOKEN },
      env: { GITHUB_SERVER_URL: server.url },
    })
    expect(run.exitCode).toBe(1)
    expect(JSON.parse(run.outputs.results).guard.violations.map((v: { path?: string }) => v.path)).toEqual([WORKFLOW])
    // git asked the server, with the header every time (no request went without it: none was refused).
    expect(server.authorizations.length).toBeGreaterThan(0)
    expect(new Set(server.authorizations)).toEqual(new Set([HEADER]))
    // The guard's verdict is on the repository's state branch, not the look-alike's.
    await repo.git.run(['fetch', '-q', 'origin'])
    const rows = (await featureStatusJson(repo)).tests.filter((t) => t.branch === impl(1) && t.commit === pushed)
    expect(rows).toEqual([expect.objectContaining({ suite: 'guard', failed: 1 })])
    // The token is in no file of the clone.
    const config = await clone.git.run(['config', '--local', '--list'])
    expect(config).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'))
  })
})
