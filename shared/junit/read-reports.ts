import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError, messageOf } from '../errors'
import type { Logger } from '../logger'
import { findFiles } from './find-files'
import { parseJUnit } from './parse-junit'
import type { JUnitReport } from './types'

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
  const reports: JUnitReport[] = []
  for (const file of files) {
    let xml: string
    try {
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
