import { conflictId, sortedPair, type LineRange } from '../state/events'
import {
  type ConflictState,
  type FeatureProjection,
  agentsOf,
  cmp,
  openConflicts,
  timeOfStamp,
  type OpenConflict,
  type Projection,
} from '../state/projection'
import { branchLabels, duration, table, time } from './html'
import { esc } from '../text/html'
import { formatRanges } from '../conflicts/range-text'
import { collapsedBrief } from '../resolution'

/** How many conflicts the timeline shows (the latest by start). */
export const TIMELINE_LIMIT = 20

/** Heat level by number of conflicting files; the number itself is always printed in the cell. */
function heat(files: number): string {
  return files === 0 ? 'h0' : files === 1 ? 'h1' : files <= 3 ? 'h2' : files <= 7 ? 'h3' : 'h4'
}

export function ranges(list: readonly LineRange[]): string {
  if (list.length === 0) return 'whole file'
  // The one wording of ranges everywhere: an empty one is "deleted at line n".
  return formatRanges(list, { dash: '–' })
}

/**
 * Branches × branches: each cell a link to the pair's detail, its number the
 * conflicting files, the file list shown on hover and on keyboard focus.
 */
export function matrixSection(projection: Projection, feature: FeatureProjection): string {
  const open = openConflicts(projection, feature.spec)
  const branches = [...new Set([...agentsOf(feature).map((a) => a.branch), ...open.flatMap((c) => [c.left, c.right])])]
  if (branches.length < 2) return '<p class="none">Fewer than two agent branches: no pairs to compare.</p>'
  // By the pair's two names (either order), each conflict's id computed once: an id per cell (64 × 64 of them) cost more than the page.
  const byPair = new Map<string, Map<string, OpenConflict>>()
  for (const c of open) {
    if (c.id !== conflictId(feature.spec, c.left, c.right)) continue
    for (const [a, b] of [sortedPair(c.left, c.right), sortedPair(c.left, c.right).reverse()]) {
      const row = byPair.get(a) ?? new Map<string, OpenConflict>()
      byPair.set(a, row.set(b, c))
    }
  }
  // Each name escaped once, not once per cell: escaping is character by character, so a label of escaped parts is the escaped label.
  const escaped = new Map(branches.map((b) => [b, esc(b)]))
  const short = branchLabels(branches)
  const head = branches.map((b) => `<th scope="col" title="${escaped.get(b)}"><span>${esc(short(b))}</span></th>`).join('')
  const rows = branches.map((row) => {
    const inRow = byPair.get(row)
    const rowText = escaped.get(row)
    const cells = branches.map((col) => {
      if (row === col) return '<td class="self" aria-label="same branch">—</td>'
      const c = inRow?.get(col)
      if (!c) return `<td class="h0" aria-label="${rowText} and ${escaped.get(col)}: no conflict">0</td>`
      if (c.kind) {
        // A build or test conflict has no conflicting files: its own mark, never a heat count.
        const label = `${row} and ${col}: the merge fails ${c.kind === 'build' ? 'to build' : 'its tests'}${c.check ? ` (${c.check})` : ''}`
        return `<td class="h2 trial"><a href="#${esc(c.id)}" aria-label="${esc(label)}" data-pair="${esc(`${c.left}|${c.right}`)}">${c.kind === 'build' ? 'B' : 'T'}<span class="tip" role="tooltip">${esc(label)}</span></a></td>`
      }
      const files = c.files.map((f) => f.path)
      const label = `${row} and ${col}: ${files.length} conflicting file(s): ${files.join(', ')}`
      return (
        `<td class="${heat(files.length)}"><a href="#${esc(c.id)}" aria-label="${esc(label)}" data-pair="${esc(`${c.left}|${c.right}`)}">${files.length}` +
        `<span class="tip" role="tooltip">${files.map((f) => esc(f)).join('<br>')}</span></a></td>`
      )
    })
    return `<tr><th scope="row" title="${rowText}">${esc(short(row))}</th>${cells.join('')}</tr>`
  })
  const legend =
    '<p class="legend">Number of conflicting files per pair: <span class="h0">0</span> <span class="h1">1</span> <span class="h2">2–3</span> <span class="h3">4–7</span> <span class="h4">8+</span>; B: the clean merge does not build, T: it fails tests (trials). Select a cell for details.</p>'
  return `<div class="scroll"><table class="matrix"><caption>Open conflicts between branches</caption><thead><tr><td></td>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>\n${legend}\n${details(open, projection)}`
}

