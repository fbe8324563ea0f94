import { type FeatureProjection, agentAliases, agentsOf, lastActivity, taskProgress } from '../state/projection'
import { table, time } from './html'
import { esc } from '../text/html'

/** `<progress>` is announced by screen readers and needs no style attribute (the CSP allows none). */
export function bar(done: number, total: number, label: string): string {
  const pct = total ? Math.round((done / total) * 100) : 0
  return `<progress max="${Math.max(total, 1)}" value="${done}" aria-label="${esc(label)}: ${done} of ${total}">${pct}%</progress> <span class="num">${done}/${total}</span>`
}

/** Per agent: tasks its commits finished and started; per phase of tasks.md: done of total. */
export function progressSection(feature: FeatureProjection): string {
  const progress = taskProgress(feature)
  const agentRows = agentsOf(feature).map((a) => {
    const names = agentAliases(a)
    const mine = progress.tasks.filter((t) => t.agent !== undefined && names.includes(t.agent))
    const done = mine.filter((t) => t.state === 'done').length
    const working = mine.filter((t) => t.state === 'in-progress').length
    return [
      `<span class="role">${esc(a.role)}${a.index ? ` ${a.index}` : ''}</span>`,
      `<code>${esc(a.branch)}</code>`,
      `<span data-agent-done="${esc(a.branch)}">${done}</span>`,
      String(working),
      time(lastActivity(feature, names)),
    ]
  })
  const phases = new Map<string, { done: number; total: number }>()
  for (const t of progress.tasks) {
    const p = phases.get(t.phase ?? 'No phase') ?? { done: 0, total: 0 }
    p.total++
    if (t.state === 'done') p.done++
    phases.set(t.phase ?? 'No phase', p)
  }
  const phaseRows = [...phases].map(([name, p]) => [esc(name), bar(p.done, p.total, name)])
  return [
    `<p class="lead" id="progress-total">Tasks done: ${bar(progress.done, progress.total, 'All tasks')}; in progress: <span class="num">${progress.inProgress}</span>; open: <span class="num">${progress.open}</span>.</p>`,
    table('Progress per agent', ['Agent', 'Branch', 'Tasks done', 'In progress', 'Last activity'], agentRows, 'No agents assigned yet.'),
    table('Progress per phase', ['Phase', 'Done'], phaseRows, 'No tasks registered.'),
  ].join('\n')
}
