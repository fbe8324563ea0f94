import { OutputTail, runShellCommand } from '../role-ci'
import type { CheckFailure, TrialCommand } from './types'
import { SECRET_NAME } from './trial-job'

const TAIL_LINES = 30

/** A check as run in a trial: the setup command, or one of the trial's commands. */
export interface TrialCheck {
  name: string
  command: string
  kind: CheckFailure['kind']
}

export interface ChecksOutcome {
  ok: boolean
  /** The failure that reproduced on the re-run (absent when ok). */
  failure?: CheckFailure
  /** Checks that failed once and passed when run again. */
  flaky: string[]
  /** A failure came from a time-out (results that depend on the machine's load are never cached). */
  timedOut: boolean
}

// What the step's process has that implementor code must not: tokens, the runner's files
// (a check writing to GITHUB_ENV or GITHUB_OUTPUT would change later steps), git's redirections.
const HIDDEN = /^(INPUT_|ACTIONS_|GITHUB_TOKEN$|GH_TOKEN$|GITHUB_ENV$|GITHUB_OUTPUT$|GITHUB_PATH$|GITHUB_STATE$|GITHUB_STEP_SUMMARY$|GIT_)/

/** The environment checks run with: the step's, without tokens, secrets by name and runner files; `CI=true` as on a runner. */
export function checkEnvironment(source: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(source))
    if (value !== undefined && !HIDDEN.test(key) && !SECRET_NAME.test(key)) env[key] = value
  env.CI = 'true'
  return env
}

async function runOnce(check: TrialCheck, cwd: string, timeoutMs: number, env: Record<string, string>): Promise<CheckFailure | null> {
  const tail = new OutputTail(TAIL_LINES)
  const r = await runShellCommand(check.command, { cwd, timeoutMs, env, replaceEnv: true, onLine: (l) => tail.push(l) })
  if (r.exitCode === 0) return null
  return {
    check: check.name,
    kind: check.kind,
    exitCode: r.exitCode,
    ...(r.reason ? { reason: r.reason } : {}),
    tail: tail.text(),
  }
}

/**
 * Runs the checks in order in `cwd`, stopping at the first that fails. A
 * failure counts only when it reproduces: the failed check is run once more,
 * and if it passes then it is noted as flaky and the next checks run.
 */
export async function runChecks(checks: readonly TrialCheck[], cwd: string, timeoutMs: number): Promise<ChecksOutcome> {
  const env = checkEnvironment()
  const flaky: string[] = []
  for (const check of checks) {
    const first = await runOnce(check, cwd, timeoutMs, env)
    if (!first) continue
    const again = await runOnce(check, cwd, timeoutMs, env)
    if (!again) {
      flaky.push(check.name)
      continue
    }
    const timedOut = /timed out/.test(first.reason ?? '') || /timed out/.test(again.reason ?? '')
    return { ok: false, failure: again, flaky, timedOut }
  }
  return { ok: true, flaky, timedOut: false }
}

/** The setup (if any) then the commands, as checks. */
export function checksOf(commands: readonly TrialCommand[], setup: string | undefined, withSetup: boolean): TrialCheck[] {
  return [...(setup && withSetup ? [{ name: 'setup', command: setup, kind: 'setup' as const }] : []), ...commands]
}
