// Jest runs the longest test files first, so that no worker is left with a long file at the end. Jest
// knows the durations only from its own cache of earlier runs: a fresh clone (CI) has none and orders by
// file size, which put 30-s files last. Here a file jest has no time for takes its time from
// test-durations.json, measured at rest on 2 cores; regenerate it after big changes with
//   npm test -- --json --outputFile=/tmp/run.json && node test/support/sequencer.js /tmp/run.json
import TestSequencer from '@jest/test-sequencer'
import { readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const DURATIONS = new URL('./test-durations.json', import.meta.url)
const known = JSON.parse(readFileSync(DURATIONS, 'utf8'))

export default class DurationSequencer extends (TestSequencer.default ?? TestSequencer) {
  time(test) {
    return super.time(test) ?? known[relative(test.context.config.rootDir, test.path)]
  }
}

// As a script: write test-durations.json from the --json output of a whole run.
if (process.argv[2] && process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const run = JSON.parse(readFileSync(process.argv[2], 'utf8'))
  const durations = {}
  for (const t of [...run.testResults].sort((a, b) => (a.name < b.name ? -1 : 1)))
    durations[relative(process.cwd(), t.name)] = Math.round(t.endTime - t.startTime)
  writeFileSync(DURATIONS, `${JSON.stringify(durations, null, 2)}\n`)
}
