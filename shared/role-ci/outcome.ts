import type { JUnitReport } from '../junit/types'
import { plural } from './format'
import type { ScopeReport } from './scope-check'
import type { CheckResult, GuardResult, PullRequestInfo, Role } from './types'

/** Everything one role CI run found; the input of the renderers. */
export interface RoleCiReport {
  role: Role
  branch: string
  /** The pull request the run is about, if any (shown with the guard). */
  pullRequest?: PullRequestInfo
  guard: GuardResult
  /** An implementor's scope drift (absent when not checked: another role, or scope.mode off). */
  scope?: ScopeReport
  checks: CheckResult[]
  junit: JUnitReport[]
  commandsNote: string
  /** What people should know about what was checked: the role the pull request's head gave, the commit the checks ran on. */
  notes?: string[]
}

export interface RoleCiOutcome {
  passed: boolean
  /** One phrase per kind of failure, e.g. `guard: 2 violations`, `checks failed: test`; empty when passed. */
  failures: string[]
}

/** Passed only when the guard is clean, every check passed, no JUnit test failed and (scope.mode: fail) nothing drifted. */
export function roleCiOutcome(report: Pick<RoleCiReport, 'guard' | 'checks' | 'junit' | 'scope'>): RoleCiOutcome {
  const failures: string[] = []
  if (!report.guard.ok) failures.push(`guard: ${plural(report.guard.violations.length, 'violation')}`)
  // Drift warns by default; only scope.mode: fail makes it a failure.
  if (report.scope?.mode === 'fail' && report.scope.drift.length)
    failures.push(`scope: ${plural(report.scope.drift.length, 'file')} outside the paths of its tasks`)
  const failed = report.checks.filter((c) => !c.passed && !c.skipped).map((c) => c.name)
  if (failed.length) failures.push(`checks failed: ${failed.join(', ')}`)
  const skipped = report.checks.filter((c) => c.skipped).length
  if (skipped && !failed.length) failures.push(`checks skipped: ${skipped}`)
  const junitFailed = report.junit.reduce((n, r) => n + r.failed, 0)
  if (junitFailed) failures.push(`JUnit: ${plural(junitFailed, 'failed test')}`)
  return { passed: failures.length === 0, failures }
}
