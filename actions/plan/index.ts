import { runCommandAsAction } from '../../shared/action/run-action'
import { planCommand } from '../../shared/commands/plan'

await runCommandAsAction(planCommand)
