// The suite's worker count as jest itself reads it from jest.config.js: a few per core, never hundreds
// (jest reads maxWorkers '150%' as 150 workers; a fresh-clone CI run of that thrashed at load 200).
import { describe, expect, it } from '@jest/globals'
import { availableParallelism } from 'node:os'
import jestConfig from 'jest-config'

describe('jest.config.js', () => {
  it('runs one and a half workers per core, at least one', async () => {
    const { globalConfig } = await jestConfig.readConfig({ _: [], $0: 'jest' }, process.cwd())
    const cores = availableParallelism()
    expect(globalConfig.maxWorkers).toBe(Math.max(1, Math.floor(cores * 1.5)))
    expect(globalConfig.maxWorkers).toBeLessThanOrEqual(2 * cores)
  })
})
