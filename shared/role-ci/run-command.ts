import { spawn } from 'node:child_process'
import { formatDuration } from './format'
import { LineSplitter } from './output-tail'

export interface ShellRunOptions {
  cwd: string
  /** Added to the inherited environment. */
  env?: Record<string, string>
  /** Use `env` as the whole environment instead (trials: implementor code must not see the step's tokens). */
  replaceEnv?: boolean
  timeoutMs?: number
  /** Every output line, stdout and stderr together, in arrival order. */
  onLine: (line: string) => void
}

export interface ShellRunResult {
  /** null when the process did not exit by itself (could not start, killed). */
  exitCode: number | null
  /** Why it failed when the exit code alone does not say. */
  reason?: string
}

// After SIGTERM, how long a timed-out command gets to clean up before SIGKILL.
const KILL_GRACE_MS = 5000

/**
 * Runs one trusted check command through the platform shell, like a `run:`
 * step. Callers must never build `command` from branch names or commit text.
 * With a time-out the command gets its own process group, so that killing
 * it also stops what it started.
 */
export function runShellCommand(command: string, options: ShellRunOptions): Promise<ShellRunResult> {
  const ownGroup = options.timeoutMs !== undefined && process.platform !== 'win32'
  return new Promise<ShellRunResult>((resolve) => {
    let settled = false
    let timedOut = false
    const timers: NodeJS.Timeout[] = []
    const finish = (result: ShellRunResult) => {
      if (settled) return
      settled = true
      for (const t of timers) clearTimeout(t)
      resolve(result)
    }
    let child: ReturnType<typeof spawn>
    try {
      child = spawn(command, {
        cwd: options.cwd,
        shell: true,
        env: options.replaceEnv ? options.env : options.env ? { ...process.env, ...options.env } : undefined,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: ownGroup,
        windowsHide: true,
      })
    } catch (error) {
      finish({ exitCode: null, reason: `could not start: ${(error as Error).message}` })
      return
    }
    const splitters = [child.stdout, child.stderr].map((stream) => {
      const splitter = new LineSplitter(options.onLine)
      stream?.on('data', (chunk: Buffer) => splitter.write(chunk))
      return splitter
    })
    const kill = (signal: NodeJS.Signals) => {
      try {
        if (ownGroup && child.pid !== undefined) process.kill(-child.pid, signal)
        else child.kill(signal)
      } catch {
        /* already gone */
      }
    }
    if (options.timeoutMs !== undefined) {
      timers.push(
        setTimeout(() => {
          timedOut = true
          kill('SIGTERM')
          timers.push(setTimeout(() => kill('SIGKILL'), KILL_GRACE_MS))
        }, options.timeoutMs),
      )
    }
    child.on('error', (error) => finish({ exitCode: null, reason: `could not start: ${error.message}` }))
    child.on('close', (code, signal) => {
      for (const s of splitters) s.end()
      if (timedOut) finish({ exitCode: null, reason: `timed out after ${formatDuration(options.timeoutMs ?? 0)}` })
      else if (code === null) finish({ exitCode: null, reason: `killed by ${signal ?? 'a signal'}` })
      else finish({ exitCode: code, reason: reasonForExit(code) })
    })
  })
}

function reasonForExit(code: number): string | undefined {
  // POSIX shells report these two for a command they could not run at all.
  if (code === 127) return 'command not found (exit 127)'
  if (code === 126) return 'command not executable (exit 126)'
  return undefined
}
