import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

describe('a test run', () => {
  it('leaves nothing in the temporary folder: no git config folders, repositories or runner folders', () => {
    // A jest run of its own, with a temporary folder of its own to look into afterwards.
    const tmp = mkdtempSync(join(tmpdir(), 'orch-cleanup-check-'))
    try {
      const env: Record<string, string | undefined> = { ...process.env, TMPDIR: tmp, ORCH_TEST_GITCONFIG: undefined }
      const r = spawnSync(
        process.execPath,
        [
          '--experimental-vm-modules',
          resolve('node_modules/jest/bin/jest.js'),
          '--silent',
          'test/open-pr/pr-lifecycle.test.ts',
          'test/house/workflows-examples.test.ts',
        ],
        { encoding: 'utf8', env: env as NodeJS.ProcessEnv, timeout: 120_000 },
      )
      expect(r.stdout).toMatch(/tests: \d+ passed, 0 failed/)
      expect(readdirSync(tmp).filter((name) => !name.startsWith('jest'))).toEqual([])
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  }, 150_000)
})
