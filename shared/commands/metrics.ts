import { computeMetrics, formatMetrics, parseSince, readAllEvents } from '../metrics'
import { validateSpecId } from '../naming/validate'
import { COMMON_OPTIONS } from '../workspace/common-options'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'

export const metricsCommand: CommandDefinition = {
  name: 'metrics',
  summary:
    'What the toolkit saved and what the agents cost, from the event log alone: conflict lead time, conflicts that reached a merge, task cycle time, PR time to merge, check pass rate and guard violations per agent, cost per done task.',
  options: [
    { name: 'feature', type: 'string', description: 'Only this feature (its spec id, e.g. 004-user-auth; default: all features).' },
    {
      name: 'since',
      type: 'string',
      description:
        'Only what ended at or after this UTC date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.mmm]]Z): resolutions, merges, done tasks, check runs, violations, usage.',
    },
    ...COMMON_OPTIONS,
  ],
  outputs: [],
  async run(values, ctx) {
    // Both checked before the log is read: a bad value costs nothing.
    const given = values.string('feature')
    const feature = given === undefined ? undefined : validateSpecId(given, '--feature')
    const sinceText = values.string('since')
    const since = sinceText === undefined ? undefined : parseSince(sinceText)
    const { store } = await openCommandWorkspace(values, ctx)
    const { events } = await readAllEvents(store, ctx.logger)
    const metrics = computeMetrics(events, { feature, since })
    return { exitCode: 0, outputs: {}, text: formatMetrics(metrics), json: metrics }
  },
}
