import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { MemoryLogger } from '../../shared/logger'
import { factsOf } from '../../shared/notify/facts'
import { createNotifier } from '../../shared/notify/notifier'
import type { EventDataByKind } from '../../shared/state/events/event-schema'
import { emptyProjection } from '../../shared/state/projection/projection'
import { StateStore } from '../../shared/views'
import { defaultNotificationSettings, parseNotifications, type NotificationSettings } from '../../shared/config/notify-settings'
import { allKindsLog, FEATURE_A, FEATURE_B, implOf, overseerOf } from '../support/all-kinds-log'
import { cleanupTemp, makeRepo, type TestRepo } from '../support/repo'
import { WebhookServer, type Delivery } from '../support/webhook-server'

afterAll(cleanupTemp)

const fast = (extra: Partial<NotificationSettings> = {}): NotificationSettings => ({
  ...defaultNotificationSettings(),
  minIntervalMs: 0,
  timeoutSeconds: 1,
  ...extra,
})

/** The new facts of allKindsLog per feature: 2 conflicts opened, 1 resolved, failing runs, 2 blockers. */
const EXPECTED = [
  ...[FEATURE_A, FEATURE_B].flatMap((f) => [
    ['conflict-detected', f],
    ['conflict-resolved', f],
    ['conflict-detected', f],
    ...(f === FEATURE_A
      ? [
          ['test-failed', f],
          ['test-failed', f],
        ]
      : [['test-failed', f]]),
    ['blocker-raised', f],
    ['blocker-raised', f],
    // The all-kinds log gives feature A a guard violation (cleared later: a clearing is not announced) and a budget crossed.
    ...(f === FEATURE_A
      ? [
          ['guard-violation', f],
          ['budget-crossed', f],
        ]
      : []),
  ]),
]

function jsonEvents(deliveries: Delivery[]) {
  return deliveries.flatMap(
    (d) => d.body.events as { kind: string; key: string; feature: string; title: string; fields: { name: string; value: string }[] }[],
  )
}

/** Slack's documented limits: ≤ 50 blocks, header plain_text ≤ 150, section mrkdwn ≤ 3000, a fallback text. */
function checkSlack(body: Record<string, unknown>): void {
  expect(typeof body.text).toBe('string')
  const blocks = body.blocks as { type: string; text?: { type: string; text: string }; elements?: { type: string; text: string }[] }[]
  expect(blocks.length).toBeLessThanOrEqual(50)
  expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: expect.any(String) } })
  expect(blocks[0].text!.text.length).toBeLessThanOrEqual(150)
  for (const b of blocks.slice(1)) {
    expect(['section', 'context']).toContain(b.type)
    if (b.type === 'section') {
      expect(b.text!.type).toBe('mrkdwn')
      expect(b.text!.text.length).toBeLessThanOrEqual(3000)
      expect(b.text!.text).not.toMatch(/<(?!\/)|<!/) // no raw link or @channel syntax from user text
    } else expect(b.elements![0].type).toBe('mrkdwn')
  }
}

/** Discord's documented limits: ≤ 10 embeds, title ≤ 256, ≤ 25 fields of ≤ 1024, 6000 characters in all; no mentions. */
function checkDiscord(body: Record<string, unknown>): void {
  expect(body.allowed_mentions).toEqual({ parse: [] })
  const embeds = body.embeds as { title: string; color: number; timestamp: string; fields: { name: string; value: string }[] }[]
  expect(embeds.length).toBeGreaterThan(0)
  expect(embeds.length).toBeLessThanOrEqual(10)
  let total = 0
  for (const e of embeds) {
    expect(e.title.length).toBeLessThanOrEqual(256)
    expect(Number.isInteger(e.color)).toBe(true)
    expect(new Date(e.timestamp).toISOString()).toBe(e.timestamp)
    expect(e.fields.length).toBeLessThanOrEqual(25)
    for (const f of e.fields) expect(f.value.length).toBeLessThanOrEqual(1024)
    total += e.title.length + e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0)
  }
  expect(total).toBeLessThanOrEqual(6000)
}

