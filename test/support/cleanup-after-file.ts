// Every test file removes the temporary folders it made (repositories, runner folders),
// whether or not it remembers to call cleanupTemp itself.
import { afterAll } from '@jest/globals'
import { cleanupTemp } from './repo'

afterAll(cleanupTemp)
