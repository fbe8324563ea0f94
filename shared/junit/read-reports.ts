import { lstat, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError, messageOf } from '../errors'
import type { Logger } from '../logger'
import { findFiles } from './find-files'
import { parseJUnit } from './parse-junit'
import type { JUnitReport } from './types'

/**
 * Bounds on what one run reads: the reports may come from an artifact of a job that ran branch code
 * (an untrusted claim), so neither their number nor their size may make the recording job's work unbounded.
 */
export const JUNIT_LIMITS = { files: 200, bytes: 32 * 1024 * 1024 } as const

/**
 * Reads every JUnit report matching `patterns` under `cwd`, sorted by path.
 * A file that cannot be read or is not a JUnit report is skipped with a
 * warning: one broken report must not hide the others. A pattern that leaves
 * `cwd` is an InputError.
 */
export async function readJUnitReports(patterns: string[], cwd: string, logger: Logger, tempDir = cwd): Promise<JUnitReport[]> {
  const files = await findFiles(patterns, cwd, logger, { roots: { cwd, tempDir }, what: 'junit' })
  if (files.length === 0) {
    logger.warning(`No JUnit report found: no file matches ${patterns.map((p) => JSON.stringify(p)).join(', ')}`)
  }
  if (files.length > JUNIT_LIMITS.files) {
    logger.warning(
      `Read the first ${JUNIT_LIMITS.files} of ${files.length} JUnit reports (by path; at most ${JUNIT_LIMITS.files} per run): skipped ${files[JUNIT_LIMITS.files]} and the ${files.length - JUNIT_LIMITS.files - 1} after it`,
    )
  }
  const reports: JUnitReport[] = []
  for (const file of files.slice(0, JUNIT_LIMITS.files)) {
    let xml: string
    try {
      const { size } = await lstat(join(cwd, file))
      if (size > JUNIT_LIMITS.bytes) {
        logger.warning(`Skipped JUnit report ${file}: ${size} bytes, over the limit of ${JUNIT_LIMITS.bytes} bytes per report`)
        continue
      }
      xml = await readFile(join(cwd, file), 'utf8')
    } catch (error) {
      logger.warning(`Skipped JUnit report ${file}: it could not be read: ${messageOf(error)}`)
      continue
    }
    try {
      reports.push(parseJUnit(xml, file))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      logger.warning(`Skipped JUnit report ${error.message}`)
    }
  }
  return reports
}
