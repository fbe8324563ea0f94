// Issue #25 item 8 (webhooks): one run spends at most notifications.budget-seconds on a webhook,
// Retry-After is honoured only within that budget, and every attempt carries an idempotency key.
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { defaultNotificationSettings, parseNotifications, type NotificationSettings } from '../../shared/config/notify-settings'
import { MemoryLogger } from '../../shared/logger'
import { createNotifier } from '../../shared/notify/notifier'
import { StateStore } from '../../shared/views'
import { allKindsLog } from '../support/all-kinds-log'
import { cleanupTemp, makeRepo, type TestRepo } from '../support/repo'
import { WebhookServer } from '../support/webhook-server'

afterAll(cleanupTemp)

const settings = (extra: Partial<NotificationSettings> = {}): NotificationSettings => ({
  ...defaultNotificationSettings(),
  minIntervalMs: 0,
  timeoutSeconds: 1,
  ...extra,
})

/** A clock that only moves when the notifier waits: the time a run spends is read, not measured. */
function virtualClock() {
  let now = 1_700_000_000_000
  const sleeps: number[] = []
  return {
    sleeps,
    elapsed: () => now - 1_700_000_000_000,
    env: {
      now: () => now,
      sleep: async (ms: number) => {
        sleeps.push(ms)
        now += ms
      },
    },
  }
}

describe('webhook notifications within a time budget per run', () => {
  let server: WebhookServer
  let repo: TestRepo
  let projection: Awaited<ReturnType<StateStore['append']>>['projection']
  const events = allKindsLog()
  beforeEach(async () => {
    server = await new WebhookServer().start()
    repo = await makeRepo()
    projection = (await new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() }).append(events)).projection
  })
  afterEach(() => server.stop())

  it('a 429 with Retry-After: 60 does not hold the run past its 20 s budget', async () => {
    server.script.push({ status: 429, retryAfter: '60' })
    const clock = virtualClock()
    const logger = new MemoryLogger()
    const report = await createNotifier(server.url, settings(), logger, clock.env).announce(events, projection)
    expect(clock.sleeps).toEqual([])
    expect(server.deliveries).toHaveLength(1)
    expect(report.delivered).toBe(0)
    expect(report.failed).toBe(report.facts)
    const warning = logger.entries.filter((e) => e.level === 'warning').map((e) => e.message)
    expect(warning).toEqual([
      expect.stringContaining(
        "HTTP 429 with Retry-After 60 s; the run's notification budget of 20 s is spent (notifications.budget-seconds)",
      ),
    ])
    expect(warning.join('')).not.toContain('secret-token')
  })

  it('honours a Retry-After that ends within the budget, and sends the same idempotency key on the retry', async () => {
    server.script.push({ status: 429, retryAfter: '5' })
    const clock = virtualClock()
    const report = await createNotifier(server.url, settings({ maxMessages: 1 }), new MemoryLogger(), clock.env).announce(
      events,
      projection,
    )
    expect(clock.sleeps).toEqual([5000])
    expect(report.failed).toBe(0)
    expect(server.deliveries).toHaveLength(2)
    const keys = server.deliveries.map((d) => d.idempotencyKey)
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(keys[1]).toBe(keys[0])
  })

  it('one budget across messages and appends: failing messages stop at the budget, the rest are counted, not sent', async () => {
    for (let i = 0; i < 40; i++) server.script.push({ status: 503 })
    const clock = virtualClock()
    const logger = new MemoryLogger()
    const notifier = createNotifier(server.url, settings({ retries: 3, maxMessages: 50, budgetSeconds: 20 }), logger, clock.env)
    const first = await notifier.announce(events, projection)
    const second = await notifier.announce(events, projection)
    expect(clock.elapsed()).toBeLessThanOrEqual(20_000)
    expect(first.delivered + second.delivered).toBe(0)
    // Once the budget is gone, nothing more is sent in this run.
    await clock.env.sleep(20_000)
    const sent = server.deliveries.length
    const third = await notifier.announce(events, projection)
    expect([third.messages, third.delivered, server.deliveries.length]).toEqual([0, 0, sent])
    const warnings = logger.entries.filter((e) => e.level === 'warning').map((e) => e.message)
    expect(warnings.at(-1)).toMatch(/budget of 20 s is spent \(notifications.budget-seconds\); \d+ new event\(s\) not announced/)
  })

  it('a webhook that never answers is given only what is left of the budget', async () => {
    server.script.push({ hang: true }, { hang: true })
    const logger = new MemoryLogger()
    const report = await createNotifier(
      server.url,
      settings({ budgetSeconds: 3, timeoutSeconds: 120, retries: 1, maxMessages: 1 }),
      logger,
    ).announce(events, projection)
    expect(report.delivered).toBe(0)
    expect(server.deliveries.length).toBeLessThanOrEqual(1)
    expect(logger.entries.map((e) => e.message).join('\n')).toMatch(
      /no answer within [1-3] s; the run's notification budget of 3 s is spent/,
    )
  })

  // Hostile Retry-After values: none holds the run past the budget, none is waited for unbounded.
  it.each(['60', '86400', '1e9', '-1', 'NaN', 'Fri, 31 Dec 9999 23:59:59 GMT', '0.000001', `${'9'.repeat(400)}`])(
    'Retry-After %j keeps the run within its budget',
    async (value) => {
      for (let i = 0; i < 4; i++) server.script.push({ status: 429, retryAfter: value })
      const clock = virtualClock()
      await createNotifier(
        server.url,
        settings({ retries: 3, maxRetryAfterSeconds: 600, budgetSeconds: 20 }),
        new MemoryLogger(),
        clock.env,
      ).announce(events, projection)
      expect(clock.elapsed()).toBeLessThanOrEqual(20_000)
      expect(server.deliveries.length).toBeLessThanOrEqual(4 * 5)
    },
  )
})

describe('notifications.budget-seconds', () => {
  it('defaults to 20 and refuses values outside 1..600, naming the key and the value', () => {
    expect(defaultNotificationSettings().budgetSeconds).toBe(20)
    expect(parseNotifications({ 'budget-seconds': 5 }, 'x.yml').budgetSeconds).toBe(5)
    for (const bad of [0, 601, '20', 1.5])
      expect(() => parseNotifications({ 'budget-seconds': bad }, '.github/orchestrator.yml')).toThrow(
        /^\.github\/orchestrator\.yml: notifications\.budget-seconds .+ is not valid; expected a whole number from 1 to 600$/,
      )
  })
})
