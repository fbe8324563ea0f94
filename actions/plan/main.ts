import { runCommandAsAction } from '../../shared/action/run-action'
import { planCommand } from '../../shared/commands/plan'

/** The action's logic, exported for @github/local-action (`local-action run . actions/plan/main.ts .env`). */
export async function run(): Promise<void> {
  await runCommandAsAction(planCommand)
}
