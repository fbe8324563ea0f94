import { runCommandAsAction } from '../../shared/action/run-action'
import { detectConflictsCommand } from '../../shared/commands/detect-conflicts'

/** The action's logic, exported for @github/local-action (`local-action run . actions/detect-conflicts/main.ts .env`). */
export async function run(): Promise<void> {
  await runCommandAsAction(detectConflictsCommand)
}
