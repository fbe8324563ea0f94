import { readFileSync } from 'node:fs'
import { checkPaths, locate, type CheckPathResult } from '../check-path/check-path'
import { answerHook, logHookProblem } from '../check-path/hook'
import { describeAge, describeHits } from '../check-path/hook-io'
import { recordWarnings } from '../check-path/predicted'
import { recordPending } from '../check-path/record-pending'
import { DEFAULT_CONFIG_PATH } from '../config/config'
import { configPathOption } from '../config/config-source'
import { InputError, messageOf } from '../errors'
import type { CommandDefinition, CommandOutcome } from './command'
import { scopeAnswer, type ScopeAnswer } from '../check-path/scope-answer'

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
      default: DEFAULT_CONFIG_PATH,
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
    const configPath = configPathOption(values.string('config'))
    if (values.bool('record-pending')) {
      // The detached recorder has no terminal: a failure goes to check-path.log (its events stay queued for a retry).
      const located = await locate(ctx.cwd)
      try {
        const added = await recordPending(located, remote, ctx.logger, configPath)
        return { exitCode: 0, outputs: {}, text: `recorded ${added} conflict-predicted event(s)`, json: { recorded: added } }
      } catch (error) {
        logHookProblem(located, `${ctx.now().toISOString()} check-path recorder: ${messageOf(error)}`)
        throw error
      }
    }
    const recording = { cliScript: ctx.cliScript, remote, configPath, actor: ctx.actor, now: ctx.now() }
    if (values.bool('hook')) {
      const debug = (m: string) => ctx.logger.debug(m)
      const hookOptions = { ...recording, block: values.bool('block'), record: values.bool('record'), cwd: ctx.cwd, debug }
      const text = await answerHook(readFileSync(0, 'utf8'), hookOptions)
      return { exitCode: 0, outputs: {}, text, json: text ? (JSON.parse(text) as unknown) : {} }
    }
    const paths = (values.string('path') ?? '').split('\n').filter((p) => p !== '')
    if (paths.length === 0) throw new InputError('check-path needs at least one path (e.g. orchestrator check-path src/app.ts), or --hook')
    const located = await locate(ctx.cwd)
    const result = await checkPaths({ paths, remote, fetch: values.bool('fetch'), configPath, cwd: ctx.cwd, now: ctx.now(), located })
    const queued = values.bool('record') ? recordWarnings(located, result, recording) : 0
    const scope = await scopeAnswer(located, result, configPath, ctx.logger)
    return cliOutcome(result, queued, scope)
  },
}

function cliOutcome(result: CheckPathResult, queued: number, scope: ScopeAnswer | null): CommandOutcome {
  const lines: string[] = []
  for (const a of result.answers) {
    if (a.siblings.length === 0) lines.push(`${a.path}: no sibling changed it`)
    else lines.push(`${a.path}: changed by ${a.siblings.length} sibling(s)`, ...describeHits(a).map((l) => `  ${l}`))
  }
  // Outside the agent's tasks: a warning, or a failure where the trusted configuration says scope.mode: fail.
  for (const d of scope?.drift ?? []) lines.push(`scope: ${d.text}, outside the paths of your tasks`)
  lines.push(`Data: ${describeAge(result)}; ${result.siblings.length} sibling(s) of ${result.caller.branch}.`)
  const touched = result.answers.filter((a) => a.siblings.length).map((a) => a.path)
  const drifted = scope?.mode === 'fail' && scope.drift.length > 0
  const failures = [
    ...(result.collision ? [`a sibling changed ${touched.join(', ')}: coordinate before editing (see above)`] : []),
    ...(drifted ? [`${scope.drift.map((d) => d.path).join(', ')} lie outside your tasks' paths (scope.mode: fail)`] : []),
  ]
  return {
    exitCode: failures.length ? 1 : 0,
    failure: failures.length ? failures.join('; ') : undefined,
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
      scope,
    },
  }
}
