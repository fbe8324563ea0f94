import { runCommandAsAction } from '../../shared/action/run-action'
import { syncStatusCommand } from '../../shared/commands/sync-status'

/** The action's logic, exported for @github/local-action (`local-action run . actions/sync-status/main.ts .env`). */
export async function run(): Promise<void> {
  await runCommandAsAction(syncStatusCommand)
}
