import { type FeatureProjection, latestTests, openBlockers, openPrs } from '../state/projection'
import type { AgentHealthInput, GuardViolationInput, ScanHeartbeatInput } from './extras'
import { link, shortBranch, table, time } from './html'
import { esc } from '../text/html'

/** Ahead (commits of its own) and behind (commits it lacks) of each branch against the branch it merges into. */
export function divergenceSection(feature: FeatureProjection): string {
  const rows: string[][] = []
  const all = Object.keys(feature.divergence)
    .sort()
    .flatMap((branch) =>
      Object.keys(feature.divergence[branch])
        .sort()
        .map((against) => ({ branch, against, ...feature.divergence[branch][against] })),
    )
  const max = Math.max(1, ...all.flatMap((d) => [d.ahead, d.behind]))
  for (const d of all) {
    const w = (n: number) => Math.round((n / max) * 100)
    // Behind grows left from the middle, ahead right; the numbers are printed beside.
    const svg = `<svg class="div" viewBox="0 0 204 14" role="img" aria-label="${d.ahead} ahead, ${d.behind} behind"><rect class="behind" x="${101 - w(d.behind)}" y="2" width="${w(d.behind)}" height="10"/><rect class="ahead" x="103" y="2" width="${w(d.ahead)}" height="10"/><line x1="102" y1="0" x2="102" y2="14"/></svg>`
    rows.push([
      `<code>${esc(d.branch)}</code>`,
      `<code>${esc(d.against)}</code>`,
      `<span class="num">${d.behind}</span> behind`,
      svg,
      `<span class="num">${d.ahead}</span> ahead`,
      time(d.time),
    ])
  }
  return table(
    'Divergence (behind ← | → ahead)',
    ['Branch', 'Against', 'Behind', 'Bars', 'Ahead', 'Measured'],
    rows,
    'No divergence measured yet.',
  )
}

/** The latest result of each agent and suite; failing is said in words, not only in colour. */
export function checksSection(feature: FeatureProjection): string {
  const rows = latestTests(feature).map((t) => [
    `${esc(t.role)}${t.branch ? ` <code>${esc(shortBranch(t.branch))}</code>` : ''}`,
    esc(t.suite),
    t.failed > 0 ? '<strong class="bad">failing</strong>' : '<span class="good">passing</span>',
    `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`,
    `<code>${esc(t.commit.slice(0, 7))}</code>`,
    t.runUrl ? link(time(t.time).replace(/<[^>]+>/g, ''), t.runUrl) : time(t.time),
  ])
  return table(
    'Latest checks per agent and suite',
    ['Agent', 'Suite', 'Result', 'Counts', 'Commit', 'When'],
    rows,
    'No checks recorded yet.',
  )
}

export function pullRequestsSection(feature: FeatureProjection): string {
  const rows = openPrs(feature).map((p) => [
    link(`#${p.number}`, p.url),
    esc(p.title ?? ''),
    `<code>${esc(p.head)}</code> → <code>${esc(p.base)}</code>`,
    esc(p.action),
    time(p.time),
  ])
  return table('Open pull requests', ['Number', 'Title', 'Branches', 'Last action', 'When'], rows, 'No open pull requests.')
}

export function blockersSection(feature: FeatureProjection): string {
  const rows = openBlockers(feature).map((b) => [
    `<code>${esc(b.id)}</code>`,
    b.raised?.agent ? `<code>${esc(b.raised.agent)}</code>` : '',
    esc(b.raised?.reason ?? ''),
    time(b.raised?.time),
  ])
  return table('Open blockers', ['Id', 'Agent', 'Reason', 'Raised'], rows, 'No open blockers.')
}

/** Per-agent health; `undefined` (not recorded) renders "none". */
export function healthSection(rows: readonly AgentHealthInput[] | undefined): string {
  return table(
    'Agent health',
    ['Agent', 'Role', 'State', 'Detail', 'Since'],
    (rows ?? []).map((r) => [
      `<code>${esc(r.branch)}</code>`,
      esc(r.role),
      `<strong>${esc(r.state)}</strong>${blockedBy(r)}`,
      esc(r.detail ?? ''),
      time(r.since),
    ]),
    'none',
  )
}

/** Every open blocker of an agent, named: id, reason, who raised it, since when (a row is never "blocked" without them). */
function blockedBy(r: AgentHealthInput): string {
  if (!r.blockers?.length) return ''
  const items = r.blockers.map(
    (b) =>
      `<li data-blocker="${esc(b.id)}"><code>${esc(b.id)}</code>: ${esc(b.reason)}${b.by ? ` (raised by ${esc(b.by)})` : ''}, since ${time(b.since)}</li>`,
  )
  return `<ul class="blockers" aria-label="Blocked by">${items.join('')}</ul>`
}

/** The last conflict scan; `undefined` or `null` renders "none". */
export function lastScanSection(scan: ScanHeartbeatInput | null | undefined): string {
  if (!scan) return '<p class="none" id="last-scan">Last scan: none</p>'
  const facts = [
    scan.pairs !== undefined ? `${scan.pairs} pair(s) compared` : '',
    scan.commit ? `at <code>${esc(scan.commit.slice(0, 7))}</code>` : '',
  ].filter(Boolean)
  return `<p id="last-scan">Last scan: ${time(scan.time)}${facts.length ? ` (${facts.join(', ')})` : ''}.</p>`
}

/** Role-guard violations; `undefined` renders "none". */
export function guardViolationsSection(rows: readonly GuardViolationInput[] | undefined): string {
  return table(
    'Guard violations',
    ['Branch', 'Reason', 'Paths', 'When', 'Cleared'],
    (rows ?? []).map((v) => [
      `<code>${esc(v.branch)}</code>`,
      esc(v.reason),
      v.paths.map((p) => `<code>${esc(p)}</code>`).join(', '),
      time(v.time),
      v.clearedAt ? time(v.clearedAt) : '<strong>not cleared</strong>',
    ]),
    'none',
  )
}
