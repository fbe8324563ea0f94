import { mergeReports } from '../junit/merge-reports'
import { neutralize } from '../text/neutralize'
import { firstLines } from './clip-lines'
import { formatDuration, plural } from './format'
import { roleCiOutcome, RoleCiReport } from './outcome'
import { scopeText } from './render-scope'
import type { CheckResult } from './types'
import { noPaint, type Paint } from '../text/paint'

const MAX_FAILURES = 30

/** The result of a role CI run for a terminal: plain text, control characters removed; `paint` colours our own words only. */
export function renderRoleCiText(report: RoleCiReport, paint: Paint = noPaint): string {
  const outcome = roleCiOutcome(report)
  const out = [`${paint('heading', 'Role CI:')} ${report.role} on ${one(report.branch)}`, '']
  for (const note of [...(report.notes ?? []), ...(report.guard.notes ?? [])]) out.push(`${paint('notice', 'Note:')} ${one(note)}`, '')
  if (report.guard.ok) out.push(`Guard: ${paint('ok', 'ok')}`)
  else {
    out.push(`Guard: ${paint('bad', plural(report.guard.violations.length, 'violation'))}`)
    for (const v of report.guard.violations) out.push(`  - ${v.kind}${v.path !== undefined ? ` ${one(v.path)}` : ''}: ${one(v.detail)}`)
  }
  out.push(...scopeText(report, one))
  out.push('', `Checks (${one(report.commandsNote)}):`)
  if (report.checks.length === 0) out.push('  none')
  const width = Math.max(0, ...report.checks.map((c) => one(c.name).length))
  for (const c of report.checks) {
    out.push(`  ${mark(c, paint)} ${one(c.name).padEnd(width)}  ${status(c, paint)}`)
    if (!c.passed && !c.skipped && c.outputTail)
      for (const line of neutralize(c.outputTail, { multiline: true }).split('\n')) out.push(`      | ${line}`)
  }
  if (report.junit.length > 0) {
    const t = mergeReports(report.junit)
    out.push(
      '',
      `JUnit: ${plural(t.tests, 'test')}, ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped (${plural(t.reports, 'report')})`,
    )
    for (const f of t.failures.slice(0, MAX_FAILURES)) {
      out.push(`  x ${one(f.suite)} > ${one(f.name)} (${one(f.file)}): ${one(f.message)}`)
      if (f.details.trim()) for (const line of firstLines(f.details, 5).split('\n')) out.push(`      ${line}`)
    }
    if (t.failures.length > MAX_FAILURES) out.push(`  ... and ${t.failures.length - MAX_FAILURES} more`)
  }
  out.push(
    '',
    outcome.passed ? `Result: ${paint('ok', 'passed')}` : `Result: ${paint('bad', 'FAILED')} (${one(outcome.failures.join('; '))})`,
  )
  return `${out.join('\n')}\n`
}

function mark(c: CheckResult, paint: Paint): string {
  return c.skipped ? paint('dim', '-') : c.passed ? paint('ok', '✓') : paint('bad', '✗')
}

function status(c: CheckResult, paint: Paint): string {
  if (c.skipped) return paint('dim', 'skipped')
  if (c.passed) return `${paint('ok', 'passed')} in ${formatDuration(c.durationMs)}`
  const why = c.reason ?? (c.exitCode !== null ? `exit code ${c.exitCode}` : 'failed')
  return `${paint('bad', 'FAILED')}: ${one(why)}, after ${formatDuration(c.durationMs)}`
}

/** Untrusted text on one line. */
function one(text: string): string {
  return neutralize(text, { multiline: true }).replace(/[\n\t]+/g, ' ')
}
