import type { NotificationSettings, WebhookFormat } from '../config/notify-settings'

/** The format a webhook address implies. */
export function formatOf(url: URL, configured: NotificationSettings['format']): WebhookFormat {
  if (configured !== 'auto') return configured
  if (url.hostname === 'hooks.slack.com') return 'slack'
  if (/(^|\.)discord(app)?\.com$/.test(url.hostname) && url.pathname.startsWith('/api/webhooks/')) return 'discord'
  return 'json'
}
