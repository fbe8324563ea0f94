import { runCommandAsAction } from '../../shared/action/run-action'
import { integrateOrderCommand } from '../../shared/commands/integrate-order'

/** The action's logic, exported for @github/local-action (`local-action run . actions/integrate-order/main.ts .env`). */
export async function run(): Promise<void> {
  await runCommandAsAction(integrateOrderCommand)
}
