import { runCommandAsAction } from '../../shared/action/run-action'
import { syncStatusCommand } from '../../shared/commands/sync-status'

await runCommandAsAction(syncStatusCommand)
