import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MemoryLogger } from '../../shared/logger'
import { readJUnitReports } from '../../shared/junit'
import { JUNIT_LIMITS } from '../../shared/junit/read-reports'
import { cleanupTemp, tempDir } from '../support/repo'

// The recording job reads JUnit reports from an artifact a branch-code job uploaded: an untrusted
// claim whose number and size must not make the recording's work unbounded.
const REPORT = (n: number) =>
  `<?xml version="1.0"?><testsuites tests="1" failures="0"><testsuite name="s${n}" tests="1" failures="0"><testcase name="t" classname="c"/></testsuite></testsuites>\n`

afterAll(cleanupTemp)

describe('readJUnitReports on an untrusted artifact', () => {
  it(`reads at most ${JUNIT_LIMITS.files} reports, in path order, and names the first one skipped`, async () => {
    const root = tempDir('orch-artifact-')
    mkdirSync(join(root, 'reports'))
    const count = JUNIT_LIMITS.files + 5
    for (let i = 0; i < count; i++) writeFileSync(join(root, 'reports', `r${String(i).padStart(4, '0')}.xml`), REPORT(i))
    const logger = new MemoryLogger()
    const reports = await readJUnitReports(['reports/**/*.xml'], root, logger)
    expect(reports).toHaveLength(JUNIT_LIMITS.files)
    expect(reports[reports.length - 1]!.file).toBe(`reports/r${String(JUNIT_LIMITS.files - 1).padStart(4, '0')}.xml`)
    expect(logger.messages('warning')).toEqual([
      `Read the first ${JUNIT_LIMITS.files} of ${count} JUnit reports (by path; at most ${JUNIT_LIMITS.files} per run): skipped reports/r0200.xml and the 4 after it`,
    ])
  })

  it('skips a report over the size limit without reading it, naming it and its size', async () => {
    const root = tempDir('orch-artifact-')
    mkdirSync(join(root, 'reports'))
    writeFileSync(join(root, 'reports', 'a.xml'), REPORT(1))
    writeFileSync(join(root, 'reports', 'huge.xml'), '')
    truncateSync(join(root, 'reports', 'huge.xml'), JUNIT_LIMITS.bytes + 1) // sparse: no disk used
    const logger = new MemoryLogger()
    const reports = await readJUnitReports(['reports/*.xml'], root, logger)
    expect(reports.map((r) => r.file)).toEqual(['reports/a.xml'])
    expect(logger.messages('warning')).toEqual([
      `Skipped JUnit report reports/huge.xml: ${JUNIT_LIMITS.bytes + 1} bytes, over the limit of ${JUNIT_LIMITS.bytes} bytes per report`,
    ])
  })
})
