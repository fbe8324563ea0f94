import { runCommandAsAction } from '../../shared/action/run-action'
import { integrateOrderCommand } from '../../shared/commands/integrate-order'

await runCommandAsAction(integrateOrderCommand)
