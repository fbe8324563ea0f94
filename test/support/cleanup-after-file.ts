// Every test file kills the processes it started that are still running (a test that timed out
// leaves them behind otherwise) and removes the temporary folders it made (repositories, runner
// folders), whether or not it remembers to call cleanupTemp itself.
import { afterAll } from '@jest/globals'
import { killTracked } from './processes'
import { cleanupTemp } from './repo'

afterAll(() => {
  killTracked()
  return cleanupTemp()
})
