// Issue #25 item 8 (webhooks): an announcement that failed, or was cut by the run's budget, waits in an
// outbox on the state branch and is sent by a later run, exactly once, also when two runs race.
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { defaultNotificationSettings, type NotificationSettings } from '../../shared/config/notify-settings'
import type { RunContext } from '../../shared/context'
import { MemoryLogger } from '../../shared/logger'
import { createNotifier } from '../../shared/notify/notifier'
import { makeEvent } from '../../shared/state/events'
import { StateStore } from '../../shared/views'
import { stateOutbox } from '../../shared/workspace/notify-outbox'
import { allKindsLog, FEATURE_A } from '../support/all-kinds-log'
import { cleanupTemp, makeRepo, type TestRepo } from '../support/repo'
import { WebhookServer } from '../support/webhook-server'

afterAll(cleanupTemp)

const settings = (extra: Partial<NotificationSettings> = {}): NotificationSettings => ({
  ...defaultNotificationSettings(),
  minIntervalMs: 0,
  timeoutSeconds: 5,
  ...extra,
})
let tick = 0
const ctx = { actor: 'outbox-test', now: () => new Date(Date.UTC(2026, 11, 7, 6, 0, tick++)) } as unknown as RunContext

/** One run as openWorkspace wires it: a store whose commits are announced, with the outbox on the same state branch. */
function run(repo: TestRepo, server: WebhookServer, extra: Partial<NotificationSettings> = {}) {
  const logger = new MemoryLogger()
  const notifier = createNotifier(server.url, settings(extra), logger)
  const store: StateStore = new StateStore({
    git: repo.git,
    remote: 'origin',
    logger,
    onCommitted: async (r) => void (await notifier.announce(r.added, r.projection, stateOutbox(store, ctx, r.commit))),
  })
  return { store, logger }
}

const heartbeat = (n: number) =>
  makeEvent(
    'scan-completed',
    FEATURE_A,
    { scanner: 'conflicts', at: `2026-12-07T06:0${n}:00.000Z`, pairs: 0, conflicted: 0, errors: 0 },
    {
      actor: 'outbox-test',
      time: new Date(Date.UTC(2026, 11, 7, 6, n)),
    },
  )
const sentKeys = (server: WebhookServer) => server.deliveries.flatMap((d) => (d.body.events as { key: string }[]).map((e) => e.key))

describe('the webhook outbox on the state branch', () => {
  let server: WebhookServer
  let repo: TestRepo
  beforeEach(async () => {
    server = await new WebhookServer().start()
    repo = await makeRepo()
  })
  afterEach(() => server.stop())

  it('an announcement cut by a 429 with Retry-After: 60 is sent by the next run, once; a third run sends nothing', async () => {
    server.script.push({ status: 429, retryAfter: '60' })
    const first = run(repo, server, { budgetSeconds: 20 })
    const r1 = await first.store.append(allKindsLog())
    expect(server.deliveries).toHaveLength(1)
    const state1 = await first.store.read()
    const parked = Object.values(state1.projection.features).flatMap((f) => Object.keys(f.outbox ?? {}))
    expect(parked.length).toBeGreaterThan(0)
    expect(r1.pushed).toBe(true)

    const second = run(repo, server)
    await second.store.append([heartbeat(1)])
    const delivered = sentKeys(server).slice((server.deliveries[0].body.events as unknown[]).length)
    expect(delivered.sort()).toEqual([...parked].sort())
    const state2 = await second.store.read()
    expect(Object.values(state2.projection.features).flatMap((f) => Object.keys(f.outbox ?? {}))).toEqual([])

    const count = server.deliveries.length
    await run(repo, server).store.append([heartbeat(2)])
    expect(server.deliveries).toHaveLength(count)
  })

  it('two runs racing over the same outbox send each pending announcement once in all', async () => {
    server.script.push({ status: 503 }, { status: 503 })
    const first = run(repo, server, { retries: 1 })
    await first.store.append(allKindsLog())
    const parked = Object.values((await first.store.read()).projection.features).flatMap((f) => Object.keys(f.outbox ?? {}))
    expect(parked.length).toBeGreaterThan(0)
    server.deliveries.length = 0

    const other = await repo.clone()
    const a = run(repo, server)
    const b = run(other, server)
    await Promise.all([a.store.append([heartbeat(3)]), b.store.append([heartbeat(4)])])
    const keys = sentKeys(server)
    expect(keys.sort()).toEqual([...parked].sort())
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('a failed resend goes back to the outbox as a new try, and the try after it sends it', async () => {
    server.script.push({ status: 500 }, { status: 500 })
    await run(repo, server, { retries: 1 }).store.append(allKindsLog())
    server.deliveries.length = 0
    server.script.push({ status: 500 }, { status: 500 })
    const second = run(repo, server, { retries: 1 })
    await second.store.append([heartbeat(5)])
    const retry = Object.values((await second.store.read()).projection.features).flatMap((f) => Object.values(f.outbox ?? {}))
    expect(retry.length).toBeGreaterThan(0)
    expect(retry.every((occurrence) => occurrence === 2)).toBe(true)
    server.deliveries.length = 0
    await run(repo, server).store.append([heartbeat(6)])
    expect(sentKeys(server)).toHaveLength(retry.length)
  })
})
