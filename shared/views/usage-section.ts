import { md, section, table, when } from '../text/markdown'
import { budgetsCrossed, formatUsd, totalTokens, usageByAgent, usageByTask, type Projection, type UsageRow } from '../state/projection'

/**
 * The "Cost" section of the dashboard and the feature views: tokens and cost per
 * agent branch and per task (its share), and the budgets crossed. Nothing at all
 * while no usage was recorded, so views of features without it stay as they were.
 */
export function costSection(projection: Projection, spec?: string, branch?: string): string[] {
  const agents = usageByAgent(projection, spec).filter((u) => branch === undefined || u.name === branch)
  if (agents.length === 0) return []
  const withSpec = spec === undefined
  const cells = (u: UsageRow) => [
    ...(withSpec ? [md(u.feature)] : []),
    md(u.name),
    String(totalTokens(u)),
    String(u.inputTokens),
    String(u.outputTokens),
    String(u.cacheCreationTokens),
    String(u.cacheReadTokens),
    formatUsd(u.costMicroUsd),
  ]
  const numbers = ['Tokens', 'Input', 'Output', 'Cache write', 'Cache read', 'Cost']
  const feature = withSpec ? ['Feature'] : []
  const tasks = branch === undefined ? usageByTask(projection, spec) : []
  const crossed = budgetsCrossed(projection, spec).filter((b) => branch === undefined || (b.scope === 'agent' && b.subject === branch))
  return section(
    'Cost',
    [
      ...table([...feature, 'Agent', ...numbers], agents.map(cells)),
      ...(tasks.length ? ['', ...table([...feature, 'Task (its share)', ...numbers], tasks.map(cells))] : []),
      ...(crossed.length
        ? [
            '',
            ...crossed.map(
              (b) =>
                `- ⚠️ Budget crossed: ${md(b.scope)} ${md(b.subject)} spent ${formatUsd(b.spentMicroUsd)} of its ${formatUsd(b.budgetMicroUsd)} budget (${when(b.time)})`,
            ),
          ]
        : []),
    ],
    'No usage recorded.',
  )
}
