import type { Fact } from './facts'
import { C0, C1, DEL, LINE_SEPARATORS, ZERO_WIDTH_SPACE, charPattern } from '../text/controls'
import { escapeHtml } from '../text/html'
import type { WebhookFormat } from '../config/notify-settings'

/** Facts per message: Discord takes at most 10 embeds; Slack 50 blocks (a header, then 2 per fact). */
export const FACTS_PER_MESSAGE: Record<WebhookFormat, number> = { slack: 10, discord: 10, json: 50 }

const LABELS: Record<Fact['kind'], string> = {
  'conflict-detected': 'New conflict',
  'conflict-resolved': 'Conflict resolved',
  'test-failed': 'Failing checks',
  'guard-violation': 'Guard violation',
  'blocker-raised': 'Blocker raised',
  'budget-crossed': 'Budget crossed',
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
// Control characters (and the line separators) would break lines or hide text in every client.
const BREAKING = charPattern([C0, DEL, C1, LINE_SEPARATORS], { flags: 'g' })
const oneLine = (text: string) => text.replace(BREAKING, ' ')

/** Slack mrkdwn: &, < and > are the only specials; `<` would otherwise open a link or an @channel mention. */
export function slackEscape(text: string): string {
  return escapeHtml(oneLine(text))
}

/** Discord markdown: every formatting character escaped, so text cannot link, ping or format. */
export function discordEscape(text: string): string {
  return oneLine(text)
    .replace(/[\\*_~`|>#[\]()<]/g, (c) => `\\${c}`)
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
}

function heading(facts: readonly Fact[], more: number): string {
  const features = [...new Set(facts.map((f) => f.feature))].sort()
  return `agent-orchestrator: ${facts.length + more} new event(s) in ${features.join(', ')}`
}

/** Slack incoming webhook, Block Kit: a header, then a section and a context line per fact. */
export function slackPayload(facts: readonly Fact[], more: number): Record<string, unknown> {
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(oneLine(heading(facts, more)), 150) } },
  ]
  for (const f of facts) {
    const lines = [
      `*${slackEscape(LABELS[f.kind])}*: ${slackEscape(f.title)}`,
      ...f.fields.map((x) => `*${slackEscape(x.name)}*: ${slackEscape(x.value)}`),
    ]
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(lines.join('\n'), 3000) } })
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: clip(`${slackEscape(f.feature)} · ${f.time} · ${f.key.slice(0, 12)}`, 300) }],
    })
  }
  if (more > 0)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${more} more new event(s): see the state branch` }] })
  return { text: clip(oneLine(heading(facts, more)), 3000), blocks, unfurl_links: false }
}

/** Discord webhook: one embed per fact; mentions are switched off whatever the text says. */
export function discordPayload(facts: readonly Fact[], more: number): Record<string, unknown> {
  return {
    content: clip(discordEscape(heading(facts, more) + (more > 0 ? ` (${more} more not shown: see the state branch)` : '')), 2000),
    allowed_mentions: { parse: [] },
    embeds: facts.map((f) => ({
      title: clip(discordEscape(`${LABELS[f.kind]}: ${f.title}`), 256),
      color: f.tone === 'good' ? 0x2da44e : 0xcf222e,
      timestamp: f.time,
      fields: f.fields
        .slice(0, 25)
        .map((x) => ({ name: clip(discordEscape(x.name), 256), value: clip(discordEscape(x.value) || '-', 1024), inline: false })),
      footer: { text: clip(oneLine(`${f.feature} · ${f.key.slice(0, 12)}`), 2048) },
    })),
  }
}

/** A generic webhook: the facts as data. */
export function jsonPayload(facts: readonly Fact[], more: number): Record<string, unknown> {
  return {
    source: 'agent-orchestrator',
    more,
    events: facts.map((f) => ({
      kind: f.kind,
      key: f.key,
      feature: f.feature,
      time: f.time,
      title: f.title,
      fields: f.fields,
      data: f.data,
    })),
  }
}

export function payloadFor(format: WebhookFormat, facts: readonly Fact[], more: number): Record<string, unknown> {
  return format === 'slack' ? slackPayload(facts, more) : format === 'discord' ? discordPayload(facts, more) : jsonPayload(facts, more)
}
