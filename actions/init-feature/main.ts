import { runCommandAsAction } from '../../shared/action/run-action'
import { initFeatureCommand } from '../../shared/commands/init-feature'

/** The action's logic, exported for @github/local-action (`local-action run . actions/init-feature/main.ts .env`). */
export async function run(): Promise<void> {
  await runCommandAsAction(initFeatureCommand)
}
