import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { InputError } from '../../shared/errors'
import { MemoryLogger } from '../../shared/logger'
import { mergeReports, parseJUnit, parseSeconds, readJUnitReports } from '../../shared/junit'
import { cleanupTemp, tempDir } from '../support/repo'

afterAll(cleanupTemp)

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/junit/${name}`, import.meta.url)), 'utf8')
const parse = (name: string) => parseJUnit(fixture(name), name)
const totals = ({ failures: _f, file: _file, ...rest }: ReturnType<typeof parseJUnit>) => rest

describe('parseJUnit', () => {
  it('reads jest-junit output', () => {
    const report = parse('jest-junit.xml')
    expect(totals(report)).toEqual({
      suites: 2,
      tests: 5,
      passed: 3,
      failed: 1,
      errors: 0,
      skipped: 1,
      durationMs: 3210,
    })
    expect(report.file).toBe('jest-junit.xml')
    expect(report.failures).toHaveLength(1)
    const failure = report.failures[0]
    expect(failure).toMatchObject({
      suite: 'album service',
      name: 'album service rejects empty names',
      classname: 'album service rejects empty names',
      kind: 'failure',
      // No message attribute: the first line of the body.
      message: 'Error: expect(received).toThrow(expected)',
    })
    const lines = failure.details.split('\n')
    expect(lines).toHaveLength(10)
    expect(lines[2]).toBe('Expected substring: "name must not be empty"')
    expect(lines[5]).toBe('    at Object.<anonymous> (/work/src/album.test.ts:14:7)')
    expect(failure.details).not.toContain('_runTestsForDescribeBlock')
  })

  it('reads pytest --junitxml output with skips, failures and setup errors', () => {
    const report = parse('pytest.xml')
    expect(totals(report)).toEqual({
      suites: 1,
      tests: 5,
      passed: 2,
      failed: 2,
      errors: 1,
      skipped: 1,
      durationMs: 734,
    })
    expect(report.failures.map((f) => [f.kind, f.classname, f.name, f.message])).toEqual([
      ['failure', 'tests.test_albums', 'test_rename', "AssertionError: assert 'a' == 'b'\n  - b\n  + a"],
      ['error', 'tests.test_db', 'test_migrate', 'failed on setup with "sqlite3.OperationalError: unable to open database file"'],
    ])
    expect(report.failures[0].details.split('\n')[1]).toBe('>       assert rename("a") == "b"')
    expect(report.failures[1].suite).toBe('pytest')
  })

  it('reads go-junit-report output', () => {
    const report = parse('go-junit-report.xml')
    expect(totals(report)).toEqual({
      suites: 2,
      tests: 5,
      passed: 3,
      failed: 1,
      errors: 0,
      skipped: 1,
      durationMs: 117,
    })
    expect(report.failures).toEqual([
      {
        suite: 'example.com/albums',
        name: 'TestRename',
        classname: 'example.com/albums',
        kind: 'failure',
        message: 'Failed',
        details: '    album_test.go:25: got "a", want "b"\n    album_test.go:26: second check also failed',
      },
    ])
  })

  it('reads nested suites without counting tests twice', () => {
    const report = parse('phpunit-nested.xml')
    expect(totals(report)).toEqual({
      suites: 2,
      tests: 4,
      passed: 2,
      failed: 1,
      errors: 1,
      skipped: 1,
      durationMs: 50,
    })
    expect(report.failures[0]).toMatchObject({
      suite: 'Tests\\AlbumTest',
      name: 'testDelete',
      kind: 'error',
      message: 'Tests\\AlbumTest::testDelete',
    })
    expect(report.failures[0].details).toContain('RuntimeException: disk full')
  })

  it('reads a bare <testsuite> root (Surefire), CDATA, times with commas, and ignores flaky reruns', () => {
    const report = parse('surefire.xml')
    expect(totals(report)).toEqual({
      suites: 1,
      tests: 3,
      passed: 2,
      failed: 1,
      errors: 0,
      skipped: 0,
      durationMs: 1_234_500,
    })
    expect(report.failures[0]).toMatchObject({
      name: 'rejectsDuplicate',
      suite: 'com.example.albums.AlbumServiceTest',
      message: 'expected: <1> but was: <2>',
      details:
        'org.opentest4j.AssertionFailedError: expected: <1> but was: <2>\n' +
        '\tat com.example.albums.AlbumServiceTest.rejectsDuplicate(AlbumServiceTest.java:44)',
    })
  })

  it('reads an empty report', () => {
    expect(parse('empty.xml')).toEqual({
      file: 'empty.xml',
      suites: 0,
      tests: 0,
      passed: 0,
      failed: 0,
      errors: 0,
      skipped: 0,
      durationMs: 1,
      failures: [],
    })
  })

  it('falls back to suite attributes when there are no test cases', () => {
    const xml =
      '<testsuites><testsuite name="a" tests="5" failures="1" errors="1" skipped="1" time="2"/>' +
      '<testsuite name="b" tests="2" failures="0" errors="0" disabled="1"/></testsuites>'
    expect(totals(parseJUnit(xml, 'x.xml'))).toEqual({
      suites: 2,
      tests: 7,
      passed: 3,
      failed: 2,
      errors: 1,
      skipped: 2,
      durationMs: 2000,
    })
  })

  it('sums case times when suites have none, and treats bad times as missing', () => {
    const xml =
      '<testsuite name="s"><testcase name="a" time="0.25"/><testcase name="b" time="bogus"/>' +
      '<testcase name="c"/><testcase name="d" time="0,5"/></testsuite>'
    expect(parseJUnit(xml, 'x.xml').durationMs).toBe(750)
  })

  it('uses the failure type, then the kind, when there is no message or body', () => {
    const xml =
      '<testsuite name="s"><testcase name="a"><failure type="AssertionError"/></testcase>' +
      '<testcase name="b"><error/></testcase></testsuite>'
    const report = parseJUnit(xml, 'x.xml')
    expect(report.failures.map((f) => [f.name, f.message, f.details, f.classname])).toEqual([
      ['a', 'AssertionError', '', undefined],
      ['b', 'error', '', undefined],
    ])
  })

  it('caps details at 2000 characters', () => {
    const xml = `<testsuite><testcase name="a"><failure>${'x'.repeat(5000)}</failure></testcase></testsuite>`
    expect(parseJUnit(xml, 'x.xml').failures[0].details).toHaveLength(2000)
  })

  it('rejects malformed XML and other roots, naming the file and the reason', () => {
    expect(() => parse('malformed.xml')).toThrow(InputError)
    expect(() => parse('malformed.xml')).toThrow(/^malformed\.xml: not well-formed XML: .*line/)
    expect(() => parse('cobertura.xml')).toThrow(/cobertura\.xml: root element <coverage> is not a JUnit report/)
    expect(() => parseJUnit('', 'empty-file.xml')).toThrow(/empty-file\.xml: not well-formed XML/)
    expect(() => parseJUnit('<testsuite/><testsuite/>', 'two.xml')).toThrow(/two\.xml: .*2 root elements/)
  })

  it('does not expand DOCTYPE entities (billion laughs)', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('')
    const xml =
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]>` +
      '<testsuite name="&lol9;"><testcase name="a"><failure message="&lol9;">&lol9; &amp; &#65;</failure></testcase></testsuite>'
    const report = parseJUnit(xml, 'lol.xml')
    expect(report.failures[0]).toMatchObject({ suite: '&lol9;', message: '&lol9;', details: '&lol9; & A' })
    // Not even a flat entity is expanded: DOCTYPE processing is off altogether.
    const flat = '<!DOCTYPE t [<!ENTITY who "expanded">]><testsuite name="&who;"><testcase name="a"><error/></testcase></testsuite>'
    expect(parseJUnit(flat, 'flat.xml').failures[0].suite).toBe('&who;')
  })
})

