import { driftTasksText } from '../role-ci'
import { openDrift } from '../state/projection'
import type { FeatureProjection } from '../state/projection'
import { table, time } from './html'
import { esc } from '../text/html'

/**
 * Scope drift per agent: the files each implementor changed outside the paths
 * of its tasks, and whom they belong to; open drift only (a later clean run clears it).
 */
export function scopeDriftSection(feature: FeatureProjection): string {
  const byBranch = new Map<string, ReturnType<typeof openDrift>>()
  for (const d of openDrift(feature)) byBranch.set(d.branch, [...(byBranch.get(d.branch) ?? []), d])
  const rows = [...byBranch.entries()].map(([branch, drift]) => [
    `<code>${esc(branch)}</code>`,
    `<span class="num">${drift.length}</span> file${drift.length === 1 ? '' : 's'}`,
    `<ul>${drift
      .map(
        (d) =>
          `<li><code>${esc(d.path)}</code>: ${d.detected?.tasks?.length ? `belongs to ${esc(driftTasksText(d.detected.tasks))}` : 'no task names it'}${d.detected?.commit ? ` (at <code>${esc(d.detected.commit.slice(0, 7))}</code>)` : ''}</li>`,
      )
      .join('')}</ul>`,
    time(drift.map((d) => d.detected?.time ?? '').sort()[0] || null),
  ])
  return table(
    'Files changed outside the paths of the agent’s tasks',
    ['Agent', 'Drift', 'Files and whom they belong to', 'Since'],
    rows,
    'No agent changed a file outside the paths of its tasks.',
  )
}
