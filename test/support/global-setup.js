// One neutral git configuration for the whole run (not one folder per test file), and one folder
// where the workers note the process groups they start (test/support/processes.ts), both removed by
// global-teardown.js. Workers inherit ORCH_TEST_GITCONFIG and ORCH_TEST_RUN_DIR.
//
// Where the tests' repositories live: the tests are git-bound (thousands of small files written and read
// back), so where TMPDIR is not set and /dev/shm is a memory file system with room (2 GiB), the run takes a
// folder of its own there (about a quarter less time than on a disk); ORCH_TEST_TMPDIR names another
// folder, or `default` keeps the system's. A TMPDIR set by the caller is always kept.
import { accessSync, constants, mkdirSync, mkdtempSync, statfsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const MEMORY_FS = '/dev/shm'
const ROOM_NEEDED = 2 * 1024 ** 3
const TMPFS_MAGIC = 0x01021994

/** The folder to make the run's temporary folder in, or undefined for the system's. */
export function fastTempBase(env = process.env) {
  const chosen = env.ORCH_TEST_TMPDIR
  if (chosen === 'default') return undefined
  if (chosen) return chosen
  if (env.TMPDIR) return undefined
  try {
    const fs = statfsSync(MEMORY_FS)
    if (fs.type !== TMPFS_MAGIC || fs.bavail * fs.bsize < ROOM_NEEDED) return undefined
    accessSync(MEMORY_FS, constants.W_OK)
    return MEMORY_FS
  } catch {
    return undefined
  }
}

export default function globalSetup() {
  if (process.env.ORCH_TEST_GITCONFIG) return
  // A nested run (a test starting jest) inherits the outer run's variables: it owns only what it makes.
  delete process.env.ORCH_TEST_TMPDIR_OWNED
  const base = fastTempBase()
  if (base) {
    // Workers, and every process they start, inherit TMPDIR: os.tmpdir() is this folder for all of them.
    const root = mkdtempSync(join(base, 'orch-tests-'))
    process.env.TMPDIR = root
    process.env.ORCH_TEST_TMPDIR_OWNED = root
  }
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
