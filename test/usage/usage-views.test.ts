// Issue #29 item 1: the cost the views and the dashboard show equals the agent-usage events summed directly,
// task shares add up to the records exactly, and a feature without usage renders as before.
import { describe, expect, it } from '@jest/globals'
import { renderSitePage } from '../../shared/dashboard/site'
import type { OrchestratorEvent } from '../../shared/state/events'
import { applyEvent, emptyProjection, shareOf } from '../../shared/state/projection'
import { renderOverseerView } from '../../shared/views/render-feature'
import { renderDashboard } from '../../shared/views/render-dashboard'
import { siteExtras } from '../../shared/dashboard/extras'
import { makeEvent } from '../../shared/state/events'
import { agentHealth } from '../../shared/state/projection'
import { allKindsLog, FEATURE_A, implOf } from '../support/all-kinds-log'

function fold(events: OrchestratorEvent[]) {
  const projection = emptyProjection()
  for (const e of events) applyEvent(projection, e)
  return projection
}

describe('cost in the views and the dashboard', () => {
  const events = allKindsLog()
  const projection = fold(events)

  it('an agent whose own budget was crossed is "over budget" in its health, with what it spent', () => {
    const crossed = makeEvent(
      'budget-crossed',
      FEATURE_A,
      { scope: 'agent', subject: implOf(FEATURE_A, 2), budgetMicroUsd: 1_000_000, spentMicroUsd: 1_375_000 },
      { actor: 'workflow ci', time: '2026-03-02T00:00:00.000Z' },
    ) as OrchestratorEvent
    const before = fold(events)
    expect(agentHealth(before.features[FEATURE_A]!).find((h) => h.branch === implOf(FEATURE_A, 2))!.budget).toBeNull()
    const after = fold([...events, crossed])
    expect(agentHealth(after.features[FEATURE_A]!).find((h) => h.branch === implOf(FEATURE_A, 2))!.budget).toEqual({
      budgetMicroUsd: 1_000_000,
      spentMicroUsd: 1_375_000,
    })
    const row = siteExtras(after, after.features[FEATURE_A]).health!.find((h) => h.branch === implOf(FEATURE_A, 2))!
    // A worse state (failing, blocked, guard) still wins; the budget is in the detail either way.
    expect(row.detail).toContain('spent $1.38 of its $1.00 budget')
    const other = siteExtras(after, after.features[FEATURE_A]).health!.find((h) => h.branch === implOf(FEATURE_A, 1))!
    expect(other.detail ?? '').not.toContain('budget')
  })

  it("the dashboard page's cost per agent equals the events summed", () => {
    const expected = new Map<string, number>()
    for (const e of events)
      if (e.kind === 'agent-usage' && e.feature === FEATURE_A)
        expected.set(e.data.agent, (expected.get(e.data.agent) ?? 0) + e.data.costMicroUsd)
    const html = renderSitePage(projection, projection.features[FEATURE_A]!)
    const table = html.slice(html.indexOf('<caption>Cost per agent</caption>'), html.indexOf('<caption>Cost per task'))
    const shown = [...table.matchAll(/<code>([^<]+)<\/code><\/td>.*?data-cost-micro-usd="(\d+)"/g)].map((m) => [m[1], Number(m[2])])
    expect(shown).toEqual([...expected.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
    expect(html).toContain(
      '<strong class="bad">Budget crossed</strong>: feature <code>004-user-auth</code> spent $2.55 of its $2.00 budget',
    )
  })

  it('the markdown views show the cost table and the warning; without usage there is no cost section', () => {
    const view = renderOverseerView(projection, projection.features[FEATURE_A]!)
    expect(view).toContain('## Cost')
    // impl-1: two records, 1200+300 in, 800+200 out, 1000+1000 cache write, 20000+20000 cache read, 30750+10001 micro-dollars.
    expect(view).toMatch(/impl-1 \| 44500 \| 1500 \| 1000 \| 2000 \| 40000 \| \$0\.04 \|/)
    expect(view).toContain('⚠️ Budget crossed: feature 004-user-auth spent $2.55 of its $2.00 budget')
    expect(renderDashboard(projection)).toContain('## Cost')
    const without = fold(events.filter((e) => e.kind !== 'agent-usage' && e.kind !== 'budget-crossed'))
    expect(renderOverseerView(without, without.features[FEATURE_A]!)).not.toContain('## Cost')
    expect(renderSitePage(without, without.features[FEATURE_A]!)).not.toContain('id="cost"')
  })

  it("tasks' shares of a record add up to it exactly", () => {
    for (const [total, n] of [
      [10_001, 2],
      [7, 3],
      [0, 4],
      [1_895, 2],
      [123_456_789, 7],
    ]) {
      const d = { inputTokens: total, outputTokens: total + 1, cacheCreationTokens: 2 * total, cacheReadTokens: 1, costMicroUsd: total }
      const shares = Array.from({ length: n }, (_, i) => shareOf(d, i, n))
      for (const field of Object.keys(d) as (keyof typeof d)[]) {
        expect(shares.reduce((sum, s) => sum + s[field], 0)).toBe(d[field])
        expect(Math.max(...shares.map((s) => s[field])) - Math.min(...shares.map((s) => s[field]))).toBeLessThanOrEqual(1)
      }
    }
  })
})
