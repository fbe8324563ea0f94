// Issue #25 item 8 (webhooks), through the bundle as the runner runs it: a webhook answering 429 with
// Retry-After: 60 costs a scan one request, not a minute, and the scan still records.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCliProcess } from '../support/cli'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp, type TestRepo } from '../support/repo'
import { WebhookServer } from '../support/webhook-server'

const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const app = (line10: string) =>
  Array.from({ length: 20 }, (_, i) => `${i === 9 ? line10 : `export const line${i + 1} = ${i + 1}`}\n`).join('')

afterAll(cleanupTemp)

describe('detect-conflicts with a rate-limited webhook', () => {
  let repo: TestRepo
  let server: WebhookServer
  beforeAll(async () => {
    server = await new WebhookServer().start()
    repo = await makeFeatureRepo()
    const r = await runCliProcess(['init-feature', SPEC, '--implementors', '2'], repo.dir)
    if (r.code !== 0) throw new Error(r.stderr)
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.commit(impl(1), { 'src/app.ts': app('export const line10 = "one"') }, 'T003 one', `origin/${impl(1)}`)
    await repo.commit(impl(2), { 'src/app.ts': app('export const line10 = "two"') }, 'T004 two', `origin/${impl(2)}`)
    await repo.push(impl(1), impl(2))
    await repo.git.run(['checkout', '-q', 'main'])
  })
  afterAll(() => server.stop())

  it('429 with Retry-After: 60 is not waited for past the run budget; the scan records and warns', async () => {
    mkdirSync(join(repo.dir, '.github'), { recursive: true })
    writeFileSync(join(repo.dir, '.github/orchestrator.yml'), 'version: 1\nnotifications:\n  budget-seconds: 5\n  retries: 3\n')
    for (let i = 0; i < 4; i++) server.script.push({ status: 429, retryAfter: '60' })
    const inputs = { 'notify-webhook': server.url, 'fail-on-conflict': 'false' }
    const run = await runAction({ bundle: 'dist/detect-conflicts/index.js', cwd: repo.dir, inputs, eventName: 'schedule' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['state-commit']).toMatch(/^[0-9a-f]{40}$/)
    expect(server.deliveries).toHaveLength(1)
    expect(server.deliveries[0].idempotencyKey).toMatch(/^[0-9a-f]{32}$/)
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/HTTP 429 with Retry-After 60 s; the run's notification budget of 5 s is spent/),
      }),
    )
    expect(run.stdout.replace(`::add-mask::${server.url}`, '')).not.toContain('secret-token-XYZ')
  })
})