describe('parseSeconds', () => {
  it.each([
    ['1.5', 1.5],
    ['0,25', 0.25],
    ['1,234.5', 1234.5],
    ['1,234', 1234],
    ['12,345,678', 12345678],
    ['0,123', 0.123],
    [' 3 ', 3],
    ['1e-3', 0.001],
  ])('%j is %d seconds', (text, value) => {
    expect(parseSeconds(text)).toBeCloseTo(value, 9)
  })
  it.each([undefined, '', 'abc', '-1', 'NaN', 'Infinity', '1.2.3'])('%j is missing', (text) => {
    expect(parseSeconds(text)).toBeUndefined()
  })
})

describe('readJUnitReports', () => {
  function workspace(): string {
    const root = tempDir('orch-junit-')
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    put('reports/jest/junit.xml', fixture('jest-junit.xml'))
    put('reports/pytest.xml', fixture('pytest.xml'))
    put('reports/broken/malformed.xml', fixture('malformed.xml'))
    put('reports/coverage/cobertura.xml', fixture('cobertura.xml'))
    put('reports/notes.txt', 'not a report')
    put('node_modules/pkg/junit.xml', fixture('jest-junit.xml'))
    put('reports/node_modules/junit.xml', fixture('jest-junit.xml'))
    put('.git/junit.xml', fixture('jest-junit.xml'))
    put('go/report.xml', fixture('go-junit-report.xml'))
    symlinkSync(join(root, 'reports'), join(root, 'reports-link'))
    return root
  }

  it('expands patterns, skips node_modules and .git, warns about bad files and sorts by path', async () => {
    const root = workspace()
    const logger = new MemoryLogger()
    const reports = await readJUnitReports(['**/*.xml'], root, logger)
    expect(reports.map((r) => r.file)).toEqual(['go/report.xml', 'reports/jest/junit.xml', 'reports/pytest.xml'])
    const warnings = logger.messages('warning')
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/^Skipped JUnit report reports\/broken\/malformed\.xml: not well-formed XML: /)
    expect(warnings[1]).toMatch(/reports\/coverage\/cobertura\.xml: root element <coverage> is not a JUnit report/)
  })

  it('walks only below the patterns, supports exclusions and exact paths, and merges totals', async () => {
    const root = workspace()
    const logger = new MemoryLogger()
    const reports = await readJUnitReports(
      ['./reports/**/*.xml', '!reports/broken/**', '!reports/coverage/*', `${root}/go/report.xml`],
      root,
      logger,
    )
    expect(reports.map((r) => r.file)).toEqual(['go/report.xml', 'reports/jest/junit.xml', 'reports/pytest.xml'])
    expect(logger.messages('warning')).toEqual([])
    const merged = mergeReports(reports)
    expect(merged).toMatchObject({
      reports: 3,
      suites: 5,
      tests: 15,
      passed: 8,
      failed: 4,
      errors: 1,
      skipped: 3,
      durationMs: 117 + 3210 + 734,
    })
    expect(merged.failures.map((f) => [f.file, f.name])).toEqual([
      ['go/report.xml', 'TestRename'],
      ['reports/jest/junit.xml', 'album service rejects empty names'],
      ['reports/pytest.xml', 'test_rename'],
      ['reports/pytest.xml', 'test_migrate'],
    ])
  })

  it('warns when nothing matches and rejects patterns that leave the folder', async () => {
    const root = workspace()
    const logger = new MemoryLogger()
    expect(await readJUnitReports(['missing/**/*.xml'], root, logger)).toEqual([])
    expect(logger.messages('warning')).toEqual(['No JUnit report found: no file matches "missing/**/*.xml"'])
    await expect(readJUnitReports(['../**/*.xml'], root, logger)).rejects.toThrow(InputError)
    await expect(readJUnitReports(['/etc/*.xml'], root, logger)).rejects.toThrow(/"\/etc\/\*\.xml" is not valid/)
  })

  it('merges nothing into zeros', () => {
    expect(mergeReports([])).toEqual({
      reports: 0,
      suites: 0,
      tests: 0,
      passed: 0,
      failed: 0,
      errors: 0,
      skipped: 0,
      durationMs: 0,
      failures: [],
    })
  })
})
