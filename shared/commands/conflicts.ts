import { buildConflictBrief, briefCounts, parseBriefTarget, renderBriefText } from '../resolution'
import { cliInvocation } from '../text/cli-invocation'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { COMMON_OPTIONS } from '../workspace/common-options'

// `orchestrator conflicts brief`: what it takes to resolve one conflict, read from the state and the branches (nothing is written).
export const conflictsBriefCommand: CommandDefinition = {
  name: 'conflicts brief',
  summary:
    'The resolution brief of one conflict: each conflicting hunk with base, ours and theirs (diff3) and line numbers, the tasks behind each side, a resolution remembered from an earlier merge of the same hunk, who rebases onto whom (from the merge order) and the commands to do it.',
  options: [
    {
      name: 'conflict',
      type: 'string',
      required: true,
      positional: 0,
      description: 'A conflict id as events status shows it (c1a2b3c4), or a branch pair: "<branch>..<branch>" or two branch names.',
    },
    { name: 'other', type: 'string', positional: 1, description: 'The second branch, when the first argument is a branch.' },
    ...COMMON_OPTIONS,
  ],
  outputs: [],
  async run(values, ctx) {
    const other = values.string('other')
    const target = parseBriefTarget([values.requireString('conflict'), ...(other === undefined ? [] : [other])])
    const ws = await openCommandWorkspace(values, ctx)
    const { projection } = await ws.store.read()
    const cli = ctx.cliScript ? cliInvocation(ctx.cliScript, ctx.cwd) : 'orchestrator'
    const brief = await buildConflictBrief(ws, projection, target, cli)
    const counts = briefCounts(brief)
    return {
      exitCode: 0,
      outputs: {},
      text: renderBriefText(brief),
      json: { ...brief, counts },
    }
  },
}
