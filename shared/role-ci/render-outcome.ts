import type { RoleCiOutcome, RoleCiReport } from './outcome'
import type { RoleCiRun } from './run-role-ci'
import { quote } from '../text/quote'

/** The `results` output and the JSON of a role-ci run: guard, scope, each check, JUnit totals. */
export function roleCiResults(run: RoleCiRun): unknown {
  const { report, outcome } = run
  const checks = report.checks
  return {
    role: report.role,
    branch: report.branch,
    commit: run.commit,
    passed: outcome.passed,
    guard: { ok: report.guard.ok, violations: report.guard.violations },
    scope: report.scope
      ? {
          mode: report.scope.mode,
          source: report.scope.scope.source,
          tasks: report.scope.scope.tasks,
          ...(report.scope.unbounded ? { unchecked: report.scope.unbounded } : {}),
          drift: report.scope.drift,
        }
      : null,
    checks: checks.map((c) => ({
      name: c.name,
      command: c.command,
      passed: c.passed,
      skipped: Boolean(c.skipped),
      exitCode: c.exitCode,
      durationMs: Math.round(c.durationMs),
      reason: c.reason,
    })),
    junit: report.junit.map((j) => ({
      file: j.file,
      tests: j.tests,
      passed: j.passed,
      failed: j.failed,
      skipped: j.skipped,
      failures: j.failures.slice(0, 20),
    })),
    stateCommit: run.stateCommit,
  }
}

/** The counts of the action's outputs; a guard failure and a failing scope check count as one failed check each. */
export function roleCiCounts(report: RoleCiReport): { passed: string; failed: string; skipped: string } {
  const checks = report.checks
  return {
    passed: String(checks.filter((c) => c.passed).length),
    failed: String(checks.filter((c) => !c.passed && !c.skipped).length + (report.guard.ok ? 0 : 1) + (scopeFailed(report) ? 1 : 0)),
    skipped: String(checks.filter((c) => c.skipped).length),
  }
}

const SHOWN_VIOLATIONS = 5

function scopeFailed(report: RoleCiReport): boolean {
  return report.scope?.mode === 'fail' && report.scope.drift.length > 0
}

/** Why the step failed; a guard failure names what was refused (the paths, or the pull request's branches). */
export function roleCiFailure(report: RoleCiReport, outcome: RoleCiOutcome): string {
  const violations = report.guard.violations
  const drift = report.scope?.drift ?? []
  const scoped = (f: string) =>
    f.startsWith('scope:')
      ? `${f} (${drift
          .slice(0, SHOWN_VIOLATIONS)
          .map((d) => quote(d.path))
          .join(', ')}${drift.length > SHOWN_VIOLATIONS ? ', ...' : ''})`
      : f
  if (report.guard.ok || violations.length === 0) return outcome.failures.map(scoped).join('; ')
  const shown = violations
    .slice(0, SHOWN_VIOLATIONS)
    .map((v) => (v.kind === 'pr-target' || v.path === undefined ? v.detail : `protected path ${quote(v.path)}`))
  const more = violations.length > SHOWN_VIOLATIONS ? `; and ${violations.length - SHOWN_VIOLATIONS} more` : ''
  return outcome.failures.map((f) => (f.startsWith('guard:') ? `${f} (${shown.join('; ')}${more})` : scoped(f))).join('; ')
}
