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

/**
 * Short names for branches shown together: each its fewest last segments that no other branch of the set ends
 * with (`impl-4`, or `004-delta/impl-4` beside `002-beta/impl-4`), so that a cross-feature pair never reads
 * "impl-4 and impl-4". A name not in the set gets its last segment.
 */
export function branchLabels(branches: Iterable<string>): (branch: string) => string {
  const names = [...new Set(branches)]
  // Most sets (a pair of one feature, most matrices) differ in their last segments already: nothing to count.
  if (new Set(names.map(shortBranch)).size === names.length) return shortBranch
  const parts = names.map((b) => b.split('/'))
  const labels = new Map<string, string>()
  const suffix = (p: string[], k: number) => p.slice(Math.max(0, p.length - k)).join('/')
  const longest = Math.max(0, ...parts.map((p) => p.length))
  let left = names.map((_, i) => i)
  for (let k = 1; k <= longest && left.length; k++) {
    // Counted over every name, settled or not: a label must not be the tail of any other branch shown.
    const count = new Map<string, number>()
    for (const p of parts) {
      const s = suffix(p, k)
      count.set(s, (count.get(s) ?? 0) + 1)
    }
    left = left.filter((i) => {
      const s = suffix(parts[i]!, k)
      if (count.get(s) !== 1 && k < parts[i]!.length) return true
      labels.set(names[i]!, s)
      return false
    })
  }
  return (branch) => labels.get(branch) ?? shortBranch(branch)
}
