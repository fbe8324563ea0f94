import { runCommandAsAction } from '../../shared/action/run-action'
import { roleCiCommand } from '../../shared/commands/role-ci'

await runCommandAsAction(roleCiCommand)