/** The detail view of each open conflict: files, kind, line ranges in each side's own version. */
function details(open: readonly OpenConflict[], projection: Projection): string {
  if (open.length === 0) return '<p class="none">No open conflicts.</p>'
  return open
    .map((c) => {
      const rows = c.files.map((f) => [`<code>${esc(f.path)}</code>`, esc(f.kind), esc(ranges(f.leftRanges)), esc(ranges(f.rightRanges))])
      const short = branchLabels([c.left, c.right])
      const trial = c.kind
        ? `<p>The merge is clean for git but fails ${c.kind === 'build' ? 'to build' : 'its tests'}${c.check ? `: check <code>${esc(c.check)}</code>` : ''} (both sides pass alone).</p>\n`
        : ''
      return `<article class="conflict" id="${esc(c.id)}" tabindex="-1"><h3>${esc(c.left)} and ${esc(c.right)}</h3><p>Open since ${time(c.detectedAt)}, last seen ${time(c.lastSeenAt)}.</p>\n${trial}${toldLine(projection, c)}${suggestionLine(c)}${briefParagraph(projection, c)}${table(
        `Files in conflict (${c.id})`,
        ['File', 'Kind', `Lines in ${short(c.left)}`, `Lines in ${short(c.right)}`],
        rows,
        'No files recorded.',
      )}</article>`
    })
    .join('\n')
}

/** Whether a proven suggestion exists for the conflict at its tips (and how to take it), or why the last one was rejected. */
function suggestionLine(c: OpenConflict): string {
  const s = c.suggestion
  if (!s) return '<p class="suggestion none">No suggested resolution for these commits.</p>\n'
  if (s.outcome === 'proven' && s.branch)
    return `<p class="suggestion proven">A proven resolution (no marker left, only the conflicting files changed, the checks pass) is on <code>${esc(s.branch)}</code>${s.commit ? ` at <code>${esc(s.commit.slice(0, 12))}</code>` : ''}: <code>git merge origin/${esc(s.branch)}</code>.</p>\n`
  return `<p class="suggestion rejected">The suggested resolution was rejected: ${esc(s.reason ?? 'no reason recorded')}.</p>\n`
}

/** Whether each agent of the pair was told of the conflict (agents brief, at its prompt hook), and when last. */
function toldLine(projection: Projection, c: OpenConflict): string {
  const told = projection.features[c.feature]?.briefed?.[c.id] ?? {}
  const short = branchLabels([c.left, c.right])
  const each = [c.left, c.right].map((b) =>
    told[b] ? `<strong>${esc(short(b))}</strong> told ${time(told[b])}` : `<strong>${esc(short(b))}</strong> not told yet`,
  )
  return `<p class="told">Agents: ${each.join('; ')}.</p>\n`
}

/** The conflict's resolution brief, collapsed: hunks per file, who rebases onto whom, the command that prints it whole. */
function briefParagraph(projection: Projection, c: OpenConflict): string {
  if (c.kind || c.files.length === 0) return ''
  const b = collapsedBrief(projection, c)
  const files = b.files.map((f) => `<code>${esc(f.path)}</code> ${f.hunks || 'no'} hunk${f.hunks === 1 ? '' : 's'}`).join(', ')
  return (
    `<p class="brief">To resolve: <strong>${esc(b.rebases)}</strong> rebases onto <strong>${esc(b.onto)}</strong> (${esc(b.reason)}). ` +
    `${b.hunks} hunk(s): ${files}. Full brief: <code>${esc(b.command)}</code></p>\n`
  )
}

interface Episode {
  conflict: ConflictState
  start: string
  end: string | null
  lifetime: number
}

function episodeOf(c: ConflictState, now: string): Episode | null {
  const open = c.detected !== null && c.openSince.length > 0
  if (open) {
    const start = timeOfStamp(c.openSince[0])
    return { conflict: c, start, end: null, lifetime: seconds(start, now) }
  }
  if (!c.resolved) return null
  return { conflict: c, start: c.resolved.detectedAt, end: c.resolved.time, lifetime: c.resolved.lifetimeSeconds }
}

/** Tick steps the axis may use, smallest first. */
const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080].map((m) => m * 60_000)

