import type { ConflictReport, PairResult } from '../conflicts/types'
import { mdStrict } from '../text/markdown'
import { neutralize } from '../text/neutralize'
import type { PairSuggestion } from './types'

const MAX_ROWS = 50

type Suggested = PairResult & { suggestion: PairSuggestion }

function suggested(report: ConflictReport): Suggested[] {
  return report.pairs.filter((p): p is Suggested => p.suggestion !== undefined)
}

function what(s: PairSuggestion): string {
  if (s.outcome === 'proven') return s.branch ? `proven: ${s.branch}${s.commit ? ` at ${s.commit.slice(0, 12)}` : ''}` : 'proven'
  return `${s.outcome}${s.reason ? `: ${s.reason}` : ''}`
}

/** The job summary's section: each conflicting pair's suggestion (a link to a proven one's branch), or why there is none. */
export function suggestionSummarySection(report: ConflictReport, github: { serverUrl?: string; repository?: string } = {}): string {
  const rows = suggested(report)
  if (!rows.length) return ''
  const proven = rows.filter((p) => p.suggestion.outcome === 'proven').length
  const link = (branch: string) =>
    github.serverUrl && github.repository
      ? `[${mdStrict(branch)}](${github.serverUrl}/${github.repository}/tree/${branch.split('/').map(encodeURIComponent).join('/')})`
      : mdStrict(branch)
  const lines = [
    '',
    '## Suggested resolutions',
    '',
    `${proven} proven of ${rows.length} conflicting pair(s); a suggestion counts only when no marker is left, only the conflicting files changed and the merge passes the trial checks.`,
    '',
    '| Pair | Suggestion | From the state |',
    '| --- | --- | --- |',
  ]
  for (const p of rows.slice(0, MAX_ROWS)) {
    const s = p.suggestion
    const cell =
      s.outcome === 'proven' && s.branch
        ? `proven: ${link(s.branch)}${s.commit ? ` (${s.commit.slice(0, 12)})` : ''}`
        : `${s.outcome}${s.reason ? `: ${mdStrict(neutralize(s.reason))}` : ''}`
    lines.push(`| ${mdStrict(p.left)} ↔ ${mdStrict(p.right)} | ${cell} | ${s.cached ? 'yes' : 'no'} |`)
  }
  if (rows.length > MAX_ROWS) lines.push('', `${rows.length - MAX_ROWS} more in the JSON report.`)
  lines.push('')
  return lines.join('\n')
}

/** CLI text lines for the suggestions. */
export function suggestionText(report: ConflictReport): string[] {
  return suggested(report).map((p) =>
    neutralize(`SUGGEST   ${p.left} <-> ${p.right}: ${what(p.suggestion)}${p.suggestion.cached ? ' (from the state, not run again)' : ''}`),
  )
}
