// One neutral git configuration for the whole run (not one folder per test file), and one folder
// where the workers note the process groups they start (test/support/processes.ts), both removed by
// global-teardown.js. Workers inherit ORCH_TEST_GITCONFIG and ORCH_TEST_RUN_DIR.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function globalSetup() {
  if (process.env.ORCH_TEST_GITCONFIG) return
  const dir = mkdtempSync(join(tmpdir(), 'orch-gitconfig-'))
  const file = join(dir, 'gitconfig')
  writeFileSync(
    file,
    [
      '[user]',
      '\tname = Test Agent',
      '\temail = agent@example.invalid',
      '[init]',
      '\tdefaultBranch = main',
      '[advice]',
      '\tdetachedHead = false',
      '[protocol "file"]',
      '\tallow = always',
      '',
    ].join('\n'),
  )
  process.env.ORCH_TEST_GITCONFIG = file
  process.env.ORCH_TEST_GITCONFIG_OWNED = dir
  const runDir = join(dir, 'processes')
  mkdirSync(runDir)
  process.env.ORCH_TEST_RUN_DIR = runDir
}
