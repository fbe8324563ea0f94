import { cliInvocation } from '../text/cli-invocation'
import { runDemo } from '../demo/demo'
import { renderDemo } from '../demo/render-demo'
import { CommandDefinition } from './command'
import { detectConflictsCommand } from './detect-conflicts'
import { initFeatureCommand } from './init-feature'
import { roleCiCommand } from './role-ci'
import { syncStatusCommand } from './sync-status'

export const demoCommand: CommandDefinition = {
  name: 'demo',
  summary:
    'Run the whole loop offline in a temporary folder with a local bare remote (init-feature, three implementors, sync-status, detect-conflicts, role-ci) and print the dashboard.',
  options: [
    { name: 'dir', type: 'string', description: 'Folder to run in (new or empty; default: a new temporary folder).' },
    {
      name: 'keep',
      type: 'boolean',
      default: 'true',
      description: 'Keep the folder for you to inspect (--no-keep removes it at the end).',
    },
  ],
  outputs: [],
  async run(values, ctx) {
    const started = Date.now()
    const result = await runDemo(
      { dir: values.string('dir'), keep: values.bool('keep') },
      { initFeature: initFeatureCommand, syncStatus: syncStatusCommand, detectConflicts: detectConflictsCommand, roleCi: roleCiCommand },
      ctx,
    )
    return {
      exitCode: 0,
      outputs: {},
      text: renderDemo(result, Date.now() - started, ctx.cliScript ? cliInvocation(ctx.cliScript, result.work) : 'orchestrator'),
      json: result,
    }
  },
}
