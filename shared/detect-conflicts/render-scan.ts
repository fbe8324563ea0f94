import { timingsLine } from '../conflicts/phase-clock'
import { renderConflictSummary } from '../conflicts/render-summary'
import { formatRanges } from '../conflicts/range-text'
import type { Paint, Style } from '../text/paint'
import { trialSummarySection, trialText } from '../trials'
import { suggestionSummarySection, suggestionText } from '../suggest'
import type { DetectConflictsResult } from './detect-conflicts'
import { causesSummary, causesText } from './render-causes'

/** The job summary of a scan: conflicts, trials, pull request notices and traced causes (the merge order is the command's to add). */
export function renderScanSummary(r: DetectConflictsResult, github: { serverUrl?: string; repository?: string }): string {
  return (
    renderConflictSummary(r.report, { serverUrl: github.serverUrl, repository: github.repository }) +
    trialSummarySection(r.report) +
    suggestionSummarySection(r.report, github) +
    noticesSection(r) +
    causesSummary(r.causes, r.causeNotices) +
    `\n<sub>Scan time: ${timingsLine(r.timings)}</sub>\n`
  )
}

function noticesSection(r: DetectConflictsResult): string {
  if (!r.notices.length) return ''
  const rows = r.notices.map(
    (n) =>
      `| #${n.pull} | ${n.conflicts} | ${n.comment}${n.duplicatesRemoved ? ` (${n.duplicatesRemoved} duplicate${n.duplicatesRemoved === 1 ? '' : 's'} removed)` : ''} | ${n.labelAdded ? 'added' : n.labelRemoved ? 'removed' : '-'} |`,
  )
  return [
    '',
    '### Pull request notices',
    '',
    '| Pull request | Conflicts | Comment | Label |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}

/** The scan for a terminal; `paint` colours our own words (labels, counts), never branch names or paths. */
export function renderScanText(r: DetectConflictsResult, paint: Paint): string {
  const s = r.report.summary
  const count = (n: number, word: string, style: Style) => (n ? paint(style, `${n} ${word}`) : `${n} ${word}`)
  const lines = [
    `${s.pairs} pair(s) scanned: ${count(s.conflicted, 'conflicting', 'bad')}, ${paint('ok', `${s.clean} clean`)}, ${s.unrelated} without common history, ${count(s.errors, 'error(s)', 'error')}${r.dryRun ? ' [dry run]' : ''}`,
  ]
  const LABEL = {
    conflicted: paint('bad', 'CONFLICT '),
    unrelated: paint('warning', 'UNRELATED'),
    error: paint('error', 'ERROR    '),
  } as const
  for (const p of r.report.pairs) {
    if (p.status === 'clean') continue
    lines.push(`${LABEL[p.status]} ${p.left} <-> ${p.right}${p.error ? `: ${p.error}` : ''}`)
    for (const f of p.files) {
      const fmt = (rs: { start: number; end: number }[]) => formatRanges(rs, { empty: '-' })
      const where = f.rangesSkipped ? `no line ranges: ${f.rangesSkipped}` : `lines ${fmt(f.leftRanges)} | ${fmt(f.rightRanges)}`
      lines.push(`    ${f.path} (${f.kind}) ${where}`)
    }
    for (const m of p.messages ?? []) lines.push(`    ${m.text}`)
  }
  lines.push(...trialText(r.report))
  lines.push(...suggestionText(r.report))
  lines.push(...causesText(r.causes))
  for (const d of r.report.divergence) lines.push(`  ${d.branch} vs ${d.against}: ${d.ahead ?? '?'} ahead, ${d.behind ?? '?'} behind`)
  if (r.newConflicts || r.resolvedConflicts)
    lines.push(`New conflicts: ${r.newConflicts}; resolved since last scan: ${r.resolvedConflicts}`)
  if (r.recorded) lines.push(`Recorded ${r.recorded} event(s)${r.stateCommit ? ` in ${r.stateCommit.slice(0, 12)}` : ''}`)
  lines.push(`Report: ${r.reportPath}`)
  return lines.join('\n')
}
