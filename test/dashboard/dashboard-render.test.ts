import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { healthSection, guardViolationsSection, lastScanSection } from '../../shared/dashboard/sections-other'
import { matrixSection, ranges, TIMELINE_LIMIT, timelineSection } from '../../shared/dashboard/sections-conflicts'
import { branchLabels, shortBranch } from '../../shared/dashboard/html'
import { esc } from '../../shared/text/html'
import { collapsedBrief } from '../../shared/resolution'
import { agentsOf, openConflicts, withOpenConflictsKept, type Projection } from '../../shared/state/projection'
import { conflictId, sortedPair } from '../../shared/state/events'
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

  it('names a cross-feature pair apart where the last segments are the same (timeline, matrix, details)', () => {
    // A real scan's names: two features' fourth implementors conflict, and each also with its own overseer.
    const mine = implOf(FEATURE_A, 4)
    const theirs = implOf('005-billing', 4)
    const by = (i: number) => ({ actor: 'a', time: new Date(Date.UTC(2026, 2, 1, 0, i)).toISOString() })
    const detect = (left: string, right: string, i: number) =>
      makeEvent(
        'conflict-detected',
        FEATURE_A,
        {
          left,
          right,
          leftSha: 'a'.repeat(40),
          rightSha: 'b'.repeat(40),
          files: [{ path: 'x.ts', kind: 'content', leftRanges: [], rightRanges: [] }],
        },
        by(i),
      )
    const p = fold([detect(mine, theirs, 1), detect(mine, overseerOf(FEATURE_A), 2)])
    const timeline = timelineSection(p.features[FEATURE_A]!, '2026-03-02T00:00:00.000Z')
    const [l, r] = sortedPair(mine, theirs)
    const label = (b: string) => b.split('/').slice(-2).join('/')
    expect(timeline).toContain(`<td>${esc(label(l))} and ${esc(label(r))}</td>`)
    expect(timeline).not.toContain('impl-4 and impl-4')
    // Alone on its row, the pair with the overseer keeps the short names only where they are unambiguous over the timeline.
    expect(timeline).toContain(`${esc(label(mine))} and overseer`)
    const matrix = matrixSection(p, p.features[FEATURE_A]!)
    expect(matrix).toContain(`<span>${esc(label(theirs))}</span>`)
    expect(matrix).toContain(`<span>${esc(label(mine))}</span>`)
    expect(matrix).toContain(`Lines in ${esc(label(l))}</th><th scope="col">Lines in ${esc(label(r))}`)
  })

  it('labels branches by their fewest last segments that no other branch shown ends with (against a brute force)', () => {
    // Names of one to four segments from a tiny alphabet, so that tails collide often (a name may be another's tail).
    let seed = 7
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    const segment = () => ['a', 'b', 'impl-1', 'overseer'][rand(4)]!
    for (let round = 0; round < 400; round++) {
      const names = [...new Set(Array.from({ length: 1 + rand(8) }, () => Array.from({ length: 1 + rand(4) }, segment).join('/')))]
      const label = branchLabels(names)
      const tailOf = (name: string, tail: string) => name === tail || name.endsWith(`/${tail}`)
      for (const name of names) {
        const parts = name.split('/')
        // The reference: the first k whose k-segment tail no other name has, else the whole name.
        const k = parts.findIndex((_, i) => !names.some((o) => o !== name && tailOf(o, parts.slice(-(i + 1)).join('/'))))
        expect(label(name)).toBe(k < 0 ? name : parts.slice(-(k + 1)).join('/'))
      }
      expect(new Set(names.map(label)).size).toBe(names.length)
    }
    expect(branchLabels([])('feature/x/impl-2')).toBe(shortBranch('feature/x/impl-2'))
  })

  it('draws the conflict matrix as cell by cell with every label escaped whole, for hostile branch names', () => {
    // Names with every character the page escapes, a control and a bidi mark, in conflicts within and across features.
    const names = [implOf(FEATURE_A, 1), implOf(FEATURE_A, 2), `feature/${FEATURE_A}/a"<&'>\u202eb`, 'feature/005-billing/x&y']
    const by = { actor: 'a', time: '2026-03-02T00:00:00.000Z' }
    const detect = (l: string, r: string, files: string[]) =>
      makeEvent(
        'conflict-detected',
        FEATURE_A,
        {
          left: l,
          right: r,
          leftSha: 'a'.repeat(40),
          rightSha: 'b'.repeat(40),
          files: files.map((path) => ({ path, kind: 'content', leftRanges: [], rightRanges: [] })),
        },
        by,
      )
    const p = fold([...allKindsLog(), detect(names[2]!, names[0]!, ['a<b>.ts', 'c&d']), detect(names[1]!, names[3]!, ['"q"'])])
    const feature = p.features[FEATURE_A]!
    const legend = '<p class="legend">'
    const table = (html: string) => html.slice(0, html.indexOf(legend))
    expect(table(matrixSection(p, feature))).toBe(referenceMatrix(p, FEATURE_A))
    expect(table(matrixSection(p, feature))).toContain('aria-label="feature/004-user-auth/a&quot;&lt;&amp;&#39;&gt; b and')
    // The briefs under the matrix are the same whether the merge order is computed once per page or per conflict.
    expect(withOpenConflictsKept(p, () => matrixSection(p, feature))).toBe(matrixSection(p, feature))
    for (const c of openConflicts(p)) expect(withOpenConflictsKept(p, () => collapsedBrief(p, c))).toEqual(collapsedBrief(p, c))
  })
})

/** The matrix table as it was first written: each cell's label built whole, then escaped; each pair looked up by its sorted names. */
function referenceMatrix(projection: Projection, spec: string): string {
  const feature = projection.features[spec]!
  const open = openConflicts(projection, spec)
  const branches = [...new Set([...agentsOf(feature).map((a) => a.branch), ...open.flatMap((c) => [c.left, c.right])])]
  const pairKey = (a: string, b: string) => sortedPair(a, b).join('\0')
  const byPair = new Map(open.filter((c) => c.id === conflictId(spec, c.left, c.right)).map((c) => [pairKey(c.left, c.right), c]))
  const heat = (n: number) => (n === 0 ? 'h0' : n === 1 ? 'h1' : n <= 3 ? 'h2' : n <= 7 ? 'h3' : 'h4')
  const head = branches.map((b) => `<th scope="col" title="${esc(b)}"><span>${esc(shortBranch(b))}</span></th>`).join('')
  const rows = branches.map((row) => {
    const cells = branches.map((col) => {
      if (row === col) return '<td class="self" aria-label="same branch">—</td>'
      const c = byPair.get(pairKey(row, col))
      if (!c) return `<td class="h0" aria-label="${esc(`${row} and ${col}: no conflict`)}">0</td>`
      const files = c.files.map((f) => f.path)
      const label = `${row} and ${col}: ${files.length} conflicting file(s): ${files.join(', ')}`
      return (
        `<td class="${heat(files.length)}"><a href="#${esc(c.id)}" aria-label="${esc(label)}" data-pair="${esc(`${c.left}|${c.right}`)}">${files.length}` +
        `<span class="tip" role="tooltip">${files.map((f) => esc(f)).join('<br>')}</span></a></td>`
      )
    })
    return `<tr><th scope="row" title="${esc(row)}">${esc(shortBranch(row))}</th>${cells.join('')}</tr>`
  })
  return `<div class="scroll"><table class="matrix"><caption>Open conflicts between branches</caption><thead><tr><td></td>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>\n`
}
