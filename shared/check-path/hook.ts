import { writeConfined } from '../confine-path'
import { dirname, join } from 'node:path'
import { messageOf } from '../errors'
import { jsonSafe } from '../text/neutralize'
import { checkPaths, locate, type Located } from './check-path'
import { cannotJudgeOutput, hookOutput, parseHookInput } from './hook-io'
import { recordWarnings, type WarningRecording } from './predicted'
import { scopeAnswer } from './scope-answer'
import type { Logger } from '../logger'

export interface HookOptions extends WarningRecording {
  /** Deny the edit instead of warning. */
  block: boolean
  /** Queue conflict-predicted events. */
  record: boolean
  /** Where the hook runs when the input names no cwd. */
  cwd: string
  debug: (message: string) => void
}

/**
 * Claude Code's PreToolUse hook: `stdin` is the JSON it sends; the result is
 * what to print (empty: nothing) before exiting 0. Whatever goes wrong on our
 * side (no agent branch, a broken cache, a git error, bad JSON) is not the
 * agent's problem: nothing is printed and the reason goes to the debug log and
 * `.git/orchestrator/check-path.log`. Under --block it fails closed instead: an
 * edit it cannot judge (garbage payload, missing fields, a cwd or a path outside
 * the repository) is denied with the reason. Exit 2 (Claude Code's "block") is never used.
 */
export async function answerHook(stdin: string, o: HookOptions): Promise<string> {
  let located: Located | null = null
  try {
    const input = parseHookInput(stdin, o.cwd)
    if (!input) return ''
    located = await locate(input.cwd)
    const result = await checkPaths({
      paths: [input.filePath],
      remote: o.remote,
      configPath: o.configPath,
      cwd: input.cwd,
      now: o.now,
      located,
    })
    const answer = result.answers[0]!
    // Outside the agent's tasks is said too (never a denial): the rules from the overseer's tip, as in the CLI.
    const scope = await scopeAnswer(located, result, o.configPath, quietLogger(o.debug), o.remote)
    const drift = scope?.drift[0]
    if (answer.siblings.length === 0 && !drift) return ''
    if (o.record && answer.siblings.length) recordWarnings(located, result, o)
    return jsonSafe(hookOutput(result, answer, o.block, o.remote, drift?.text))
  } catch (error) {
    const line = `${o.now.toISOString()} check-path hook: ${messageOf(error)}`.replace(/[\r\n]+/g, ' ')
    o.debug(line)
    // Input too broken to name a checkout (not JSON) is logged in the one the hook was started in.
    located ??= await locate(o.cwd).catch(() => null)
    if (located) logHookProblem(located, line)
    return o.block ? jsonSafe(cannotJudgeOutput(messageOf(error).replace(/[\r\n]+/g, ' '))) : ''
  }
}

/** One line in `.git/orchestrator/check-path.log`: where the hook and its recorder say what went wrong, silently. */
export function logHookProblem(located: Located, line: string): void {
  try {
    const log = join(dirname(located.cachePath), 'check-path.log')
    writeConfined(dirname(dirname(log)), log, `${line.replace(/[\r\n]+/g, ' ')}\n`, 'log', { append: true })
  } catch {
    /* nowhere to write: the debug log has it */
  }
}

/** The hook has no terminal: whatever the scope check would say goes to the debug log. */
function quietLogger(debug: (message: string) => void): Logger {
  const say = (m: string) => debug(m)
  return { debug: say, info: say, notice: say, warning: say, error: say, group: async (_name, fn) => fn() }
}
