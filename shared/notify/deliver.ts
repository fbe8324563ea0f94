import type { NotificationSettings } from '../config/notify-settings'

export interface DeliveryResult {
  ok: boolean
  attempts: number
  /** Why it failed (no address in it: the address is a secret). */
  detail: string
}

export interface DeliveryEnvironment {
  sleep: (ms: number) => Promise<void>
  now: () => number
}

/**
 * POSTs one JSON payload. A 429, a 5xx, a timeout or a network error is
 * retried (`settings.retries` times), after the server's Retry-After when it
 * gives one (seconds or an HTTP date, at most `maxRetryAfterSeconds`), else
 * after 1, 2, 4… seconds. Other answers (4xx) are final: retrying would not help.
 */
export async function deliver(
  url: URL,
  payload: unknown,
  settings: NotificationSettings,
  env: DeliveryEnvironment,
): Promise<DeliveryResult> {
  const body = JSON.stringify(payload)
  let detail = ''
  for (let attempt = 1; attempt <= settings.retries + 1; attempt++) {
    let wait: number | null = null
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'agent-orchestrator' },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(settings.timeoutSeconds * 1000),
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
        e.name === 'TimeoutError' || e.name === 'AbortError' ? `no answer within ${settings.timeoutSeconds} s` : `network error (${e.name})`
    }
    if (attempt <= settings.retries) await env.sleep(wait ?? 1000 * 2 ** (attempt - 1))
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
