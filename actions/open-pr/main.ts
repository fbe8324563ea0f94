import { runCommandAsAction } from '../../shared/action/run-action'
import { openPrCommand } from '../../shared/commands/open-pr'

/** The action's logic, exported for @github/local-action (`local-action run . actions/open-pr/main.ts .env`). */
export async function run(): Promise<void> {
  await runCommandAsAction(openPrCommand)
}
