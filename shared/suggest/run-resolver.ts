import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { formatDuration, LineSplitter, OutputTail } from '../role-ci'

export interface ResolverRun {
  argv: readonly string[]
  cwd: string
  /** The whole environment (nothing is inherited). */
  env: Record<string, string>
  /** Written to the resolver's stdin. */
  input: string
  timeoutMs: number
}

export interface ResolverResult {
  exitCode: number | null
  /** Why it failed when the exit code does not say: timed out, could not start, killed. */
  reason?: string
  timedOut: boolean
  /** The last lines it printed (stdout and stderr together), each neutralised: never written raw to a log. */
  tail: string
  /** Processes it left behind that were stopped when it ended: its process group's, and any that left the group. */
  survivors: number
}

const TAIL_LINES = 20
// After SIGTERM at the time-out, how long the resolver gets to clean up before SIGKILL.
const KILL_GRACE_MS = 2000
const RUN_VARIABLE = 'ORCHESTRATOR_SUGGEST_RUN'

/**
 * Runs a resolver: the program started directly with its argument vector (no
 * shell), in a process group of its own, with `env` as its whole
 * environment. When it ends (by itself or at its time-out: SIGTERM, then
 * SIGKILL) everything it started ends with it: the group is killed, and so is
 * any process that left the group (setsid, a double fork) but still carries
 * this run's mark in its environment (Linux: /proc). Its output is kept as a
 * neutralised tail, so a `::set-output` or `::stop-commands` it prints never
 * reaches the runner's log as a command.
 */
export function runResolver(run: ResolverRun): Promise<ResolverResult> {
  const mark = randomBytes(12).toString('hex')
  const tail = new OutputTail(TAIL_LINES)
  return new Promise<ResolverResult>((resolve) => {
    let settled = false
    let timedOut = false
    const timers: NodeJS.Timeout[] = []
    const [file, ...args] = run.argv
    let child: ReturnType<typeof spawn>
    try {
      child = spawn(file!, args, {
        cwd: run.cwd,
        env: { ...run.env, [RUN_VARIABLE]: mark },
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: process.platform !== 'win32',
        windowsHide: true,
      })
    } catch (error) {
      resolve({ exitCode: null, reason: `could not start: ${(error as Error).message}`, timedOut: false, tail: '', survivors: 0 })
      return
    }
    const splitters = [child.stdout, child.stderr].map((stream) => {
      const splitter = new LineSplitter((line) => tail.push(line))
      stream?.on('data', (chunk: Buffer) => splitter.write(chunk))
      return splitter
    })
    // A resolver that never reads its brief must not fail the write.
    child.stdin?.on('error', () => {})
    child.stdin?.end(run.input)
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        if (process.platform !== 'win32' && child.pid !== undefined) process.kill(-child.pid, signal)
        else child.kill(signal)
      } catch {
        /* the group is gone */
      }
    }
    const finish = (exitCode: number | null, reason: string | undefined) => {
      if (settled) return
      settled = true
      for (const t of timers) clearTimeout(t)
      killGroup('SIGKILL')
      const survivors = killMarked(mark)
      // A survivor that held the pipes is gone now: what it printed so far is read, then the pipes are closed.
      for (const stream of [child.stdout, child.stderr]) stream?.destroy()
      for (const s of splitters) s.end()
      resolve({ exitCode, ...(reason ? { reason } : {}), timedOut, tail: tail.text(), survivors })
    }
    timers.push(
      setTimeout(() => {
        timedOut = true
        killGroup('SIGTERM')
        timers.push(setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS))
      }, run.timeoutMs),
    )
    child.on('error', (error) => finish(null, `could not start: ${error.message}`))
    // 'exit', not 'close': a child it left running may hold the pipes open for ever.
    child.on('exit', (code, signal) => {
      if (timedOut) finish(null, `timed out after ${formatDuration(run.timeoutMs)}`)
      else if (code === null) finish(null, `killed by ${signal ?? 'a signal'}`)
      else finish(code, code === 0 ? undefined : `exited with ${code}`)
    })
  })
}

/** Kills (SIGKILL) every process of this user whose environment carries the run's mark; how many. Linux only (elsewhere 0). */
function killMarked(mark: string): number {
  if (process.platform !== 'linux') return 0
  const needle = Buffer.from(`\0${RUN_VARIABLE}=${mark}\0`)
  let killed = 0
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return 0
  }
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue
    try {
      const environ = Buffer.concat([Buffer.from([0]), readFileSync(`/proc/${pid}/environ`)])
      if (!environ.includes(needle)) continue
      process.kill(Number(pid), 'SIGKILL')
      killed++
    } catch {
      // Another user's process, or one that ended meanwhile.
    }
  }
  return killed
}
