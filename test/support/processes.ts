// Every process a test starts (the CLI, a hook, an action bundle) leads its own process group, so the
// git and node processes it starts in turn go with it. A test file kills what is still running when it
// ends (a test that timed out leaves its processes behind otherwise), and each live group is also noted
// in the run's folder (ORCH_TEST_RUN_DIR, made by global-setup.js) so that global-teardown.js can report
// and kill anything a crashed worker left.
import { ChildProcess } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

// On globalThis: jest loads the setup file (cleanup-after-file.ts) and the test file's imports as separate
// module instances, and the file's afterAll must see the children the test started.
const shared = globalThis as { orchTestChildren?: Map<number, ChildProcess> }
const live = (shared.orchTestChildren ??= new Map<number, ChildProcess>())

const noteOf = (pid: number): string | undefined => {
  const runDir = process.env.ORCH_TEST_RUN_DIR
  return runDir ? join(runDir, `${pid}.pid`) : undefined
}

/** Follows a child started with `detached: true` (its own process group) until it closes. */
export function track(child: ChildProcess, what: string): ChildProcess {
  const pid = child.pid
  if (pid === undefined) return child
  live.set(pid, child)
  const note = noteOf(pid)
  if (note) {
    try {
      writeFileSync(note, `${what.slice(0, 200).replace(/\s+/g, ' ')}\n`)
    } catch {
      // The run folder is gone (jest is ending): the file's own afterAll still kills the child.
    }
  }
  child.once('close', () => {
    live.delete(pid)
    if (note) rmSync(note, { force: true })
  })
  return child
}

/** Kills the process group a tracked child leads (the child and every process it started). */
export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/** Kills every tracked child still running; returns what was killed (for a report). */
export function killTracked(): string[] {
  const killed = [...live.entries()].map(([pid, child]) => `${pid} ${child.spawnargs.slice(1).join(' ')}`)
  for (const pid of live.keys()) {
    killGroup(pid)
    // Killed for sure (SIGKILL), though its close event may not come before the worker ends: the note
    // goes now, so the global teardown names only what a worker could not kill.
    const note = noteOf(pid)
    if (note) rmSync(note, { force: true })
  }
  live.clear()
  return killed
}
