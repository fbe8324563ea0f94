import { readFileSync } from 'node:fs'
import { runBackgroundRecorder } from '../check-path/background-recorder'
import { checkPaths, locate } from '../check-path/check-path'
import { answerHook } from '../check-path/hook'
import { recordWarnings } from '../check-path/predicted'
import { DEFAULT_CONFIG_PATH } from '../config/config'
import { configPathOption } from '../config/config-source'
import { InputError } from '../errors'
import type { CommandDefinition } from './command'
import { scopeAnswer } from '../check-path/scope-answer'
import { checkPathFailures, checkPathJson, renderCheckPathText } from '../check-path/render-cli'
import { variadicValues, type OptionValues } from '../options/options'

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
      description:
        'The files to check (relative to the current folder, or absolute inside the repository); each argument is one path, line breaks and all.',
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
      description:
        'Record a conflict-predicted event (in the background, once per agent, path and sibling tip). Default: on for --hook (an agent about to edit), off for a check by hand.',
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
    const settings = checkPathSettings(values)
    const { remote, configPath } = settings
    if (settings.recordPending) {
      const added = await runBackgroundRecorder(ctx.cwd, remote, ctx.logger, configPath, ctx.now())
      return { exitCode: 0, outputs: {}, text: `recorded ${added} conflict-predicted event(s)`, json: { recorded: added } }
    }
    const recording = { cliScript: ctx.cliScript, remote, configPath, now: ctx.now() }
    if (settings.hook) {
      const debug = (m: string) => ctx.logger.debug(m)
      const hookOptions = { ...recording, block: settings.block, record: settings.record, cwd: ctx.cwd, debug }
      const text = await answerHook(readFileSync(0, 'utf8'), hookOptions)
      return { exitCode: 0, outputs: {}, text, json: text ? (JSON.parse(text) as unknown) : {} }
    }
    const { paths } = settings
    if (paths.length === 0) throw new InputError('check-path needs at least one path (e.g. orchestrator check-path src/app.ts), or --hook')
    const located = await locate(ctx.cwd)
    const result = await checkPaths({ paths, remote, fetch: settings.fetch, configPath, cwd: ctx.cwd, now: ctx.now(), located })
    const queued = settings.record ? recordWarnings(located, result, recording) : 0
    const scope = await scopeAnswer(located, result, configPath, ctx.logger, remote)
    const failures = checkPathFailures(result, scope)
    return {
      exitCode: failures.length ? 1 : 0,
      failure: failures.length ? failures.join('; ') : undefined,
      outputs: {},
      text: renderCheckPathText(result, scope),
      json: checkPathJson(result, queued, scope),
    }
  },
}

interface CheckPathSettings {
  paths: string[]
  remote: string
  /** Undefined for the default file. */
  configPath: string | undefined
  fetch: boolean
  hook: boolean
  block: boolean
  record: boolean
  recordPending: boolean
}

function checkPathSettings(values: OptionValues): CheckPathSettings {
  return {
    paths: variadicValues(values.string('path')),
    remote: values.string('remote') ?? 'origin',
    configPath: configPathOption(values.string('config')),
    fetch: values.bool('fetch'),
    hook: values.bool('hook'),
    block: values.bool('block'),
    // Only an edit about to happen (the hook) is a fact to record; a person asking is not: unless --record says so.
    record: values.has('record') ? values.bool('record') : values.bool('hook'),
    recordPending: values.bool('record-pending'),
  }
}
