import { detectConflicts, featureScanOptions } from '../detect-conflicts'
import { orderFromScan, renderOrderMarkdown, renderOrderText } from '../integrate'
import { validateSpecId } from '../naming/validate'

import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { featureOrIdentity, SPEC_ID_OR_IDENTITY } from './identity'
import { COMMON_OPTIONS } from '../workspace/common-options'

export const integrateOrderCommand: CommandDefinition = {
  name: 'integrate-order',
  summary:
    'The order in which to merge the implementor pull requests into the overseer so that the fewest merges hit a conflict, with the reason per step; pull requests with failing checks or guard violations are held back.',
  options: [
    SPEC_ID_OR_IDENTITY,
    { name: 'max-parallel', type: 'integer', min: 1, max: 64, description: 'Concurrent git merges (default: the number of CPUs).' },
    ...COMMON_OPTIONS,
  ],
  outputs: [
    { name: 'order', description: 'JSON array of the steps: branch, agent, pull request, predicted conflict, reason.' },
    { name: 'new-conflicts', description: 'Merges in this order predicted to hit a conflict that did not exist before.' },
    { name: 'held-back', description: 'JSON array of the pull requests held back and why (failing checks, guard violations).' },
  ],
  async run(values, ctx) {
    const ws = await openCommandWorkspace(values, ctx)
    const deps = { ...ws, ctx }
    const spec = validateSpecId(await featureOrIdentity(values, 'spec-id', ctx, ws))
    // Scan + order: the feature's branches scanned now (nothing recorded), then ordered with the state's pull requests and checks.
    const scan = await detectConflicts(featureScanOptions(ws.config.branches, spec, values.int('max-parallel')), deps)
    const order = await orderFromScan(scan.report, { spec }, deps)
    return {
      exitCode: 0,
      outputs: {
        order: JSON.stringify(order.steps),
        'new-conflicts': String(order.newConflicts),
        'held-back': JSON.stringify(order.heldBack),
      },
      summary: renderOrderMarkdown(order, 2).join('\n'),
      text: renderOrderText(order),
      json: order,
    }
  },
}
