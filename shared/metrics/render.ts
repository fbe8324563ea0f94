import { neutralize } from '../text/neutralize'
import type { Durations } from './stats'
import type { Metrics } from './compute'

/** "3 h 5 min", "2 d 4 h", "40 s": the two largest units, zero parts left out; "—" for none. */
export function humanSeconds(s: number | null): string {
  if (s === null) return '—'
  const units: [number, string][] = [
    [Math.floor(s / 86400), 'd'],
    [Math.floor((s % 86400) / 3600), 'h'],
    [Math.floor((s % 3600) / 60), 'min'],
    [s % 60, 's'],
  ]
  const first = units.findIndex(([n]) => n > 0)
  if (first < 0) return '0 s'
  return units
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, u]) => `${n} ${u}`)
    .join(' ')
}

const dist = (d: Durations) =>
  d.count
    ? `${d.count}: median ${humanSeconds(d.medianSeconds)}, p90 ${humanSeconds(d.p90Seconds)}, max ${humanSeconds(d.maxSeconds)}`
    : 'none'

const money = (usd: number | null) => (usd === null ? '—' : `$${usd.toFixed(2)}`)

/** The metrics for a terminal: plain lines, every name from the log neutralized. */
export function formatMetrics(m: Metrics): string {
  const scope = [m.feature ? `feature ${neutralize(m.feature)}` : 'all features', m.since ? `since ${m.since}` : '']
    .filter(Boolean)
    .join(', ')
  const lines = [
    `Metrics of ${scope}: ${m.events} event(s)${m.until ? `, the newest at ${m.until}` : ''}`,
    '',
    `Conflict lead time (first detection → resolution): ${dist(m.conflicts.leadTime)}`,
    `  resolved before either branch was merged: ${m.conflicts.resolvedBeforeMerge} of ${m.conflicts.leadTime.count}`,
    `  reached a merge anyway (open when a PR of one of its branches merged): ${m.conflicts.reachedMerge}`,
    ...m.conflicts.reachedMergeList.map((r) => `    ${neutralize(r.conflict)}: PR #${r.pr} merged at ${r.mergedAt}`),
    'Task cycle time:',
    `  assigned → first commit: ${dist(m.tasks.assignedToFirstCommit)}`,
    `  first commit → done: ${dist(m.tasks.firstCommitToDone)}`,
    `  done → merged: ${dist(m.tasks.doneToMerged)}`,
    `  assigned → merged: ${dist(m.tasks.total)}`,
    `PR time to merge: ${dist(m.prTimeToMerge)}`,
    `Cost: ${money(m.cost.totalUsd)} for ${m.cost.doneTasks} done task(s): ${money(m.cost.perDoneTaskUsd)} per done task`,
    '',
    'Per agent: check runs passed / run (rate), guard violations, cost, tokens',
    ...(m.agents.length
      ? m.agents.map(
          (a) =>
            `  ${neutralize(a.agent)}: checks ${a.checksPassed}/${a.checkRuns}${a.checkPassRate === null ? '' : ` (${(a.checkPassRate * 100).toFixed(1)} %)`}, guard violations ${a.guardViolations}, ${money(a.costUsd)}, ${a.tokens} tokens`,
        )
      : ['  none']),
  ]
  return lines.join('\n')
}