describe('webhook notifications of what a compare-and-swap added', () => {
  let server: WebhookServer
  let repo: TestRepo
  beforeEach(async () => {
    server = await new WebhookServer().start()
    repo = await makeRepo()
  })
  afterEach(() => server.stop())

  function storeWith(r: TestRepo, settings: NotificationSettings, logger = new MemoryLogger()) {
    const notifier = createNotifier(server.url, settings, logger)
    const store = new StateStore({
      git: r.git,
      remote: 'origin',
      logger,
      onCommitted: async (result) => void (await notifier.announce(result.added, result.projection)),
    })
    return { store, logger }
  }

  it('sends one generic JSON message per new fact, and nothing on a re-run', async () => {
    const { store, logger } = storeWith(repo, fast())
    const events = allKindsLog()
    expect((await store.append(events)).added).toHaveLength(events.length)
    expect(server.deliveries).toHaveLength(1)
    const sent = jsonEvents(server.deliveries)
    expect(sent.map((e) => [e.kind, e.feature])).toEqual(EXPECTED)
    expect(new Set(sent.map((e) => e.key)).size).toBe(sent.length)
    const opened = sent.filter((e) => e.kind === 'conflict-detected' && e.feature === FEATURE_A)
    expect(opened[0].fields).toEqual([
      { name: 'Files', value: 'src/app.ts, src/<b>.ts' },
      { name: 'Who should rebase', value: implOf(FEATURE_A, 1) },
    ])
    // impl-1 is 3 ahead, impl-2 1 ahead of the overseer: impl-2 has less to replay.
    expect(opened[1].fields[1]).toEqual({ name: 'Who should rebase', value: implOf(FEATURE_A, 2) })
    expect(sent.find((e) => e.kind === 'conflict-resolved')!.fields[0]).toEqual({ name: 'Lived', value: '1 min' })
    expect((await store.append(events)).added).toHaveLength(0)
    expect(server.deliveries).toHaveLength(1)
    expect(logger.entries.map((e) => e.message).join('\n')).not.toContain(server.url.split('/hooks/')[1])
  })

  it('a conflict seen again at newer commits is not news; one that opens again is', async () => {
    const { store } = storeWith(repo, fast())
    const events = allKindsLog()
    await store.append(events)
    server.deliveries.length = 0
    const again = events.find((e) => e.kind === 'conflict-detected' && e.feature === FEATURE_B && e.data.right === implOf(FEATURE_B, 2))!
    const { makeEvent } = await import('../../shared/state/events/events')
    const later = makeEvent(
      'conflict-detected',
      FEATURE_B,
      { ...(again.data as EventDataByKind['conflict-detected']), leftSha: 'e'.repeat(40) },
      { actor: 'x', time: '2026-03-02T00:00:00.000Z' },
    )
    const reopened = makeEvent(
      'conflict-detected',
      FEATURE_B,
      { left: implOf(FEATURE_B, 1), right: overseerOf(FEATURE_B), leftSha: 'f'.repeat(40), rightSha: 'f'.repeat(40), files: [] },
      { actor: 'x', time: '2026-03-02T00:00:00.000Z' },
    )
    expect((await store.append([later, reopened])).added).toHaveLength(2)
    expect(jsonEvents(server.deliveries).map((e) => e.title)).toEqual([
      `New conflict: ${implOf(FEATURE_B, 1)} and ${overseerOf(FEATURE_B)}`,
    ])
  })

  it('two runs racing with the same events announce each fact once in all', async () => {
    const other = await repo.clone()
    // A generous timeout: under load a 1-second one makes a slow answer a retry (a second delivery) or a give-up.
    const a = storeWith(repo, fast({ timeoutSeconds: 10 })).store
    const b = storeWith(other, fast({ timeoutSeconds: 10 })).store
    const events = allKindsLog()
    const [ra, rb] = await Promise.all([a.append(events), b.append(events)])
    expect(ra.added.length + rb.added.length).toBe(events.length)
    const sent = jsonEvents(server.deliveries)
    expect(sent).toHaveLength(EXPECTED.length)
    expect(new Set(sent.map((e) => e.key)).size).toBe(EXPECTED.length)
  })

  it.each(['slack', 'discord'] as const)('%s payloads keep to the documented shape for every kind', async (format) => {
    const { store } = storeWith(repo, fast({ format }))
    await store.append(allKindsLog())
    expect(server.deliveries.length).toBe(2) // 13 facts, 10 per message
    for (const d of server.deliveries) {
      expect(d.contentType).toBe('application/json')
      if (format === 'slack') checkSlack(d.body)
      else checkDiscord(d.body)
    }
    const text = JSON.stringify(server.deliveries.map((d) => d.body))
    expect(text).not.toContain('<b>') // user text is escaped in both formats
    expect(text).toContain(format === 'slack' ? 'src/&lt;b&gt;.ts' : 'src/\\\\<b\\\\>.ts')
  })

  it('retries 429 after Retry-After and 500, gives up on a timeout with a warning, and the append still succeeds', async () => {
    server.script.push({ status: 429, retryAfter: '1' }, { status: 500 })
    const sleeps: number[] = []
    const logger = new MemoryLogger()
    const notifier = createNotifier(server.url, fast({ retries: 3 }), logger, {
      sleep: async (ms) => {
        sleeps.push(ms)
      },
      now: () => Date.now(),
    })
    const facts = allKindsLog()
    const store = new StateStore({
      git: repo.git,
      remote: 'origin',
      logger,
      onCommitted: async (r) => void (await notifier.announce(r.added, r.projection)),
    })
    await store.append(facts.slice(0, 12))
    expect(server.deliveries).toHaveLength(3)
    expect(sleeps).toEqual([1000, 2000]) // the server's Retry-After, then the backoff's second step
    expect(logger.entries.filter((e) => e.level === 'warning')).toEqual([])

    server.deliveries.length = 0
    server.script.push({ hang: true }, { hang: true })
    const slow = createNotifier(server.url, fast({ retries: 1, timeoutSeconds: 1 }), logger)
    const store2 = new StateStore({
      git: repo.git,
      remote: 'origin',
      logger,
      onCommitted: async (r) => void (await slow.announce(r.added, r.projection)),
    })
    const r = await store2.append(facts.slice(12))
    expect(r.pushed).toBe(true)
    expect(server.deliveries).toHaveLength(2)
    const warnings = logger.entries.filter((e) => e.level === 'warning').map((e) => e.message)
    expect(warnings).toEqual([expect.stringMatching(/could not notify the json webhook: no answer within 1 s after 2 attempt\(s\)/)])
    expect(warnings.join('')).not.toContain('secret-token')
  })

  it('a 4xx is final, a huge Retry-After is not waited for', async () => {
    server.script.push({ status: 404 })
    const logger = new MemoryLogger()
    const n = createNotifier(server.url, fast(), logger)
    const events = allKindsLog()
    const report = await n.announce(events, (await new StateStore({ git: repo.git, remote: 'origin', logger }).append(events)).projection)
    expect([report.delivered, report.failed, server.deliveries.length]).toEqual([0, EXPECTED.length, 1])
    server.script.push({ status: 429, retryAfter: '3600' })
    const r2 = await n.announce(events, emptyProjection())
    expect(r2.failed).toBeGreaterThan(0)
    expect(logger.entries.map((e) => e.message).join('\n')).toMatch(/Retry-After 3600 s, longer than 60 s/)
  })
})

