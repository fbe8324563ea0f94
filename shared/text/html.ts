/**
 * HTML escaping: the dashboard's pages, and the entities markdown and Slack
 * read too. Every value that comes from events or users (branch names,
 * titles, reasons, file paths) goes through here, in text and in attributes.
 */
import { BIDI, C0, C1, DEL, charPattern } from './controls'

/** `&`, `<` and `>` as entities, and with `quotes` also `"` and `'` (for attribute values). */
export function escapeHtml(text: string, options: { quotes?: boolean } = {}): string {
  const out = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return options.quotes ? out.replace(/"/g, '&quot;').replace(/'/g, '&#39;') : out
}

// In a page, controls and bidi characters would hide or reorder text: they are shown as spaces.
const HIDDEN = charPattern([C0, DEL, C1, BIDI], { except: '\t\n', flags: 'g' })

/** A value for HTML text or a quoted attribute alike; nothing for null or undefined. */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  if (text.length > 512) return escapeHtml(text.replace(HIDDEN, ' '), { quotes: true })
  let out = escapedHtml.get(text)
  if (out === undefined) {
    out = escapeHtml(text.replace(HIDDEN, ' '), { quotes: true })
    // A page escapes the same branch names and paths thousands of times: each short text once (bounded, like markdown's md).
    if (escapedHtml.size >= 20_000) escapedHtml.clear()
    escapedHtml.set(text, out)
  }
  return out
}

const escapedHtml = new Map<string, string>()
