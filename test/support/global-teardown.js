// Removes what global-setup.js created, so a test run leaves no folder behind, and kills any process
// group a test started that is still running (a worker that crashed or was killed could not), saying
// which: a run must leave no process behind.
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/** The process groups noted in the run folder that are still alive, killed; returns their descriptions. */
export function killLeftovers(runDir) {
  let notes = []
  try {
    notes = readdirSync(runDir).filter((f) => f.endsWith('.pid'))
  } catch {
    return []
  }
  const killed = []
  for (const note of notes) {
    const pid = Number(note.slice(0, -'.pid'.length))
    if (!Number.isInteger(pid) || pid <= 1) continue
    try {
      process.kill(-pid, 0)
    } catch {
      continue
    }
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // Gone between the check and the kill.
    }
    killed.push(`${pid} ${readFileSync(join(runDir, note), 'utf8').trim()}`)
  }
  return killed
}

export default function globalTeardown() {
  const runDir = process.env.ORCH_TEST_RUN_DIR
  if (runDir) {
    const killed = killLeftovers(runDir)
    if (killed.length) {
      process.stderr.write(`global teardown: killed ${killed.length} process group(s) tests had left running:\n`)
      for (const line of killed) process.stderr.write(`  ${line}\n`)
    }
  }
  const dir = process.env.ORCH_TEST_GITCONFIG_OWNED
  if (dir) rmSync(dir, { recursive: true, force: true })
  const root = process.env.ORCH_TEST_TMPDIR_OWNED
  if (root) rmSync(root, { recursive: true, force: true })
}
