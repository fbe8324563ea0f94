import { InputError } from '../errors'
import type { JUnitFailure, JUnitReport } from './types'
import { parseXml, XmlSyntaxError, type XmlElement } from './xml-tree'

const MAX_DETAIL_LINES = 10
const MAX_DETAIL_CHARS = 2000
const MAX_MESSAGE_CHARS = 1000

interface FoundCase {
  element: XmlElement
  suite: string
}

/**
 * Reads one JUnit XML report. Outcomes are counted from the `<testcase>`
 * elements, which every producer writes consistently, and only when there
 * are none from the suites' `tests`/`failures`/`errors`/`skipped` attributes,
 * which producers fill in differently. Suites may nest (PHPUnit, some Maven
 * plugins); a suite counts when it holds test cases itself or no other suite.
 * Malformed XML or a root other than `<testsuites>`/`<testsuite>` is an
 * InputError naming `file`.
 */
export function parseJUnit(xml: string, file: string): JUnitReport {
  let root: XmlElement
  try {
    root = parseXml(xml)
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new InputError(`${file}: not well-formed XML: ${error.message}`)
    throw error
  }
  if (root.name !== 'testsuites' && root.name !== 'testsuite') {
    throw new InputError(`${file}: root element <${root.name}> is not a JUnit report; expected <testsuites> or <testsuite>`)
  }
  const suites: XmlElement[] = []
  const cases: FoundCase[] = []
  const walk = (element: XmlElement, suite: string): void => {
    for (const child of element.children) {
      if (child.name === 'testsuite') {
        suites.push(child)
        walk(child, child.attributes.name ?? '')
      } else if (child.name === 'testcase') {
        cases.push({ element: child, suite })
      }
    }
  }
  if (root.name === 'testsuite') suites.push(root)
  walk(root, root.attributes.name ?? '')

  const report: JUnitReport = {
    file,
    suites: suites.filter((s) => s.children.some((c) => c.name === 'testcase') || !hasChildSuite(s)).length,
    tests: 0,
    passed: 0,
    failed: 0,
    errors: 0,
    skipped: 0,
    durationMs: Math.round(seconds(root) * 1000),
    failures: [],
  }
  const leaves = suites.filter((s) => !hasChildSuite(s))
  if (cases.length > 0) for (const found of cases) countCase(report, found)
  else countFromAttributes(report, leaves.length > 0 ? leaves : [root])
  return report
}

function hasChildSuite(suite: XmlElement): boolean {
  return suite.children.some((child) => child.name === 'testsuite')
}

function countCase(report: JUnitReport, { element, suite }: FoundCase): void {
  report.tests++
  // `<error>` wins over `<failure>` when a case has both (a failed test whose
  // teardown also broke). Surefire's `<flakyFailure>`/`<rerunFailure>` are
  // reruns, not the outcome, and are ignored.
  const problem = element.children.find((c) => c.name === 'error') ?? element.children.find((c) => c.name === 'failure')
  if (problem) {
    report.failed++
    if (problem.name === 'error') report.errors++
    report.failures.push(describeFailure(problem, element, suite))
  } else if (element.children.some((c) => c.name === 'skipped')) {
    report.skipped++
  } else {
    report.passed++
  }
}

function describeFailure(problem: XmlElement, testcase: XmlElement, suite: string): JUnitFailure {
  const kind = problem.name === 'error' ? 'error' : 'failure'
  const lines = problem.text.replace(/\r\n?/g, '\n').trimEnd().split('\n')
  while (lines.length > 0 && lines[0].trim() === '') lines.shift()
  const details = lines.slice(0, MAX_DETAIL_LINES).join('\n').slice(0, MAX_DETAIL_CHARS)
  const message = problem.attributes.message?.trim() || lines[0]?.trim() || problem.attributes.type?.trim() || kind
  const failure: JUnitFailure = {
    suite,
    name: testcase.attributes.name ?? '(unnamed test)',
    kind,
    message: message.slice(0, MAX_MESSAGE_CHARS),
    details,
  }
  if (testcase.attributes.classname) failure.classname = testcase.attributes.classname
  return failure
}

function countFromAttributes(report: JUnitReport, suites: XmlElement[]): void {
  for (const suite of suites) {
    const count = (...names: string[]) => {
      for (const name of names) {
        const n = Number(suite.attributes[name])
        if (suite.attributes[name] !== undefined && Number.isInteger(n) && n >= 0) return n
      }
      return 0
    }
    const tests = count('tests')
    const failures = count('failures')
    const errors = count('errors')
    const skipped = count('skipped', 'skip', 'disabled')
    report.tests += tests
    report.failed += failures + errors
    report.errors += errors
    report.skipped += skipped
    report.passed += Math.max(0, tests - failures - errors - skipped)
  }
}

/** An element's duration: its own `time`, or else the sum of its suites' and cases' durations. */
function seconds(element: XmlElement): number {
  const own = parseSeconds(element.attributes.time)
  if (own !== undefined) return own
  return element.children
    .filter((child) => child.name === 'testsuite' || child.name === 'testcase')
    .reduce((sum, child) => sum + seconds(child), 0)
}

/**
 * Seconds from a `time` attribute. Commas occur in the wild: Maven Surefire
 * writes thousands separators (`1,234.5`), some locales a decimal comma
 * (`0,25`). A comma next to a dot, or commas grouping exactly three digits
 * after a non-zero lead (`1,234`), are read as thousands separators; a single
 * other comma is a decimal point. Missing or unreadable values give undefined.
 */
export function parseSeconds(raw: string | undefined): number | undefined {
  let text = raw?.trim()
  if (!text) return undefined
  if (text.includes(',')) {
    text = text.includes('.') || /^[1-9]\d{0,2}(?:,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text.replace(',', '.')
  }
  if (!/^\d*\.?\d+(?:[eE][-+]?\d+)?$/.test(text) && !/^\d+\.$/.test(text)) return undefined
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}
