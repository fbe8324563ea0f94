import { runCommandAsAction } from '../../shared/action/run-action'
import { openPrCommand } from '../../shared/commands/open-pr'

await runCommandAsAction(openPrCommand)
