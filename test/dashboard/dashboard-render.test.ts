import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { healthSection, guardViolationsSection, lastScanSection } from '../../shared/dashboard/sections-other'
import { ranges, TIMELINE_LIMIT, timelineSection } from '../../shared/dashboard/sections-conflicts'
import { CSP } from '../../shared/dashboard/page'
import { renderSite, SITE_INDEX, sitePage } from '../../shared/dashboard'
import { STYLE } from '../../shared/dashboard/style'
import { makeEvent } from '../../shared/state/events/events'
import type { OrchestratorEvent } from '../../shared/state/events/event-schema'
import { applyEvent, emptyProjection } from '../../shared/state/projection/projection'
import { allKindsLog, FEATURE_A, implOf, overseerOf } from '../support/all-kinds-log'

function fold(events: readonly OrchestratorEvent[]) {
  const p = emptyProjection()
  for (const e of events) applyEvent(p, e)
  return p
}

describe('web dashboard rendering', () => {
  it('gives the same bytes for the same events in any order, whatever the clock', () => {
    const events = allKindsLog()
    const a = renderSite(fold(events))
    const b = renderSite(fold([...events].reverse()))
    expect(a.map(([p]) => p)).toEqual([SITE_INDEX, sitePage(FEATURE_A), sitePage('005-billing')])
    expect(b).toEqual(a)
    // Ages come from event times: the conflict still open is "open for" up to the newest event.
    expect(a[1][1]).toMatch(/<title>feature\/004-user-auth\/impl-1 and feature\/004-user-auth\/impl-2: open for \d+ min<\/title>/)
  })

  it('escapes event text everywhere and allows no resource but its own style', () => {
    const [, [, html]] = renderSite(fold(allKindsLog()))
    expect(html).not.toMatch(/<script|<b>|<model>|<schema>/)
    expect(html).toContain('User &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;auth&quot;')
    expect(html).toContain('src/&lt;b&gt;.ts')
    const hash = createHash('sha256').update(STYLE).digest('base64')
    expect(CSP).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`)
    expect(html).toContain(`content="default-src &#39;none&#39;; style-src &#39;sha256-${hash}&#39;`)
    expect(html).not.toMatch(/ style="/) // inline style attributes would need 'unsafe-inline'
    const hostile = makeEvent(
      'blocker-raised',
      FEATURE_A,
      { id: 'x', reason: 'a\u202eb"><img src=x onerror=alert(1)>', agent: implOf(FEATURE_A, 1) },
      { actor: 'a', time: '2026-03-02T00:00:00.000Z' },
    )
    const page = renderSite(fold([...allKindsLog(), hostile]))[1][1]
    expect(page).toContain('a b&quot;&gt;&lt;img src=x onerror=alert(1)&gt;')
    expect(page).not.toContain('\u202e')
  })

  it('says per open conflict whether each agent of the pair was told (brief-delivered) and when', () => {
    const events = allKindsLog()
    const page = renderSite(fold(events))[1][1]
    const delivered = events.find((e) => e.kind === 'brief-delivered' && e.feature === FEATURE_A)!
    const data = delivered.data as { agent: string; conflicts?: string[] }
    const id = data.conflicts![0]
    const article = page.slice(page.indexOf(`<article class="conflict" id="${id}"`))
    const told = article.slice(article.indexOf('<p class="told">'), article.indexOf('</p>', article.indexOf('<p class="told">')))
    expect(told).toContain(`<strong>${data.agent.split('/').pop()}</strong> told`)
    expect(told).toContain(delivered.time.slice(0, 10))
    expect(told).toMatch(/<strong>impl-1<\/strong> not told yet/)
    // Without the event, neither agent was told.
    const before = renderSite(fold(events.filter((e) => e.kind !== 'brief-delivered')))[1][1]
    expect(before).toContain('<strong>impl-2</strong> not told yet')
  })

  it('renders the sections other parts record from typed inputs, and "none" without them', () => {
    expect(healthSection(undefined)).toBe('<p class="none">none</p>')
    expect(lastScanSection(undefined)).toContain('Last scan: none')
    expect(guardViolationsSection(undefined)).toBe('<p class="none">none</p>')
    expect(healthSection([{ branch: implOf(FEATURE_A, 1), role: 'implementor', state: 'stale', detail: 'no push for 3 h <b>' }])).toContain(
      '<strong>stale</strong></td><td>no push for 3 h &lt;b&gt;',
    )
    expect(lastScanSection({ time: '2026-03-01T10:00:00.000Z', pairs: 6 })).toContain('(6 pair(s) compared)')
    const guard = guardViolationsSection([
      { branch: implOf(FEATURE_A, 2), time: '2026-03-01T10:00:00.000Z', reason: 'protected path', paths: ['.github/workflows/ci.yml'] },
    ])
    expect(guard).toContain('<code>.github/workflows/ci.yml</code>')
    expect(guard).toContain('not cleared')
  })

  it('keeps the timeline bounded and says line ranges in words', () => {
    const events: OrchestratorEvent[] = []
    for (let i = 0; i < TIMELINE_LIMIT + 5; i++) {
      const t = new Date(Date.UTC(2026, 2, 1, 0, i * 2)).toISOString()
      const left = `feature/${FEATURE_A}/impl-${i + 1}`
      events.push(
        makeEvent(
          'conflict-detected',
          FEATURE_A,
          { left, right: overseerOf(FEATURE_A), leftSha: 'a'.repeat(40), rightSha: 'b'.repeat(40), files: [] },
          { actor: 'a', time: t },
        ),
      )
    }
    const html = timelineSection(fold(events).features[FEATURE_A], '2026-03-02T00:00:00.000Z')
    expect(html.match(/<rect /g)).toHaveLength(TIMELINE_LIMIT)
    expect(html).toContain('impl-25 and overseer')
    expect(html).not.toContain('impl-5 and overseer')
    expect(
      ranges([
        { start: 3, end: 5 },
        { start: 7, end: 7 },
        { start: 9, end: 8 },
      ]),
    ).toBe('3–5, 7, deleted at line 9')
  })
})