describe('notification settings and facts', () => {
  it('guard-violation events are announced by kind name', () => {
    const facts = factsOf(
      [
        {
          kind: 'guard-violation',
          key: 'a'.repeat(64),
          feature: FEATURE_A,
          time: '2026-03-01T10:00:00.000Z',
          data: {
            branch: implOf(FEATURE_A, 1),
            kind: 'protected-path',
            subject: '.github/workflows/ci.yml',
            detail: 'implementors may not change .github/workflows/**',
            commit: 'c'.repeat(40),
          },
        },
      ],
      emptyProjection(),
      defaultNotificationSettings().kinds,
    )
    expect(facts).toEqual([
      expect.objectContaining({
        kind: 'guard-violation',
        title: `Role guard violated on ${implOf(FEATURE_A, 1)}`,
        fields: [
          { name: 'Reason', value: 'implementors may not change .github/workflows/**' },
          { name: 'Path', value: '.github/workflows/ci.yml' },
          { name: 'Commit', value: 'cccccccccccc' },
        ],
      }),
    ])
  })

  it('refuses a webhook address in the committed config, and bad values, naming the key', () => {
    expect(() => parseNotifications({ 'webhook-url': 'https://hooks.slack.com/x' }, 'o.yml')).toThrow(
      /is a secret and must not be committed/,
    )
    expect(() => parseNotifications({ kinds: ['conflict-detected', 'nope'] }, 'o.yml')).toThrow(/notifications.kinds must be a list/)
    expect(() => parseNotifications({ retries: 99 }, 'o.yml')).toThrow(
      /notifications.retries "99" is not valid; expected a whole number from 0 to 10/,
    )
    expect(parseNotifications({ format: 'discord', kinds: ['blocker-raised'] }, 'o.yml')).toMatchObject({
      format: 'discord',
      kinds: ['blocker-raised'],
    })
    expect(() => createNotifier('not a url secret123', fast(), new MemoryLogger())).toThrow(
      /not a valid URL \(its value is a secret and is not shown\)/,
    )
    expect(() => createNotifier('file:///etc/passwd', fast(), new MemoryLogger())).toThrow(/http\(s\)/)
  })
})
