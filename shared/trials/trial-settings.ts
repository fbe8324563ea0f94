import { parseCommandLines } from '../config/commands'
import type { OrchestratorConfig } from '../config/config'
import { InputError } from '../errors'
import { chooseCommands } from '../role-ci'
import { trialCommands } from './classify'
import type { TrialMode, TrialScope, TrialSettings } from './types'

export interface TrialInputs {
  trial: 'none' | TrialMode
  scope: TrialScope
  /** `trial-commands`: one "name: command" per line; empty means role-ci's selection for the overseer. */
  commands?: string
  setup?: string
  maxPairs: number
  timeoutSeconds: number
}

/**
 * The trial's checks, settled before any scanning so a bad input costs
 * nothing: `trial-commands`, else what role-ci would run for the overseer
 * (the config's roles.overseer.commands, else the commands detected in the
 * checked-out workspace: the trusted base, never a branch under trial).
 */
export function trialSettings(
  inputs: TrialInputs,
  context: { cwd: string; config: Pick<OrchestratorConfig, 'roles' | 'source'>; maxParallel: number },
): TrialSettings | undefined {
  // Bad trial inputs are refused even while trials are off: a typo must not wait for the day they are turned on.
  const given = inputs.commands?.trim() ? parseCommandLines(inputs.commands, 'input "trial-commands"') : []
  const setup = inputs.setup?.trim()
  if (setup && /[\r\n]/.test(setup)) throw new InputError(`trial-setup ${JSON.stringify(setup)} is not valid: expected one command line`)
  if (inputs.trial === 'none') return undefined
  const chosen = chooseCommands({ cwd: context.cwd, role: 'overseer', inputCommands: given, config: context.config })
  const commands = trialCommands(chosen.commands, inputs.trial)
  if (commands.length === 0) {
    const what = chosen.commands.length
      ? `only test checks (${chosen.commands.map((c) => c.name).join(', ')}) and trial: build runs build checks`
      : chosen.note
    throw new InputError(
      `trial: ${inputs.trial} has no checks to run: ${what}; expected trial-commands such as "build: npm run build" (names with "test", "spec" or "e2e" are test checks)`,
    )
  }
  return {
    mode: inputs.trial,
    scope: inputs.scope,
    commands,
    ...(setup ? { setup } : {}),
    maxPairs: inputs.maxPairs,
    timeoutMs: inputs.timeoutSeconds * 1000,
    maxParallel: context.maxParallel,
  }
}
