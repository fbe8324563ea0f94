// The CLI run inside the test's own process: the same `runCli` the bundle's entry calls (shared/cli/main.ts),
// with the same commands, version and script path, but without starting node and loading the bundle
// (a quarter of a second of CPU per run, over seven hundred runs in the suite). For tests that check what a
// command does; what only the bundle can show (its wiring, stdin, exit codes of the process, signals,
// processes racing each other) stays with runCliProcess (test/support/cli.ts), which tests of every
// command keep using somewhere.
//
// git and the code under test read process.env directly (git's children inherit it), so a run swaps it for
// the run's environment and puts it back after; runs in one test process therefore take turns.
import { readFileSync, realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import { runCli } from '../../shared/cli/run-cli'
import { LAZY_COMMANDS } from '../../shared/commands/lazy-registry'
import type { CliRun } from './cli'

const VERSION = (JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string }).version
const SCRIPT = realpathSync(resolve('bin/orchestrator.js'))

let turn: Promise<unknown> = Promise.resolve()

/** Like runCliProcess: `orchestrator <args>` in `cwd` with `env` added to (undefined: removed from) this process's. */
export function runCliInProcess(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const run = turn.then(() => once(args, cwd, env))
  turn = run.catch(() => undefined)
  return run
}

async function once(args: string[], cwd: string, extra: Record<string, string | undefined>): Promise<CliRun> {
  // As runScript does for the child: colour only when a test asks for it.
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, ...extra }
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]
  const saved = { ...process.env }
  const savedExitCode = process.exitCode
  // Changed in place: the code under test may hold on to process.env itself.
  setEnv(env)
  let stdout = ''
  let stderr = ''
  try {
    const code = await runCli(args, LAZY_COMMANDS, VERSION, {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      env: process.env,
      cwd,
      cliScript: SCRIPT,
      stderrIsTty: false,
      stdoutIsTty: false,
      // Jest gives the test a copy of the environment: os.tmpdir() still reads the real one.
      ...(env.TMPDIR ? { tempDir: env.TMPDIR } : {}),
    })
    return { code, stdout, stderr }
  } catch (error) {
    // What node prints for an error nothing caught, and its exit code.
    return { code: 1, stdout, stderr: `${stderr}${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n` }
  } finally {
    setEnv(saved)
    process.exitCode = savedExitCode
  }
}

function setEnv(to: Record<string, string | undefined>): void {
  for (const key of Object.keys(process.env)) if (!(key in to)) delete process.env[key]
  for (const [key, value] of Object.entries(to)) if (value !== undefined && process.env[key] !== value) process.env[key] = value
}
