/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped`, that
 * CI tooling can read without knowing jest's own summary format.
 */
export default class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    process.stdout.write(`tests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`)
  }
}
