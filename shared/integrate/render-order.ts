import { md, table } from '../text/markdown'
import type { MergeOrder } from './order-types'

/** One line: what the order costs. */
export function orderHeadline(o: MergeOrder): string {
  if (!o.steps.length)
    return o.heldBack.length ? 'Nothing can be merged now: every pull request with changes is held back.' : 'Nothing to merge.'
  const existing = o.existingConflicts
    ? ` (and ${o.existingConflicts} that already conflict${o.existingConflicts === 1 ? 's' : ''} with the overseer)`
    : ''
  return `${o.steps.length} merge(s) in this order; ${o.newConflicts} of them will hit a new conflict${existing}${o.exact ? ', the fewest possible' : ''}.`
}

/** Markdown lines (heading level given), for the job summaries, the overseer's state file and its pull request body. */
export function renderOrderMarkdown(o: MergeOrder, level = 3, title = 'Merge order'): string[] {
  const lines = [`${'#'.repeat(level)} ${title} into ${md(o.overseer)}`, '', orderHeadline(o), '']
  if (o.steps.length)
    lines.push(
      ...table(
        ['Step', 'Pull request', 'Agent', 'Predicted', 'Why'],
        o.steps.map((s) => [
          String(s.position),
          s.pr !== undefined ? `#${s.pr}` : '_no PR_',
          md(s.name),
          s.conflicts ? '**conflict**' : 'clean',
          md(s.reason, 400),
        ]),
      ),
      '',
    )
  if (o.heldBack.length)
    lines.push(
      '**Held back** (merge after fixing):',
      '',
      ...o.heldBack.map(
        (h) =>
          `- ${h.pr !== undefined ? `#${h.pr} ` : ''}${md(h.name)}: ${h.kind === 'failing-checks' ? 'failing checks' : 'guard violation'}: ${md(h.detail, 300)}`,
      ),
      '',
    )
  if (o.upToDate.length) lines.push(`Nothing to merge from ${md(o.upToDate.join(', '))}.`, '')
  return lines
}

export function renderOrderText(o: MergeOrder): string {
  const lines = [`Merge order into ${o.overseer}: ${orderHeadline(o)}`]
  for (const s of o.steps)
    lines.push(
      `  ${s.position}. ${s.pr !== undefined ? `#${s.pr} ` : ''}${s.name} (${s.branch}): ${s.conflicts ? 'CONFLICT' : 'clean'} - ${s.reason}`,
    )
  for (const h of o.heldBack) lines.push(`  held back: ${h.pr !== undefined ? `#${h.pr} ` : ''}${h.name}: ${h.kind}: ${h.detail}`)
  if (o.upToDate.length) lines.push(`  nothing to merge: ${o.upToDate.join(', ')}`)
  return lines.join('\n')
}
