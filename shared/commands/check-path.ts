import { appendFileSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { checkPaths, locate, type CheckPathResult, type Located } from '../check-path/check-path'
import { describeAge, describeHits, hookOutput, parseHookInput } from '../check-path/hook-io'
import { detachedRecorder, queuePredictions, recordPending } from '../check-path/predicted'
import type { RunContext } from '../context'
import { InputError, messageOf } from '../errors'
import { jsonSafe } from '../neutralize'
import type { OptionValues } from '../options/options'
import type { CommandDefinition, CommandOutcome } from './command'

/**
 * `orchestrator check-path <path>...`: did a sibling (another implementor of
 * the feature, or its overseer) change these files since the merge base? A CLI
 * command only: it answers an agent about its own checkout before an edit, so
 * there is no workflow step for it to serve.
 */
export const checkPathCommand: CommandDefinition = {
  name: 'check-path',
  summary:
    "Before an edit: which sibling branches (implementors, overseer) changed these files since the merge base, and which lines; exit 1 when one did. From a cache, in milliseconds; --hook answers Claude Code's PreToolUse hook.",
  options: [
    {
      name: 'path',
      type: 'multiline',
      positional: 0,
      variadic: true,
      description: 'The files to check (relative to the current folder, or absolute inside the repository).',
    },
    { name: 'remote', type: 'string', default: 'origin', description: 'Git remote of the sibling branches.' },
    {
      name: 'config',
      type: 'string',
      default: '.github/orchestrator.yml',
      description: 'Path of the configuration file (for the branch naming).',
    },
    { name: 'fetch', type: 'boolean', default: 'false', description: "Fetch the feature's branches first, then refresh the cache." },
    {
      name: 'hook',
      type: 'boolean',
      default: 'false',
      description:
        "Read Claude Code's PreToolUse JSON on stdin and answer as its hook: silent for an untouched file, never fails the edit.",
    },
    {
      name: 'block',
      type: 'boolean',
      default: 'false',
      description: 'With --hook: deny the edit (instead of a warning) when a sibling changed the file.',
    },
    {
      name: 'record',
      type: 'boolean',
      default: 'true',
      description: 'Record a conflict-predicted event (in the background, once per agent, path and sibling tip).',
    },
    {
      name: 'record-pending',
      type: 'boolean',
      default: 'false',
      description: 'Internal: record the queued conflict-predicted events (the background recorder).',
    },
  ],
  outputs: [],
  async run(values, ctx) {
    const remote = values.string('remote') ?? 'origin'
    const configPath = values.string('config') === '.github/orchestrator.yml' ? undefined : values.string('config')
    if (values.bool('record-pending')) {
      const added = await recordPending(await locate(ctx.cwd), remote, ctx.logger, configPath)
      return { exitCode: 0, outputs: {}, text: `recorded ${added} conflict-predicted event(s)`, json: { recorded: added } }
    }
    if (values.bool('hook')) return runHook(values, ctx, remote, configPath)
    const paths = (values.string('path') ?? '').split('\n').filter((p) => p !== '')
    if (paths.length === 0) throw new InputError('check-path needs at least one path (e.g. orchestrator check-path src/app.ts), or --hook')
    const located = await locate(ctx.cwd)
    const result = await checkPaths({ paths, remote, fetch: values.bool('fetch'), configPath, cwd: ctx.cwd, now: ctx.now(), located })
    const queued = values.bool('record') ? queue(located, result, ctx, remote, configPath) : 0
    return cliOutcome(result, queued)
  },
}

function queue(located: Located, result: CheckPathResult, ctx: RunContext, remote: string, configPath?: string): number {
  if (!result.collision) return 0
  const start = ctx.cliScript ? detachedRecorder(ctx.cliScript, located.toplevel, remote, configPath) : null
  return queuePredictions(located, result, { actor: ctx.actor, now: ctx.now(), startRecorder: start })
}

function cliOutcome(result: CheckPathResult, queued: number): CommandOutcome {
  const lines: string[] = []
  for (const a of result.answers) {
    if (a.siblings.length === 0) lines.push(`${a.path}: no sibling changed it`)
    else lines.push(`${a.path}: changed by ${a.siblings.length} sibling(s)`, ...describeHits(a).map((l) => `  ${l}`))
  }
  lines.push(`Data: ${describeAge(result)}; ${result.siblings.length} sibling(s) of ${result.caller.branch}.`)
  const touched = result.answers.filter((a) => a.siblings.length).map((a) => a.path)
  return {
    exitCode: result.collision ? 1 : 0,
    failure: result.collision ? `a sibling changed ${touched.join(', ')}: coordinate before editing (see above)` : undefined,
    outputs: {},
    text: lines.join('\n'),
    json: {
      agent: result.caller.branch,
      feature: result.caller.spec,
      role: result.caller.role,
      collision: result.collision,
      paths: result.answers,
      siblings: result.siblings,
      data: result.data,
      /** Siblings whose changes were recomputed for this answer (their tip moved, or the merge base did). */
      refreshed: [...result.stats.diffed].sort(),
      queued,
    },
  }
}

/**
 * The hook: whatever goes wrong on our side (no cache, no agent branch, a git
 * error, bad JSON) is not the agent's problem: exit 0 with nothing printed,
 * the reason in `.git/orchestrator/check-path.log` and the debug log.
 */
async function runHook(values: OptionValues, ctx: RunContext, remote: string, configPath?: string): Promise<CommandOutcome> {
  const silent: CommandOutcome = { exitCode: 0, outputs: {}, text: '', json: {} }
  let located: Located | null = null
  try {
    const input = parseHookInput(readFileSync(0, 'utf8'), ctx.cwd)
    if (!input) return silent
    located = await locate(input.cwd)
    const result = await checkPaths({ paths: [input.filePath], remote, configPath, cwd: input.cwd, now: ctx.now(), located })
    const answer = result.answers[0]!
    if (answer.siblings.length === 0) return silent
    if (values.bool('record')) queue(located, result, ctx, remote, configPath)
    const text = jsonSafe(hookOutput(result, answer, values.bool('block'), remote))
    return { exitCode: 0, outputs: {}, text, json: JSON.parse(text) as unknown }
  } catch (error) {
    const line = `${ctx.now().toISOString()} check-path --hook: ${messageOf(error)}`
    ctx.logger.debug(line)
    if (located) {
      try {
        const log = `${dirname(located.cachePath)}/check-path.log`
        mkdirSync(dirname(log), { recursive: true })
        appendFileSync(log, `${line.replace(/[\r\n]+/g, ' ')}\n`)
      } catch {
        /* nowhere to write: the debug log has it */
      }
    }
    return silent
  }
}
