// The root action (`uses: owner/repo@v1`): dispatches on the `command` input to the
// same command the sub-action runs, in-process. The bundle's entry is root-main.ts.
import * as core from '@actions/core'
// Each command's code loads when it runs (commands/lazy-actions.ts): the root action starts as fast as its sub-actions.
import { LAZY_ACTION_COMMANDS as COMMANDS } from '../commands/lazy-actions'
import { quote } from '../text/quote'
import { readInputs, runCommandAsAction } from './run-action'

/** The root action's logic, exported for @github/local-action; the bundle's entry calls it. */
export async function run(): Promise<void> {
  const name = core.getInput('command').trim()
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    core.setFailed(
      `agent-orchestrator failed: input "command" is ${quote(name)}: expected one of ${COMMANDS.map((c) => c.name).join(', ')}`,
    )
  } else {
    await runCommandAsAction(command, readInputs(command.options.map((o) => o.name)))
  }
}
