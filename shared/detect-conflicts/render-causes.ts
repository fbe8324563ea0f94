import { md, table } from '../text/markdown'
import type { ConflictCause } from './attribute'
import type { CauseNotice } from './cause-notices'

/** The detect-conflicts summary section: which merge made which branch conflict with its overseer. */
export function causesSummary(causes: readonly ConflictCause[], notices: readonly CauseNotice[]): string {
  if (!causes.length) return ''
  const rows = causes.map((c) => {
    const n = notices.find((x) => x.branch === c.branch && x.commit === c.commit)
    return [
      md(c.branch),
      c.pull ? `#${c.pull.number}${c.pull.agent ? ` (${md(c.pull.agent)})` : ''}` : `since \`${c.commit.slice(0, 7)}\``,
      md(c.files.join(', '), 300),
      n ? `#${n.pull}: ${n.result === 'posted' ? 'told' : 'already told'}` : '-',
    ]
  })
  return [
    '',
    '### New conflicts with the overseer, by cause',
    '',
    ...table(['Branch', 'Caused by', 'Files', 'Pull request'], rows),
    '',
  ].join('\n')
}

export function causesText(causes: readonly ConflictCause[]): string[] {
  return causes.map((c) => `CAUSE    ${c.branch}: ${c.message}`)
}
