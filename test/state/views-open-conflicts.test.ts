// Every surface counts open conflicts from the projection (openConflicts), the number the dashboard shows: the
// markdown views on the state branch and `events status` text never print the last scan's own tally beside it.
import { describe, expect, it } from '@jest/globals'
import { renderSite, renderSiteIndex } from '../../shared/dashboard'
import { makeEvent } from '../../shared/state/events/events'
import type { OrchestratorEvent } from '../../shared/state/events/event-schema'
import { StateLayout } from '../../shared/state/log/paths'
import { applyEvent, emptyProjection } from '../../shared/state/projection/projection'
import { openConflicts, withOpenConflictsKept } from '../../shared/state/projection/queries'
import { featureStatus, formatStatus, renderViews } from '../../shared/views'

const sha = (n: number) => n.toString(16).padStart(40, '0')
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString()
const o = (minute: number) => ({ actor: 'ci', time: at(minute) })
const A = '004-user-auth'
const B = '005-billing'
const branch = (spec: string, who: string) => `feature/${spec}/${who}`

/**
 * A: the scan saw 2 pairs conflict, then a person resolved one by hand (1 open; the scan still says 2).
 * B: a conflict logged by hand, never scanned (1 open; no scan at all).
 */
function log(): OrchestratorEvent[] {
  const events: OrchestratorEvent[] = []
  for (const spec of [A, B]) {
    events.push(makeEvent('feature-registered', spec, { spec, name: spec, tasks: [] }, o(0)))
    events.push(makeEvent('agent-assigned', spec, { role: 'overseer', branch: branch(spec, 'overseer') }, o(0)))
    for (const n of [1, 2, 3])
      events.push(makeEvent('agent-assigned', spec, { role: 'implementor', branch: branch(spec, `impl-${n}`), index: n }, o(0)))
  }
  const detected = (left: string, right: string, minute: number, extra = {}) =>
    makeEvent(
      'conflict-detected',
      left.split('/')[1]!,
      { left, right, leftSha: sha(minute), rightSha: sha(minute + 1), files: [], ...extra },
      o(minute),
    )
  events.push(detected(branch(A, 'impl-1'), branch(A, 'impl-2'), 10))
  events.push(detected(branch(A, 'impl-1'), branch(A, 'impl-3'), 10))
  events.push(makeEvent('scan-completed', A, { scanner: 'conflicts', at: at(10), pairs: 6, conflicted: 2, errors: 0 }, o(10)))
  events.push(
    makeEvent(
      'conflict-resolved',
      A,
      { left: branch(A, 'impl-1'), right: branch(A, 'impl-3'), detectedAt: at(10), lifetimeSeconds: 300, reason: 'resolved by hand' },
      o(15),
    ),
  )
  events.push(detected(branch(B, 'impl-1'), branch(B, 'impl-2'), 20, { manual: true, reason: 'same API, two shapes' }))
  return events
}

describe('the open-conflict count of the views and events status is the projection’s, as on the dashboard', () => {
  const projection = emptyProjection()
  for (const e of log()) applyEvent(projection, e)
  const open = (spec?: string) => openConflicts(projection, spec).length
  const dashboardTotal = Number(/data-count="open-conflicts">(\d+)</.exec(renderSiteIndex(projection))![1])

  it('the state branch README.md and each overseer view', () => {
    expect([open(A), open(B), open()]).toEqual([1, 1, 2])
    expect(dashboardTotal).toBe(open())
    const views = renderViews(projection, new StateLayout(''))
    const readme = views.get('README.md')!
    expect(readme).toContain(`Last conflict scan: 2026-03-01 09:10:00Z (6 pair(s) compared, 0 error(s)); ${open()} open conflict(s).`)
    for (const spec of [A, B]) {
      const view = views.get(`features/${spec}/overseer.md`)!
      const line = view.split('\n').find((l) => l.startsWith('- Last conflict scan'))!
      expect(line).toContain(`; ${open(spec)} open conflict(s).`)
    }
    expect(views.get(`features/${B}/overseer.md`)).toContain('- Last conflict scan: none recorded yet; 1 open conflict(s).')
    // Only the recent-events list may quote a scan's own tally, as the history of that event.
    for (const text of views.values())
      for (const line of text.split('\n').filter((l) => !l.includes('scan-completed'))) expect(line).not.toMatch(/\d+ conflicting(?! file)/)
  })

  it('events status text: one open-conflict count per feature, the scan line without its own tally', () => {
    const report = featureStatus({ commit: null, projection, problems: [] })
    const text = formatStatus(report)
    expect(text).not.toMatch(/\d+ conflicting/)
    for (const f of report.features) expect(text).toContain(`${f.openConflicts.length} open conflict(s)`)
    expect(report.features.map((f) => [f.spec, f.openConflicts.length])).toEqual([
      [A, open(A)],
      [B, open(B)],
    ])
    expect(text).toContain('Last conflict scan: 2026-03-01 09:10:00Z (6 pair(s) compared, 0 error(s)).')
  })

  it('renders the same bytes when the open conflicts are listed once per render, and a later event is seen', () => {
    // The views of one append list the open conflicts once per feature (withOpenConflictsKept): each page as alone.
    const layout = new StateLayout('')
    const views = renderViews(projection, layout)
    const alone = new Map(renderSite(projection).map(([p, html]) => [p, html]))
    for (const [path, html] of alone) expect(views.get(path)).toBe(html)
    const kept = withOpenConflictsKept(projection, () => [open(A), open(B), open(), openConflicts(projection, A)])
    expect(kept.slice(0, 3)).toEqual([1, 1, 2])
    // Each call has its own array: sorting one does not reorder the next.
    withOpenConflictsKept(projection, () => {
      openConflicts(projection).reverse()
      expect(openConflicts(projection)).toEqual(openConflicts(emptyProjection()).concat(kept[3] as never, openConflicts(projection, B)))
    })
    // Outside the render, a new detection is counted at once (nothing kept from before).
    const copy = emptyProjection()
    for (const e of log()) applyEvent(copy, e)
    withOpenConflictsKept(copy, () => open())
    applyEvent(
      copy,
      makeEvent(
        'conflict-detected',
        A,
        { left: branch(A, 'impl-2'), right: branch(A, 'impl-3'), leftSha: sha(1), rightSha: sha(2), files: [] },
        o(30),
      ),
    )
    expect(openConflicts(copy).length).toBe(3)
    expect(withOpenConflictsKept(copy, () => [openConflicts(copy, A).length, openConflicts(projection, A).length])).toEqual([2, 1])
  })
})
