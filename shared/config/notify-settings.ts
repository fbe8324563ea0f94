import { ConfigurationError } from '../errors'
import { quote, quoteValue } from '../text/quote'

/** What can be announced: event kinds, plus `test-failed` (a test-result with failures). */
export const NOTIFY_KINDS = [
  'conflict-detected',
  'conflict-resolved',
  'test-failed',
  'guard-violation',
  'blocker-raised',
  'budget-crossed',
] as const
export type NotifyKind = (typeof NOTIFY_KINDS)[number]
export type WebhookFormat = 'slack' | 'discord' | 'json'

/** The `notifications:` section of the config. The webhook address itself is a secret: it comes only from the `notify-webhook` input. */
export interface NotificationSettings {
  /** auto: from the webhook's address (hooks.slack.com, discord.com/api/webhooks), else json. */
  format: 'auto' | WebhookFormat
  kinds: NotifyKind[]
  /** Messages per run at most; facts beyond them are counted in the last one. */
  maxMessages: number
  /** Pause between two messages to the same webhook (Slack allows about one per second). */
  minIntervalMs: number
  timeoutSeconds: number
  /** Further attempts after a 429, a 5xx or a timeout. */
  retries: number
  /** Longest Retry-After we wait; a longer one gives up with a warning. */
  maxRetryAfterSeconds: number
  /** Seconds one run may spend on notifications in all (requests, Retry-After, backoff); what is left is sent by a later run. */
  budgetSeconds: number
}

export function defaultNotificationSettings(): NotificationSettings {
  return {
    format: 'auto',
    kinds: [...NOTIFY_KINDS],
    maxMessages: 5,
    minIntervalMs: 1000,
    timeoutSeconds: 10,
    retries: 3,
    maxRetryAfterSeconds: 60,
    budgetSeconds: 20,
  }
}

const KEYS: Record<string, keyof NotificationSettings> = {
  format: 'format',
  kinds: 'kinds',
  'max-messages': 'maxMessages',
  'min-interval-ms': 'minIntervalMs',
  'timeout-seconds': 'timeoutSeconds',
  retries: 'retries',
  'max-retry-after-seconds': 'maxRetryAfterSeconds',
  'budget-seconds': 'budgetSeconds',
}
const RANGES: Record<string, [number, number]> = {
  'max-messages': [1, 50],
  'min-interval-ms': [0, 60_000],
  'timeout-seconds': [1, 120],
  retries: [0, 10],
  'max-retry-after-seconds': [0, 600],
  'budget-seconds': [1, 600],
}

/** Parses `notifications:`; every error names the file, the key and the bad value. */
export function parseNotifications(value: unknown, where: string): NotificationSettings {
  const settings = defaultNotificationSettings()
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError(`${where}: notifications must be a mapping, got ${quoteValue(value)}`)
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const at = `notifications.${key}`
    if (/url|webhook/i.test(key)) {
      throw new ConfigurationError(
        `${where}: ${at} is not accepted: a webhook address is a secret and must not be committed; pass it with the notify-webhook input from a repository secret`,
      )
    }
    if (!(key in KEYS)) throw new ConfigurationError(`${where}: unknown key ${quote(at)}; expected one of ${Object.keys(KEYS).join(', ')}`)
    if (key === 'format') {
      if (v !== 'auto' && v !== 'slack' && v !== 'discord' && v !== 'json')
        throw new ConfigurationError(`${where}: ${at} ${quote(String(v))} is not valid; expected auto, slack, discord or json`)
      settings.format = v
    } else if (key === 'kinds') {
      if (!Array.isArray(v) || v.some((k) => !(NOTIFY_KINDS as readonly unknown[]).includes(k)))
        throw new ConfigurationError(`${where}: ${at} must be a list of ${NOTIFY_KINDS.join(', ')}; got ${quote(JSON.stringify(v))}`)
      settings.kinds = [...new Set(v as NotifyKind[])]
    } else {
      const [min, max] = RANGES[key]
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
        throw new ConfigurationError(
          `${where}: ${at} ${quote(JSON.stringify(v))} is not valid; expected a whole number from ${min} to ${max}`,
        )
      ;(settings as unknown as Record<string, number>)[KEYS[key]] = v
    }
  }
  return settings
}
