import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { CommandDefinition } from '../commands/command'
import { runInfoFromEnv, RunContext } from '../context'
import { exitCodeOf, messageOf } from '../errors'
import { parseOptions, RawValue } from '../options/options'
import { actionLogger } from './action-logger'
import { jsonSafe, neutralize } from '../text/neutralize'

/** GitHub's job summary limit is 1 MiB per step; stay below it. */
const SUMMARY_LIMIT = 1000 * 1024

function readEvent(path: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch {
    return undefined
  }
}

/**
 * A whole value that is still a workflow expression (`${{ github.token }}`): the runner expands every
 * expression before a step starts, so only a local run (local-action passes action.yml's defaults as
 * written) sees one; it is no value, as if the input were not given.
 */
const UNEXPANDED = /^\$\{\{[^]*\}\}$/

/** Reads every declared input as the runner passes it (`INPUT_<NAME>`, upper-cased, hyphens kept). */
export function readInputs(names: readonly string[]): Record<string, RawValue> {
  const raw: Record<string, RawValue> = {}
  for (const name of names) {
    const value = core.getInput(name, { trimWhitespace: false })
    raw[name] = value === '' || UNEXPANDED.test(value.trim()) ? undefined : value
  }
  return raw
}

export function actionContext(env: Record<string, string | undefined> = process.env): RunContext {
  const github = runInfoFromEnv(env, readEvent)
  const actor = github.workflow ? `workflow ${github.workflow}${env.GITHUB_RUN_ID ? ` run ${env.GITHUB_RUN_ID}` : ''}` : 'action'
  return {
    cwd: env.GITHUB_WORKSPACE || process.cwd(),
    logger: actionLogger,
    github,
    actor,
    now: () => new Date(),
    tempDir: env.RUNNER_TEMP || tmpdir(),
    progress: (m) => core.info(neutralize(m, { multiline: true })),
  }
}

/**
 * The whole life of an action step: inputs → command → outputs and summary.
 * Fails the step exactly once, with `<action> failed: <reason>`.
 */
export async function runCommandAsAction(command: CommandDefinition, raw?: Record<string, RawValue>): Promise<void> {
  try {
    const inputs = raw ?? readInputs(command.options.map((o) => o.name))
    for (const spec of command.options) {
      const v = inputs[spec.name]
      if (spec.secret && typeof v === 'string' && v) core.setSecret(v)
    }
    const values = parseOptions(command.options, inputs, 'input')
    const outcome = await command.run(values, actionContext())
    for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, jsonSafe(value))
    if (outcome.summary) {
      // Summaries are built from escaped parts; this is the last line of defence for anything raw.
      const summary = neutralize(outcome.summary, { multiline: true })
      const text = summary.length > SUMMARY_LIMIT ? `${summary.slice(0, SUMMARY_LIMIT)}\n\n_(summary truncated)_\n` : summary
      await core.summary.addRaw(text, true).write()
    }
    if (outcome.exitCode !== 0) {
      core.setFailed(`${command.name} failed: ${neutralize(outcome.failure ?? 'the check failed', { multiline: true })}`)
    }
  } catch (error) {
    const code = exitCodeOf(error)
    core.setFailed(`${command.name} failed: ${neutralize(messageOf(error), { multiline: true })}`)
    if (error instanceof Error && error.stack && code === 2 && !(error.name.endsWith('Error') && error.name !== 'Error'))
      core.debug(error.stack)
  }
}
