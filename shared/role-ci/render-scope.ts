import { driftText, ownersText } from '../scope'
import { md } from '../text/markdown'
import { plural } from './format'
import type { RoleCiReport } from './outcome'

const MAX_ROWS = 100

/** Why there was nothing to drift from, or which tasks the scope came from, in words. */
function scopeLine(report: NonNullable<RoleCiReport['scope']>): string {
  if (report.unbounded) return `No scope to check: ${report.unbounded}${report.problem ? ` (${report.problem})` : ''}.`
  const from = report.scope.source === 'assigned' ? 'assigned to it' : 'its commits reference (no task is assigned to it)'
  const n = report.scope.pathless.length
  const pathless = n ? `; ${report.scope.pathless.join(', ')} ${n === 1 ? 'names' : 'name'} no file` : ''
  return `Scope: the paths of ${report.scope.tasks.join(', ')}, the tasks ${from}${pathless}.`
}

/** The job summary's "Scope drift" section (markdown, every path and name escaped). */
export function scopeSummary(report: RoleCiReport): string[] {
  const scope = report.scope
  if (!scope) return []
  const out = ['### Scope drift', '', md(scopeLine(scope), 1000), '']
  if (scope.unbounded) return out
  if (scope.drift.length === 0) return [...out, `✅ Every changed file is within the paths of its tasks.`, '']
  const sign = scope.mode === 'fail' ? '❌' : '⚠️'
  out.push(
    `${sign} ${plural(scope.drift.length, 'file')} changed outside the paths of its tasks${scope.mode === 'fail' ? ' (scope.mode: fail)' : ''}:`,
    '',
    '| file | belongs to |',
    '| --- | --- |',
  )
  for (const f of scope.drift.slice(0, MAX_ROWS)) out.push(`| ${md(f.path, 300)} | ${md(ownersText(f.owners), 500)} |`)
  if (scope.drift.length > MAX_ROWS) out.push('', `_and ${scope.drift.length - MAX_ROWS} more_`)
  return [...out, '']
}

/** The CLI text's scope lines; `one` makes untrusted text a single safe line. */
export function scopeText(report: RoleCiReport, one: (text: string) => string): string[] {
  const scope = report.scope
  if (!scope) return []
  const out = ['', `Scope: ${one(scopeLine(scope).replace(/^Scope: /, ''))}`]
  if (scope.unbounded) return out
  if (scope.drift.length === 0) return [...out, '  every changed file is within them']
  out.push(
    `Scope drift (${scope.mode === 'fail' ? 'fails' : 'warning'}): ${plural(scope.drift.length, 'file')} outside the paths of its tasks`,
  )
  for (const f of scope.drift) out.push(`  ! ${one(driftText(f))}`)
  return out
}
