import { createHash } from 'node:crypto'
import { InputError } from '../errors'
import type { Logger } from '../logger'
import type { Projection } from '../state/projection'
import { deliver, type DeliveryEnvironment } from './deliver'
import { factsOf, type AnnouncedEvent } from './facts'
import { FACTS_PER_MESSAGE, payloadFor } from './payloads'
import type { NotificationSettings, WebhookFormat } from '../config/notify-settings'
import { pendingAnnouncements, type Outbox, type OutboxEntry } from './outbox'
import { formatOf } from './webhook-format'

export interface NotifyReport {
  format: WebhookFormat
  facts: number
  messages: number
  delivered: number
  failed: number
}

export interface Notifier {
  readonly format: WebhookFormat
  /**
   * Announces the facts among `events` (those this run's compare-and-swap added). Never throws:
   * failures are warnings. With an outbox, the first call of a run also sends what earlier runs
   * left pending (once: claimed first), and what fails now is left pending for a later run.
   */
  announce(events: readonly AnnouncedEvent[], projection: Projection, outbox?: Outbox): Promise<NotifyReport>
}

/** Pending announcements one run takes from the outbox at most. */
export const OUTBOX_PER_RUN = 100

/**
 * A webhook notifier. The address is a secret: it is checked here (an error
 * never quotes it) and appears in no message, log line or file.
 */
export function createNotifier(
  address: string,
  settings: NotificationSettings,
  logger: Logger,
  env: DeliveryEnvironment = { sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: () => Date.now() },
): Notifier {
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    throw new InputError(
      'notify-webhook is not a valid URL (its value is a secret and is not shown); expected the https:// address of a webhook',
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(`notify-webhook must be an http(s) address, not ${url.protocol.replace(/:$/, '')}: (the value is not shown)`)
  const format = formatOf(url, settings.format)
  const name = `the ${format} webhook`
  // One budget for the whole run, however many appends announce: a slow webhook cannot hold the run.
  const budget = { deadline: env.now() + settings.budgetSeconds * 1000, seconds: settings.budgetSeconds }
  let busy = false
  let drained = false
  return {
    format,
    async announce(events, projection, outbox) {
      // Recording the outbox appends, and an append announces: that inner call has nothing to do.
      if (busy) return { format, facts: 0, messages: 0, delivered: 0, failed: 0 }
      busy = true
      try {
        return await announceOnce(events, projection, outbox)
      } finally {
        busy = false
      }
    },
  }

  async function announceOnce(events: readonly AnnouncedEvent[], projection: Projection, outbox?: Outbox): Promise<NotifyReport> {
    const facts = factsOf(events, projection, settings.kinds)
    const tries = new Map<string, OutboxEntry>()
    for (const f of facts) tries.set(f.key, { feature: f.feature, event: f.key, occurrence: 1 })
    if (outbox && !drained) {
      drained = true
      const pending = pendingAnnouncements(projection, OUTBOX_PER_RUN).filter((p) => !tries.has(p.event))
      const won = pending.length ? await outbox.claim(pending) : new Set<string>()
      const earlier: AnnouncedEvent[] = []
      for (const p of pending) {
        if (!won.has(p.event)) continue
        const event = await outbox.read(p.feature, p.event)
        if (event) earlier.push(event)
        tries.set(p.event, { ...p, occurrence: p.occurrence + 1 })
      }
      if (earlier.length) logger.info(`sending ${earlier.length} announcement(s) an earlier run could not send`)
      facts.unshift(...factsOf(earlier, projection, settings.kinds))
    }
    const unsent: OutboxEntry[] = []
    let reason = ''
    const report: NotifyReport = { format, facts: facts.length, messages: 0, delivered: 0, failed: 0 }
    if (facts.length === 0) return report
    const size = FACTS_PER_MESSAGE[format]
    const chunks: (typeof facts)[] = []
    for (let i = 0; i < facts.length && chunks.length < settings.maxMessages; i += size) chunks.push(facts.slice(i, i + size))
    const shown = chunks.reduce((n, c) => n + c.length, 0)
    for (const [i, chunk] of chunks.entries()) {
      if (env.now() + (i > 0 ? settings.minIntervalMs : 0) >= budget.deadline) {
        const left = chunks.slice(i).reduce((n, c) => n + c.length, 0)
        for (const c of chunks.slice(i)) for (const f of c) unsent.push(tries.get(f.key)!)
        reason = `the run's notification budget of ${budget.seconds} s was spent`
        report.failed += left
        logger.warning(
          `could not notify ${name}: the run's notification budget of ${budget.seconds} s is spent (notifications.budget-seconds); ${left} new event(s) not announced (they are recorded; this does not fail the run)`,
        )
        break
      }
      if (i > 0 && settings.minIntervalMs > 0) await env.sleep(settings.minIntervalMs)
      const more = i === chunks.length - 1 ? facts.length - shown : 0
      report.messages++
      const key = idempotencyKey(chunk)
      const result = await deliver(url, payloadFor(format, chunk, more), settings, env, budget, key).catch((e: Error) => ({
        ok: false,
        attempts: 1,
        detail: `internal error (${e.name})`,
      }))
      if (result.ok) report.delivered += chunk.length
      else {
        report.failed += chunk.length
        for (const f of chunk) unsent.push(tries.get(f.key)!)
        reason = result.detail
        logger.warning(
          `could not notify ${name}: ${result.detail} after ${result.attempts} attempt(s); ${chunk.length} new event(s) not announced (they are recorded; this does not fail the run)`,
        )
      }
    }
    if (report.delivered) logger.info(`announced ${report.delivered} new event(s) to ${name} in ${report.messages} message(s)`)
    if (facts.length > shown)
      logger.info(
        `${facts.length - shown} more new event(s) counted but not detailed (notifications.max-messages is ${settings.maxMessages})`,
      )
    if (outbox && unsent.length) {
      await outbox.park(unsent, reason.slice(0, 300))
      logger.info(`${unsent.length} announcement(s) left on the state branch for a later run to send`)
    }
    return report
  }
}

/** The same facts give the same key: a receiver that sees it twice (a retry after a lost answer) can drop the repeat. */
function idempotencyKey(chunk: readonly { key: string }[]): string {
  return createHash('sha256')
    .update(chunk.map((f) => f.key).join('\n'))
    .digest('hex')
    .slice(0, 32)
}