/**
 * At most 6 ticks at round UTC times between t0 and t1, labelled "HH:MM", or
 * "MM-DD HH:MM" when the span passes midnight (the day is then on every label).
 */
export function axisTicks(t0: number, t1: number): { at: number; label: string }[] {
  const step = STEPS.find((s) => (t1 - t0) / s <= 5) ?? Math.ceil((t1 - t0) / 5 / 86_400_000) * 86_400_000
  const days = new Date(t0).toISOString().slice(0, 10) !== new Date(t1).toISOString().slice(0, 10)
  const ticks: { at: number; label: string }[] = []
  for (let at = Math.ceil(t0 / step) * step; at <= t1; at += step) {
    const iso = new Date(at).toISOString()
    ticks.push({ at, label: days ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16) })
  }
  return ticks
}

const seconds = (a: string, b: string) => Math.max(0, Math.round((Date.parse(b) - Date.parse(a)) / 1000))

/**
 * Each pair's latest conflict from open to resolved (or to now: the newest
 * event's time, never the clock), newest first, bounded: the lifetime no CI tool keeps.
 */
export function timelineSection(feature: FeatureProjection, now: string): string {
  const episodes = Object.values(feature.conflicts)
    .map((c) => episodeOf(c, now))
    .filter((e): e is Episode => e !== null)
    .sort((a, b) => cmp(b.start, a.start) || cmp(a.conflict.id, b.conflict.id))
    .slice(0, TIMELINE_LIMIT)
  if (episodes.length === 0) return '<p class="none">No conflicts recorded.</p>'
  const t0 = Date.parse(episodes.reduce((m, e) => (e.start < m ? e.start : m), episodes[0].start))
  const t1 = Math.max(Date.parse(now), t0 + 60_000)
  // Pair names on the left, bars from first detection to resolution (or now), the time axis below.
  const [label, chart, row] = [150, 470, 22]
  const x = (ms: number) => label + Math.round(((ms - t0) / (t1 - t0)) * chart)
  // Named apart over every pair shown: a cross-feature pair's two impl-4 branches read as two.
  const short = branchLabels(episodes.flatMap((e) => e.conflict.branches))
  const bars = episodes.map((e, i) => {
    const [l, r] = e.conflict.branches
    const from = x(Date.parse(e.start))
    const to = e.end ? x(Date.parse(e.end)) : label + chart
    const what = `${l} and ${r}: ${e.end ? `resolved after ${duration(e.lifetime)}` : `open for ${duration(e.lifetime)}`}`
    const y = i * row + 4
    return `<g data-conflict="${esc(e.conflict.id)}"><title>${esc(what)}</title><text x="${label - 6}" y="${y + 11}" text-anchor="end">${esc(`${short(l)} × ${short(r)}`)}</text><rect x="${from}" y="${y}" width="${Math.max(3, to - from)}" height="14" class="${e.end ? 'resolved' : 'open'}"/></g>`
  })
  const axisY = episodes.length * row + 8
  const ticks = axisTicks(t0, t1).map(
    (t) =>
      `<g class="tick"><line x1="${x(t.at)}" y1="0" x2="${x(t.at)}" y2="${axisY + 4}"/><text x="${x(t.at)}" y="${axisY + 18}" text-anchor="middle">${esc(t.label)}</text></g>`,
  )
  const axis = `<g class="axis" aria-hidden="true"><line x1="${label}" y1="${axisY}" x2="${label + chart}" y2="${axisY}"/>${ticks.join('')}</g>`
  const svg = `<div class="scroll"><svg class="timeline" viewBox="0 0 ${label + chart + 20} ${axisY + 26}" role="img" aria-label="Conflict lifetimes on a time axis (UTC), newest first (details in the table below)">${axis}${bars.join('')}</svg></div>`
  const rows = episodes.map((e) => [
    `${esc(short(e.conflict.branches[0]))} and ${esc(short(e.conflict.branches[1]))}`,
    time(e.start),
    e.end ? time(e.end) : '<strong>open</strong>',
    esc(duration(e.lifetime)),
  ])
  return `${svg}\n<p class="legend">Time in UTC. <span class="key open"></span> open <span class="key resolved"></span> resolved (open bars also have a dashed outline; the table says it in words)</p>\n${table(
    `The last ${episodes.length} conflict(s)`,
    ['Pair', 'Opened', 'Resolved', 'Lived'],
    rows,
    '',
  )}`
}
