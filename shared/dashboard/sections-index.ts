import {
  type EventSummary,
  type FeatureProjection,
  type Projection,
  latestTests,
  openBlockers,
  openConflicts,
  openDrift,
  openGuards,
  openPrs,
  taskProgress,
} from '../state/projection'
import { shortBranch, table, time } from './html'
import { esc } from '../text/html'
import { bar } from './sections-progress'

/** One row of the recent events: `count` consecutive divergence measurements of one branch shown once. */
export interface RecentRow {
  event: EventSummary
  count: number
}

/** The branch a divergence summary is about ("<branch> is n ahead, m behind <against>"). */
const divergedBranch = (e: EventSummary) => (e.kind === 'divergence-measured' ? `${e.feature}\n${e.summary.split(' is ')[0]}` : null)

/**
 * Recent events, newest first, with divergence noise collapsed: within a run of
 * divergence measurements (no other event between them) each branch is shown
 * once, at its newest measurement, with how many there were.
 */
export function collapseRecent(events: readonly EventSummary[]): RecentRow[] {
  const rows: RecentRow[] = []
  let run = new Map<string, RecentRow>()
  for (const e of events) {
    const branch = divergedBranch(e)
    if (branch === null) {
      run = new Map()
      rows.push({ event: e, count: 1 })
      continue
    }
    const seen = run.get(branch)
    if (seen) seen.count++
    else {
      const row = { event: e, count: 1 }
      run.set(branch, row)
      rows.push(row)
    }
  }
  return rows
}

/** The recent events of the index: collapsed, in a box of bounded height (it scrolls inside). */
export function recentEventsSection(events: readonly EventSummary[]): string {
  const rows = collapseRecent(events).map(({ event: e, count }) => [
    time(e.time),
    `<code>${esc(e.feature)}</code>`,
    esc(e.kind),
    `${esc(e.summary)}${count > 1 ? ` <span class="repeat" data-repeat="${count}">(×${count}, the newest shown)</span>` : ''}`,
  ])
  const body = table(
    'Newest first; repeated divergence measurements of a branch shown once',
    ['When', 'Feature', 'Kind', 'What'],
    rows,
    'No events yet.',
  )
  return rows.length ? `<div class="bounded" tabindex="0" aria-label="Recent events (scrolls)">${body}</div>` : body
}

/** A feature's card on the index; every count is the projection's own query, the one the status and the SQL export use. */
export function featureCard(projection: Projection, f: FeatureProjection): string {
  const p = taskProgress(f)
  const failing = latestTests(f).filter((t) => t.failed > 0).length
  const count = (name: string, label: string, n: number) => `<dt>${esc(label)}</dt><dd class="num" data-count="${name}">${n}</dd>`
  return `<article class="card" data-feature="${esc(f.spec)}"><h2><a href="features/${esc(f.spec)}.html">${esc(f.spec)}</a></h2>
<p>${esc(f.registration?.name ?? '(not registered)')}</p>
<dl><dt>Tasks</dt><dd>${bar(p.done, p.total, `${f.spec} tasks`)}</dd>
${count('conflicts', 'Open conflicts', openConflicts(projection, f.spec).length)}
${count('failing', 'Failing suites', failing)}
${count('prs', 'Open PRs', openPrs(f).length)}
${count('blockers', 'Blockers', openBlockers(f).length)}
${count('guard', 'Guard violations', openGuards(f).length)}
${count('drift', 'Scope drift', openDrift(f).length)}
<dt>Last event</dt><dd>${time(f.recent[0]?.time)}</dd></dl></article>`
}

/**
 * The feature's tasks with their owner (the plan's assignment, else the agent
 * that reported the task), status and the plan's wave where one was recorded.
 */
export function taskListSection(feature: FeatureProjection): string {
  const rows = taskProgress(feature).tasks.map((t) => {
    const assigned = feature.assignments?.[t.id]
    const owner = assigned
      ? `<code title="${esc(assigned.agent)}">${esc(shortBranch(assigned.agent))}</code> (assigned)`
      : t.agent
        ? `<code title="${esc(t.agent)}">${esc(shortBranch(t.agent))}</code> (reported)`
        : '<span class="none">nobody yet</span>'
    const status = t.merged ? 'done, merged' : t.state === 'done' ? 'done on branch' : t.state
    return [
      `<code>${esc(t.id)}</code>`,
      owner,
      `<span data-task-status="${esc(t.id)}">${esc(status)}</span>`,
      assigned?.wave !== undefined
        ? `<span class="num" data-task-wave="${esc(t.id)}">${assigned.wave}</span>`
        : '<span class="none">—</span>',
      esc(t.description ?? ''),
    ]
  })
  return table('Tasks by id', ['Task', 'Owner', 'Status', 'Plan wave', 'Description'], rows, 'No tasks registered.')
}
