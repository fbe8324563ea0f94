import { runCommandAsAction } from '../../shared/action/run-action'
import { initFeatureCommand } from '../../shared/commands/init-feature'

await runCommandAsAction(initFeatureCommand)
