import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runScript } from '../support/cli'

describe('a test run', () => {
  it('leaves nothing in the temporary folder: no git config folders, repositories or runner folders', async () => {
    // A jest run of its own, with a temporary folder of its own to look into afterwards.
    const tmp = mkdtempSync(join(tmpdir(), 'orch-cleanup-check-'))
    try {
      // Started as the other tests start processes (its own process group, killed when this file ends), and
      // bounded by this test's timeout alone: a busy machine makes it slower, not wrong.
      const r = await runScript(
        'node_modules/jest/bin/jest.js',
        ['--silent', 'test/open-pr/pr-lifecycle.test.ts', 'test/house/workflows-examples.test.ts'],
        resolve('.'),
        {
          env: { TMPDIR: tmp, ORCH_TEST_GITCONFIG: undefined, NODE_OPTIONS: '--experimental-vm-modules' },
        },
      )
      expect(r.stdout).toMatch(/tests: \d+ passed, 0 failed/)
      expect(readdirSync(tmp).filter((name) => !name.startsWith('jest'))).toEqual([])
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  }, 300_000)
})
