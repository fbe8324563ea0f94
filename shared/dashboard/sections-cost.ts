import { budgetsCrossed, formatUsd, totalTokens, usageByAgent, usageByTask, type Projection, type UsageRow } from '../state/projection'
import { esc } from '../text/html'
import { table, time } from './html'

/**
 * Tokens and cost per agent branch and per task of one feature, and the budgets
 * crossed (said in words). Empty while the feature has no usage recorded.
 */
export function costSection(projection: Projection, spec: string): string {
  const agents = usageByAgent(projection, spec)
  if (agents.length === 0) return ''
  const cells = (u: UsageRow, name: string) => [
    name,
    `<span class="num">${totalTokens(u)}</span>`,
    `<span class="num">${u.inputTokens}</span>`,
    `<span class="num">${u.outputTokens}</span>`,
    `<span class="num">${u.cacheCreationTokens}</span>`,
    `<span class="num">${u.cacheReadTokens}</span>`,
    `<span class="num" data-cost-micro-usd="${u.costMicroUsd}">${esc(formatUsd(u.costMicroUsd))}</span>`,
  ]
  const headers = ['Tokens', 'Input', 'Output', 'Cache write', 'Cache read', 'Cost']
  const crossed = budgetsCrossed(projection, spec).map(
    (b) =>
      `<li><strong class="bad">Budget crossed</strong>: ${esc(b.scope)} <code>${esc(b.subject)}</code> spent ${esc(formatUsd(b.spentMicroUsd))} of its ${esc(formatUsd(b.budgetMicroUsd))} budget (${time(b.time)})</li>`,
  )
  return [
    ...(crossed.length ? [`<ul>${crossed.join('')}</ul>`] : []),
    table(
      'Cost per agent',
      ['Agent', ...headers],
      agents.map((u) => cells(u, `<code>${esc(u.name)}</code>`)),
      'No usage recorded.',
    ),
    table(
      'Cost per task (its share)',
      ['Task', ...headers],
      usageByTask(projection, spec).map((u) => cells(u, esc(u.name))),
      'No usage recorded for a task in progress.',
    ),
  ].join('\n')
}
