import type { NotificationSettings } from '../config/notify-settings'

export interface DeliveryResult {
  ok: boolean
  attempts: number
  /** Why it failed (no address in it: the address is a secret). */
  detail: string
  /** True when the run's time budget ended it (not the webhook's final answer): a later run may send it. */
  cut?: boolean
}

export interface DeliveryEnvironment {
  sleep: (ms: number) => Promise<void>
  now: () => number
}

/** The run's notification budget: nothing is started or waited for past `deadline` (ms, as `now()`). */
export interface Budget {
  deadline: number
  seconds: number
}

/**
 * POSTs one JSON payload. A 429, a 5xx, a timeout or a network error is
 * retried (`settings.retries` times), after the server's Retry-After when it
 * gives one (seconds or an HTTP date, at most `maxRetryAfterSeconds`), else
 * after 1, 2, 4… seconds. Other answers (4xx) are final: retrying would not help.
 * Everything stays within the run's budget: a request's timeout is cut to
 * what is left, and a wait that would end past it is not begun (`cut`).
 * The idempotency key goes with every attempt, so a receiver can drop a repeat.
 */
export async function deliver(
  url: URL,
  payload: unknown,
  settings: NotificationSettings,
  env: DeliveryEnvironment,
  budget: Budget,
  idempotencyKey?: string,
): Promise<DeliveryResult> {
  const body = JSON.stringify(payload)
  let detail = ''
  const spent = (why: string, attempts: number): DeliveryResult => ({
    ok: false,
    attempts,
    cut: true,
    detail: `${why}${why ? '; ' : ''}the run's notification budget of ${budget.seconds} s is spent (notifications.budget-seconds)`,
  })
  for (let attempt = 1; attempt <= settings.retries + 1; attempt++) {
    let wait: number | null = null
    const left = budget.deadline - env.now()
    if (left <= 0) return spent(detail, attempt - 1)
    const limit = Math.min(settings.timeoutSeconds * 1000, left)
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'agent-orchestrator',
          ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(limit),
      })
      // Read the body so the connection is released; its text is not logged (it may echo the address).
      await response.arrayBuffer().catch(() => undefined)
      if (response.ok) return { ok: true, attempts: attempt, detail: `HTTP ${response.status}` }
      detail = `HTTP ${response.status}`
      if (response.status !== 429 && response.status < 500) return { ok: false, attempts: attempt, detail }
      wait = retryAfter(response.headers.get('retry-after'), env.now())
      if (wait !== null && wait > settings.maxRetryAfterSeconds * 1000) {
        return {
          ok: false,
          attempts: attempt,
          detail: `${detail} with Retry-After ${Math.ceil(wait / 1000)} s, longer than ${settings.maxRetryAfterSeconds} s`,
        }
      }
    } catch (error) {
      const e = error as Error
      detail =
        e.name === 'TimeoutError' || e.name === 'AbortError' ? `no answer within ${Math.ceil(limit / 1000)} s` : `network error (${e.name})`
    }
    if (attempt <= settings.retries) {
      const pause = wait ?? 1000 * 2 ** (attempt - 1)
      if (env.now() + pause >= budget.deadline)
        return spent(wait !== null ? `${detail} with Retry-After ${Math.ceil(wait / 1000)} s` : detail, attempt)
      await env.sleep(pause)
    }
  }
  return { ok: false, attempts: settings.retries + 1, detail }
}

/** Retry-After as milliseconds from now, or null when absent or unreadable. */
export function retryAfter(header: string | null, now: number): number | null {
  if (!header) return null
  const text = header.trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  const date = Date.parse(text)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}
