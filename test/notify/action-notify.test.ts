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

describe('notify-webhook on the detect-conflicts action (the bundle, as the runner runs it)', () => {
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

  it('announces the new conflict once, masks the address, keeps it out of the state branch; a failing webhook is a warning', async () => {
    const inputs = { 'notify-webhook': server.url, 'fail-on-conflict': 'false' }
    const run = await runAction({ bundle: 'dist/detect-conflicts/index.js', cwd: repo.dir, inputs, eventName: 'schedule' })
    expect([run.exitCode, run.stderr]).toEqual([0, ''])
    expect(run.stdout).toContain(`::add-mask::${server.url}`)
    expect(server.deliveries).toHaveLength(1)
    const [event] = server.deliveries[0].body.events as { kind: string; title: string; fields: { name: string; value: string }[] }[]
    expect(event.kind).toBe('conflict-detected')
    expect(event.title).toBe(`New conflict: ${impl(1)} and ${impl(2)}`)
    expect(event.fields[0]).toEqual({ name: 'Files', value: 'src/app.ts' })
    await repo.git.run(['fetch', '-q', 'origin'])
    const grep = await repo.git.exec(['grep', '-l', 'secret-token', 'origin/orchestrator/state', '--'], { allowedExitCodes: [0, 1] })
    expect(grep.exitCode).toBe(1)

    // An unchanged re-scan records nothing and sends nothing.
    const again = await runAction({ bundle: 'dist/detect-conflicts/index.js', cwd: repo.dir, inputs, eventName: 'schedule' })
    expect(again.exitCode).toBe(0)
    expect(server.deliveries).toHaveLength(1)

    // The conflict resolved while the webhook fails: the scan still succeeds and records, with a warning.
    mkdirSync(join(repo.dir, '.github'), { recursive: true })
    writeFileSync(join(repo.dir, '.github/orchestrator.yml'), 'version: 1\nnotifications:\n  retries: 1\n')
    await repo.commit(impl(2), { 'src/app.ts': app('export const line10 = "one"') }, 'T004 agree', impl(2))
    await repo.push(impl(2))
    await repo.git.run(['checkout', '-q', 'main'])
    server.script.push({ status: 500 }, { status: 500 })
    const failing = await runAction({ bundle: 'dist/detect-conflicts/index.js', cwd: repo.dir, inputs, eventName: 'schedule' })
    expect([failing.exitCode, failing.outputs.clean]).toEqual([0, 'true'])
    expect(failing.outputs['state-commit']).toMatch(/^[0-9a-f]{40}$/)
    expect(server.deliveries).toHaveLength(3)
    expect((server.deliveries[2].body.events as { kind: string }[])[0].kind).toBe('conflict-resolved')
    expect(failing.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/could not notify the json webhook: HTTP 500 after 2 attempt/),
      }),
    )
    expect(failing.stdout.replace(`::add-mask::${server.url}`, '')).not.toContain('secret-token-XYZ')
  })
})
