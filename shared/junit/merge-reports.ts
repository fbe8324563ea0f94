import type { JUnitReport, JUnitTotals } from './types'

/** Adds reports up; failures keep their report's file and the reports' order. */
export function mergeReports(reports: readonly JUnitReport[]): JUnitTotals {
  const totals: JUnitTotals = {
    reports: reports.length,
    suites: 0,
    tests: 0,
    passed: 0,
    failed: 0,
    errors: 0,
    skipped: 0,
    durationMs: 0,
    failures: [],
  }
  for (const report of reports) {
    totals.suites += report.suites
    totals.tests += report.tests
    totals.passed += report.passed
    totals.failed += report.failed
    totals.errors += report.errors
    totals.skipped += report.skipped
    totals.durationMs += report.durationMs
    for (const failure of report.failures) totals.failures.push({ ...failure, file: report.file })
  }
  return totals
}
