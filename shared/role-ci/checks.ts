import type { NamedCommand } from '../config/commands'
import { messageOf } from '../errors'
import type { Logger } from '../logger'
import { formatDuration } from './format'
import { OutputTail } from './output-tail'
import { runShellCommand } from './run-command'
import { BuiltinCheck, CheckItem, CheckResult, isBuiltinCheck } from './types'

export interface RunChecksOptions {
  cwd: string
  logger: Logger
  /** Stop at the first failure; the remaining checks are reported as skipped. */
  failFast?: boolean
  /** Added to the inherited environment of every command. */
  env?: Record<string, string>
  /** How many output lines each result keeps (default 30). */
  outputTailLines?: number
  /** Per command; a command still running then is stopped and fails. */
  timeoutMs?: number
  /** A clock in milliseconds (tests pass a fake one). */
  now?: () => number
}

export const BUILTIN_COMMAND = '(built-in)'

/**
 * Runs the checks in order, each in its own log group, and records every
 * result. All run even when one fails, unless `failFast`.
 */
export async function runChecks(items: readonly CheckItem[], options: RunChecksOptions): Promise<CheckResult[]> {
  const now = options.now ?? (() => performance.now())
  const results: CheckResult[] = []
  let stopped = false
  for (const item of items) {
    const builtin = isBuiltinCheck(item)
    const command = builtin ? BUILTIN_COMMAND : item.command
    if (stopped) {
      results.push({
        name: item.name,
        command,
        exitCode: null,
        passed: false,
        durationMs: 0,
        outputTail: '',
        skipped: true,
        ...(builtin ? { builtin } : {}),
      })
      continue
    }
    const result = await options.logger.group(item.name, async () => {
      const started = now()
      const partial = builtin ? await runBuiltin(item, options) : await runCommand(item, options)
      const done: CheckResult = { name: item.name, command, durationMs: Math.max(0, Math.round(now() - started)), ...partial }
      options.logger.info(`${item.name}: ${done.passed ? 'passed' : 'failed'} in ${formatDuration(done.durationMs)}`)
      return done
    })
    if (!result.passed) {
      const why = result.reason ?? (result.exitCode !== null ? `exit code ${result.exitCode}` : 'failed')
      options.logger.error(`check ${item.name} failed: ${why}`, { title: `check ${item.name}` })
      if (options.failFast) stopped = true
    }
    results.push(result)
  }
  return results
}

type Outcome = Omit<CheckResult, 'name' | 'command' | 'durationMs'>

async function runCommand(item: NamedCommand, options: RunChecksOptions): Promise<Outcome> {
  const tail = new OutputTail(Math.max(1, options.outputTailLines ?? 30))
  options.logger.info(`$ ${item.command}`)
  const run = await runShellCommand(item.command, {
    cwd: options.cwd,
    env: options.env,
    timeoutMs: options.timeoutMs,
    onLine: (line) => {
      options.logger.info(line)
      tail.push(line)
    },
  })
  const outcome: Outcome = { exitCode: run.exitCode, passed: run.exitCode === 0, outputTail: tail.text() }
  if (run.reason) outcome.reason = run.reason
  return outcome
}

async function runBuiltin(item: BuiltinCheck, options: RunChecksOptions): Promise<Outcome> {
  try {
    const { passed, detail } = await item.run()
    const tail = new OutputTail(Math.max(1, options.outputTailLines ?? 30))
    for (const line of detail.split('\n')) {
      options.logger.info(line)
      tail.push(line)
    }
    return { exitCode: passed ? 0 : 1, passed, outputTail: tail.text(), builtin: true }
  } catch (error) {
    const reason = `the check could not run: ${messageOf(error)}`
    return { exitCode: null, passed: false, outputTail: reason, builtin: true, reason }
  }
}
