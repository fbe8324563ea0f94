export interface JUnitFailure {
  /** Name of the nearest enclosing `<testsuite>`. */
  suite: string
  /** The test case's `name`. */
  name: string
  classname?: string
  kind: 'failure' | 'error'
  /** The `message` attribute, or else the first line of the body, or else the `type`. */
  message: string
  /** The first lines of the body (at most 10 lines and 2000 characters). */
  details: string
}

export interface JUnitReport {
  /** The report's path as given (relative to the folder searched, with `/`). */
  file: string
  suites: number
  tests: number
  passed: number
  /** Failed test cases, errors included. */
  failed: number
  /** The failed test cases that were errors rather than assertion failures. */
  errors: number
  skipped: number
  durationMs: number
  failures: JUnitFailure[]
}

/** Several reports added up. */
export interface JUnitTotals {
  reports: number
  suites: number
  tests: number
  passed: number
  failed: number
  errors: number
  skipped: number
  durationMs: number
  failures: Array<JUnitFailure & { file: string }>
}
