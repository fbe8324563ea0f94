import { mergeReports } from '../junit/merge-reports'
import { codeBlock, md } from '../text/markdown'
import { firstLines, lastLines } from './clip-lines'
import { formatDuration, plural } from './format'
import { roleCiOutcome, RoleCiReport } from './outcome'
import { scopeSummary } from './render-scope'
import type { CheckResult, GuardViolation } from './types'

// Bounds that keep the job summary far below GitHub's 1 MiB limit whatever the input.
export const SUMMARY_LIMITS = { violations: 100, outputTails: 10, outputLines: 50, failures: 30, failureLines: 8 } as const

/** The job summary of a role CI run: deterministic markdown, all user text escaped. */
export function renderRoleCiSummary(report: RoleCiReport): string {
  const outcome = roleCiOutcome(report)
  const lines = [
    `## Role CI: ${outcome.passed ? '✅ passed' : '❌ failed'}`,
    '',
    `**${report.role}** on ${md(report.branch)}${report.guard.diffBase ? ` (changes counted from \`${report.guard.diffBase.slice(0, 12)}\`)` : ''}`,
    '',
    ...(outcome.passed ? [] : [`Failed: ${outcome.failures.map((f) => md(f)).join('; ')}`, '']),
    ...[...(report.notes ?? []), ...(report.guard.notes ?? [])].flatMap((n) => [`> ${md(n, 500)}`, '']),
    ...guardSection(report),
    ...scopeSummary(report),
    ...checksSection(report),
    ...junitSection(report),
  ]
  while (lines[lines.length - 1] === '') lines.pop()
  return `${lines.join('\n')}\n`
}

function guardSection(report: RoleCiReport): string[] {
  const { guard } = report
  const out = ['### Guard', '']
  if (guard.ok && guard.notes?.length) return [...out, '✅ Allowed by the config rule (see the note above).', '']
  // An implementor's guard always counts from a merge base, unless there was no commit to judge (a deleted branch).
  if (guard.ok && report.role === 'implementor' && !guard.diffBase) return [...out, 'Nothing judged (see the note above).', '']
  if (guard.ok) {
    const paths =
      report.role === 'implementor'
        ? `No protected path among ${plural(guard.changed.length, 'changed path')}.`
        : 'The overseer may change any path.'
    const pr = report.pullRequest
    const target = pr ? ` Pull request${pr.number !== undefined ? ` #${pr.number}` : ''} into ${md(pr.base)} is allowed.` : ''
    return [...out, `✅ ${paths}${target}`, '']
  }
  out.push(`❌ ${plural(guard.violations.length, 'violation')}:`, '', '| kind | path | detail |', '| --- | --- | --- |')
  for (const v of guard.violations.slice(0, SUMMARY_LIMITS.violations)) out.push(violationRow(v))
  if (guard.violations.length > SUMMARY_LIMITS.violations) out.push('', `_and ${guard.violations.length - SUMMARY_LIMITS.violations} more_`)
  return [...out, '']
}

function violationRow(v: GuardViolation): string {
  const kind = v.kind === 'pr-target' ? 'pull request target' : 'protected path'
  return `| ${kind} | ${v.path !== undefined ? md(v.path, 300) : ' '} | ${md(v.detail, 500)} |`
}

function checksSection(report: RoleCiReport): string[] {
  const out = ['### Checks', '', `_${md(report.commandsNote, 500)}_`, '']
  if (report.checks.length === 0) return [...out, 'No check ran.', '']
  out.push('| check | result | duration |', '| --- | --- | --- |')
  for (const c of report.checks) out.push(`| ${md(c.name)} | ${resultCell(c)} | ${c.skipped ? ' ' : formatDuration(c.durationMs)} |`)
  out.push('')
  const withOutput = report.checks.filter((c) => !c.passed && !c.skipped && c.outputTail !== '')
  for (const c of withOutput.slice(0, SUMMARY_LIMITS.outputTails)) {
    out.push(
      `<details><summary>${md(c.name)}: last lines of output</summary>`,
      '',
      ...codeBlock(lastLines(c.outputTail, SUMMARY_LIMITS.outputLines)),
      '',
      '</details>',
      '',
    )
  }
  if (withOutput.length > SUMMARY_LIMITS.outputTails)
    out.push(`_Output of ${withOutput.length - SUMMARY_LIMITS.outputTails} more failed checks is in the log._`, '')
  return out
}

function resultCell(c: CheckResult): string {
  if (c.skipped) return '⏭ skipped'
  if (c.passed) return '✅ passed'
  const why = c.reason ?? (c.exitCode !== null ? `exit ${c.exitCode}` : '')
  return `❌ failed${why ? ` (${md(why, 120)})` : ''}`
}

function junitSection(report: RoleCiReport): string[] {
  if (report.junit.length === 0) return []
  const t = mergeReports(report.junit)
  const out = [
    '### Tests (JUnit)',
    '',
    '| reports | tests | passed | failed | skipped | duration |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ${t.reports} | ${t.tests} | ${t.passed} | ${t.failed}${t.errors ? ` (${t.errors} errors)` : ''} | ${t.skipped} | ${formatDuration(t.durationMs)} |`,
    '',
  ]
  if (t.failures.length === 0) return out
  out.push(`<details><summary>${plural(t.failures.length, 'failed test')}</summary>`, '')
  for (const f of t.failures.slice(0, SUMMARY_LIMITS.failures)) {
    out.push(`- **${md(f.suite)} › ${md(f.name)}** (${md(f.file)}, ${f.kind}): ${md(f.message, 300)}`)
    if (f.details.trim() !== '') out.push('', ...codeBlock(firstLines(f.details, SUMMARY_LIMITS.failureLines)).map((l) => `  ${l}`), '')
  }
  if (t.failures.length > SUMMARY_LIMITS.failures) out.push(`- _and ${t.failures.length - SUMMARY_LIMITS.failures} more_`)
  if (out[out.length - 1] !== '') out.push('')
  return [...out, '</details>', '']
}
