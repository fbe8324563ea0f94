import { runCommandAsAction } from '../../shared/action/run-action'
import { detectConflictsCommand } from '../../shared/commands/detect-conflicts'

await runCommandAsAction(detectConflictsCommand)
