import { runCommandAsAction } from '../../shared/action/run-action'
import { roleCiCommand } from '../../shared/commands/role-ci'

/** The action's logic, exported for @github/local-action (`local-action run . actions/role-ci/main.ts .env`). */
export async function run(): Promise<void> {
  await runCommandAsAction(roleCiCommand)
}
