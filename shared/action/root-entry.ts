// The root action (`uses: owner/repo@v1`): one entry that dispatches on the
// `command` input to the same command the sub-action runs, in-process.
import * as core from '@actions/core'
import { ACTION_COMMANDS as COMMANDS } from '../commands/registry'
import { quote } from '../naming/validate'
import { readInputs, runCommandAsAction } from './run-action'

const name = core.getInput('command').trim()
const command = COMMANDS.find((c) => c.name === name)
if (!command) {
  core.setFailed(`agent-orchestrator failed: input "command" is ${quote(name)}: expected one of ${COMMANDS.map((c) => c.name).join(', ')}`)
} else {
  await runCommandAsAction(command, readInputs(command.options.map((o) => o.name)))
}
