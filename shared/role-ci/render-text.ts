import { mergeReports } from '../junit/merge-reports'
import { firstLines, plain } from './escape'
import { formatDuration, plural } from './format'
import { roleCiOutcome, RoleCiReport } from './outcome'
import { scopeText } from './render-scope'
import type { CheckResult } from './types'

const MAX_FAILURES = 30

/** The result of a role CI run for a terminal: plain text, control characters removed. */
export function renderRoleCiText(report: RoleCiReport): string {
  const outcome = roleCiOutcome(report)
  const out = [`Role CI: ${report.role} on ${one(report.branch)}`, '']
  for (const note of [...(report.notes ?? []), ...(report.guard.notes ?? [])]) out.push(`Note: ${one(note)}`, '')
  if (report.guard.ok) out.push('Guard: ok')
  else {
    out.push(`Guard: ${plural(report.guard.violations.length, 'violation')}`)
    for (const v of report.guard.violations) out.push(`  - ${v.kind}${v.path !== undefined ? ` ${one(v.path)}` : ''}: ${one(v.detail)}`)
  }
  out.push(...scopeText(report, one))
  out.push('', `Checks (${one(report.commandsNote)}):`)
  if (report.checks.length === 0) out.push('  none')
  const width = Math.max(0, ...report.checks.map((c) => one(c.name).length))
  for (const c of report.checks) {
    out.push(`  ${mark(c)} ${one(c.name).padEnd(width)}  ${status(c)}`)
    if (!c.passed && !c.skipped && c.outputTail) for (const line of plain(c.outputTail).split('\n')) out.push(`      | ${line}`)
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
  out.push('', outcome.passed ? 'Result: passed' : `Result: FAILED (${outcome.failures.join('; ')})`)
  return `${out.join('\n')}\n`
}

function mark(c: CheckResult): string {
  return c.skipped ? '-' : c.passed ? '✓' : '✗'
}

function status(c: CheckResult): string {
  if (c.skipped) return 'skipped'
  if (c.passed) return `passed in ${formatDuration(c.durationMs)}`
  const why = c.reason ?? (c.exitCode !== null ? `exit code ${c.exitCode}` : 'failed')
  return `FAILED: ${one(why)}, after ${formatDuration(c.durationMs)}`
}

/** Untrusted text on one line. */
function one(text: string): string {
  return plain(text).replace(/[\n\t]+/g, ' ')
}
