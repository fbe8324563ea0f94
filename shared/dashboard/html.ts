import { esc } from '../text/html'

// HTML building for the dashboard. Every value that comes from events goes
// through `esc()` (text/html), in text and in attributes alike.

/** A link only for plain http(s) addresses; anything else is shown as text. */
export function link(label: string, url: string | undefined | null): string {
  if (url && /^https?:\/\/[^\s<>"'`\\]+$/.test(url)) return `<a href="${esc(url)}" rel="noreferrer">${esc(label)}</a>`
  return esc(label)
}

/** A table with a caption and header cells scoped to columns; `rows` are already-escaped HTML cells. */
export function table(caption: string, headers: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p class="none">${esc(empty)}</p>`
  const head = headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')
  return `<div class="scroll"><table><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`
}

export function section(id: string, title: string, body: string): string {
  return `<section id="${esc(id)}" aria-labelledby="${esc(id)}-h"><h2 id="${esc(id)}-h">${esc(title)}</h2>\n${body}\n</section>`
}

/** `<time>` with the exact value for machines and a short UTC form for people. */
export function time(iso: string | null | undefined): string {
  if (!iso) return '<span class="none">never</span>'
  return `<time datetime="${esc(iso)}">${esc(iso.slice(0, 16).replace('T', ' '))} UTC</time>`
}

/** "3 h 5 min" from seconds; "0 min" under a minute. */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return 'unknown'
  const d = Math.floor(seconds / 86400)
  const h = Math.floor((seconds % 86400) / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const parts = [d ? `${d} d` : '', h ? `${h} h` : '', m || (!d && !h) ? `${m} min` : ''].filter(Boolean)
  return parts.join(' ')
}

/** The short name of an agent branch (its last segment), for tight places; the full name stays in titles. */
export function shortBranch(branch: string): string {
  const i = branch.lastIndexOf('/')
  return i < 0 ? branch : branch.slice(i + 1)
}
