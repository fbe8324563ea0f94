import { InputError } from '../errors'
import { quote } from '../text/quote'
import type { TrialSettings } from '../trials'
import { commandDigest, splitCommandLine } from './command-line'
import type { SuggestSettings } from './types'

export interface SuggestInputs {
  suggest: boolean
  /** `suggest-command`: one command line, split into words without a shell. */
  command?: string
  maxPairs: number
  timeoutSeconds: number
}

/**
 * The resolver and the proof its suggestions must pass, settled before any
 * scanning so a bad input costs nothing (the command first: it is the cheaper to get wrong). `checks` are the trial's settings
 * (test mode unless `trial: build`): the same checks a clean merge is tried with.
 */
export function suggestSettings(inputs: SuggestInputs, proofChecks: () => TrialSettings | undefined): SuggestSettings | undefined {
  const line = inputs.command?.trim()
  const argv = line ? splitCommandLine(line) : undefined
  if (!inputs.suggest) return undefined
  if (!argv)
    throw new InputError(
      'suggest is on but suggest-command is empty: expected the resolver to run, e.g. --suggest-command "node scripts/resolve.js" (an agent CLI or a script; it reads the conflict brief on stdin)',
    )
  const checks = proofChecks()
  if (!checks)
    throw new InputError(
      `suggest-command ${quote(line!)} has no checks to prove its suggestions with: expected trial-commands (or commands role-ci finds for the overseer)`,
    )
  return {
    argv,
    command: commandDigest(argv),
    maxPairs: inputs.maxPairs,
    timeoutMs: inputs.timeoutSeconds * 1000,
    checks: checks.commands,
    ...(checks.setup ? { setup: checks.setup } : {}),
    checkTimeoutMs: checks.timeoutMs,
  }
}
