import { describe, expect, it } from '@jest/globals'
import { makeEvent } from '../../shared/state'
import type { OrchestratorEvent } from '../../shared/state/events/event-schema'
import { md } from '../../shared/text/markdown'
import { StateLayout } from '../../shared/state/log/paths'
import { applyEvent, emptyProjection, serializeProjection } from '../../shared/state'
import { RECENT_LIMIT, type Projection } from '../../shared/state/projection/projection-types'
import { lastSyncedSha, openBlockers, openConflicts, taskProgress } from '../../shared/state/projection/queries'
import { renderViews } from '../../shared/views'

const sha = (n: number) => n.toString(16).padStart(40, '0')
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString()
const F = '001-auth'
const IMPL1 = `feature/${F}/impl-1`
const IMPL2 = `feature/${F}/impl-2`

/** A feature's life: registration, agents, tasks, a conflict that opens, closes and reopens, tests, PRs, blockers. */
function history(): OrchestratorEvent[] {
  const o = (minute: number) => ({ actor: 'ci', time: at(minute) })
  const files = [{ path: 'src/a.ts', kind: 'content', leftRanges: [{ start: 3, end: 9 }], rightRanges: [{ start: 4, end: 4 }] }]
  return [
    makeEvent(
      'feature-registered',
      F,
      {
        spec: F,
        name: 'Auth',
        baseBranch: 'main',
        tasks: [
          { id: 'T001', description: 'model' },
          { id: 'T002', phase: 'Setup', description: 'api' },
          { id: 'T010', description: 'ui' },
        ],
      },
      o(0),
    ),
    makeEvent('agent-assigned', F, { role: 'overseer', branch: `feature/${F}/overseer` }, o(1)),
    makeEvent('agent-assigned', F, { role: 'implementor', branch: IMPL1, index: 1 }, o(1)),
    makeEvent('agent-assigned', F, { role: 'implementor', branch: IMPL2, index: 2 }, o(1)),
    makeEvent('task-updated', F, { taskId: 'T001', state: 'in-progress', commit: sha(1), agent: IMPL1 }, o(2)),
    makeEvent('task-updated', F, { taskId: 'T001', state: 'done', commit: sha(2), agent: IMPL1 }, o(5)),
    makeEvent('task-updated', F, { taskId: 'T002', state: 'in-progress', commit: sha(3), agent: 'impl-2' }, o(6)),
    makeEvent('conflict-detected', F, { left: IMPL1, right: IMPL2, leftSha: sha(10), rightSha: sha(11), files }, o(10)),
    makeEvent('conflict-detected', F, { left: IMPL1, right: IMPL2, leftSha: sha(12), rightSha: sha(11), files }, o(12)),
    makeEvent('conflict-resolved', F, { left: IMPL2, right: IMPL1, detectedAt: at(10), lifetimeSeconds: 300 }, o(15)),
    makeEvent('conflict-detected', F, { left: IMPL2, right: IMPL1, leftSha: sha(13), rightSha: sha(14), files: [] }, o(20)),
    makeEvent('conflict-detected', F, { left: IMPL2, right: IMPL1, leftSha: sha(15), rightSha: sha(14), files }, o(22)),
    makeEvent(
      'test-result',
      F,
      { role: 'implementor', branch: IMPL1, suite: 'unit', passed: 10, failed: 1, skipped: 0, durationMs: 1200, commit: sha(2) },
      o(7),
    ),
    makeEvent(
      'test-result',
      F,
      { role: 'implementor', branch: IMPL1, suite: 'unit', passed: 11, failed: 0, skipped: 0, durationMs: 1100, commit: sha(5) },
      o(8),
    ),
    makeEvent(
      'pr-updated',
      F,
      { action: 'opened', number: 7, url: 'https://github.com/o/r/pull/7', head: IMPL1, base: `feature/${F}/overseer`, title: 'Model' },
      o(9),
    ),
    makeEvent(
      'pr-updated',
      F,
      { action: 'opened', number: 8, url: 'https://github.com/o/r/pull/8', head: IMPL2, base: `feature/${F}/overseer` },
      o(9),
    ),
    makeEvent(
      'pr-updated',
      F,
      { action: 'merged', number: 8, url: 'https://github.com/o/r/pull/8', head: IMPL2, base: `feature/${F}/overseer` },
      o(11),
    ),
    makeEvent('blocker-raised', F, { id: 'db-down', agent: IMPL2, reason: 'the database is down' }, o(3)),
    makeEvent('blocker-raised', F, { id: 'spec-gap', agent: IMPL1, reason: 'unclear' }, o(4)),
    makeEvent('blocker-cleared', F, { id: 'db-down', note: 'back up' }, o(6)),
    makeEvent('divergence-measured', F, { branch: IMPL1, against: 'main', ahead: 3, behind: 1, sha: sha(5) }, o(8)),
    makeEvent('branch-synced', F, { branch: IMPL1, sha: sha(5) }, o(8)),
    makeEvent('branch-synced', F, { branch: IMPL1, sha: sha(2) }, o(4)),
    makeEvent('branch-synced', '002-other', { branch: IMPL1, sha: sha(9) }, o(1)),
  ]
}

/** Deterministic shuffles (a small LCG), so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items]
  let s = seed
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

function fold(events: OrchestratorEvent[]): Projection {
  const p = emptyProjection()
  for (const e of events) applyEvent(p, e)
  return p
}

describe('projection', () => {
  it('is a function of the set of events: every order gives the same bytes, and so do the views', () => {
    const events = history()
    const layout = new StateLayout('')
    const reference = serializeProjection(fold(events))
    const referenceViews = renderViews(fold(events), layout)
    for (let seed = 1; seed <= 25; seed++) {
      const p = fold(shuffled(events, seed))
      expect(serializeProjection(p)).toBe(reference)
      expect(renderViews(p, layout)).toEqual(referenceViews)
    }
    // Incremental folding on top of a stored (serialised and re-read) projection gives the same result.
    const half = JSON.parse(serializeProjection(fold(events.slice(0, 12)))) as Projection
    for (const e of events.slice(12)) applyEvent(half, e)
    expect(serializeProjection(half)).toBe(reference)
  })

  it('keeps open conflicts as of the latest scan, with when the open one began', () => {
    const p = fold(history())
    const open = openConflicts(p)
    expect(open).toHaveLength(1)
    // Resolved at minute 15 (after the detections at 10 and 12), detected again at 20 and 22.
    expect(open[0]).toMatchObject({ feature: F, detectedAt: at(20), lastSeenAt: at(22), left: IMPL2, right: IMPL1, leftSha: sha(15) })
    expect(open[0].id).toMatch(/^c[0-9a-f]{8}$/)
    const resolvedLater = [
      ...history(),
      makeEvent(
        'conflict-resolved',
        F,
        { left: IMPL1, right: IMPL2, detectedAt: at(20), lifetimeSeconds: 600 },
        { actor: 'x', time: at(30) },
      ),
    ]
    expect(openConflicts(fold(resolvedLater))).toEqual([])
    // A resolution older than the latest detection does not close it.
    const stale = [
      ...history(),
      makeEvent('conflict-resolved', F, { left: IMPL1, right: IMPL2, detectedAt: at(1), lifetimeSeconds: 1 }, { actor: 'x', time: at(21) }),
    ]
    expect(openConflicts(fold(stale))[0]).toMatchObject({ detectedAt: at(22) })
  })

  it('answers tasks, blockers and the last synced commit by the latest event', () => {
    const p = fold(history())
    const feature = p.features[F]
    expect(taskProgress(feature)).toMatchObject({ total: 3, done: 1, inProgress: 1, open: 1 })
    expect(taskProgress(feature).tasks.map((t) => t.id)).toEqual(['T001', 'T002', 'T010'])
    expect(openBlockers(feature).map((b) => b.id)).toEqual(['spec-gap'])
    expect(lastSyncedSha(p, IMPL1, F)).toBe(sha(5))
    expect(lastSyncedSha(p, IMPL1)).toBe(sha(5))
    expect(lastSyncedSha(p, IMPL1, '002-other')).toBe(sha(9))
    expect(lastSyncedSha(p, 'nope')).toBeNull()
  })

  it('keeps a bounded list of recent events, newest first', () => {
    const events = Array.from({ length: RECENT_LIMIT + 10 }, (_, i) =>
      makeEvent(
        'branch-synced',
        F,
        { branch: 'b', sha: sha(i + 1) },
        { actor: 'a', time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() },
      ),
    )
    const p = fold(shuffled(events, 7))
    expect(p.recent).toHaveLength(RECENT_LIMIT)
    expect(p.recent[0].summary).toBe(`b synced at ${sha(RECENT_LIMIT + 10).slice(0, 7)}`)
    expect(p.eventCount).toBe(RECENT_LIMIT + 10)
  })
})

describe('views', () => {
  it('show each implementor its branch, progress, conflicts with lines, tests, PRs and blockers', () => {
    const views = renderViews(fold(history()), new StateLayout(''))
    expect([...views.keys()]).toEqual([
      'README.md',
      `features/${F}/overseer.md`,
      `features/${F}/impl-1.md`,
      `features/${F}/impl-2.md`,
      'features/002-other/overseer.md',
      'docs/index.html',
      `docs/features/${F}.html`,
      'docs/features/002-other.html',
    ])
    const impl1 = views.get(`features/${F}/impl-1.md`)!
    expect(impl1).toContain(`- Branch: ${md(IMPL1)}`)
    expect(impl1).toContain('- Feature tasks: 1/3 done, 1 in progress')
    expect(impl1).toContain('- Tasks by this agent: 1 done, 0 in progress')
    expect(impl1).toContain('| src/a.ts | content | 4 | 3-9 |') // this branch's lines first: impl-1 was the right side
    expect(impl1).toContain('| implementor | feature/001-auth/impl-1 | unit | 11 | 0 | 0 | 1.1s |')
    expect(impl1).toContain('[\\#7](https://github.com/o/r/pull/7)')
    expect(impl1).toContain('| spec-gap |')
    const impl2 = views.get(`features/${F}/impl-2.md`)!
    expect(impl2).toContain('- Tasks by this agent: 0 done, 1 in progress') // reported as "impl-2"
    expect(impl2).not.toContain('#8') // merged
    expect(impl2).toContain('_No open blockers._') // db-down was cleared
    const dashboard = views.get('README.md')!
    expect(dashboard).toContain(`| [${F}](features/${F}/overseer.md) | Auth | 1 + 2 | 1/3 | 0 | 1 | 1 | 1 |`)
  })

  it('escape user text: markdown, HTML, pipes and line breaks cannot break out', () => {
    const evil = 'x | y\n# Heading <script>alert(1)</script> [link](http://e.vil) **b** `c` @here'
    const events = [
      makeEvent(
        'feature-registered',
        F,
        { spec: F, name: 'N | <img src=x>', tasks: [{ id: 'T001', description: evil.replace('\n', ' ') }] },
        { actor: 'a|b', time: at(0) },
      ),
      makeEvent('blocker-raised', F, { id: 'b1', agent: IMPL1, reason: evil }, { actor: 'a', time: at(1) }),
      makeEvent('agent-assigned', F, { role: 'implementor', branch: IMPL1, index: 1 }, { actor: 'a', time: at(1) }),
    ]
    const views = renderViews(fold(events), new StateLayout(''))
    for (const [path, text] of views) {
      expect(text).not.toContain('<script>')
      expect(text).not.toContain('<img')
      expect(path).not.toContain('..')
      if (path.endsWith('.html')) continue // HTML escaping: test/dashboard-render.test.ts
      expect(text).not.toContain('](http://e.vil)')
      expect(text).not.toMatch(/^# Heading/m)
      for (const line of text.split('\n').filter((l) => l.startsWith('|'))) {
        // Every table row keeps its column count: escaped pipes are not separators.
        const cells = line.replace(/\\\|/g, '').split('|').length
        const header = text.split('\n').filter((l) => l.startsWith('|'))
        expect(header.some((h) => h.replace(/\\\|/g, '').split('|').length === cells)).toBe(true)
      }
      expect(path).not.toContain('..')
    }
    expect(md(evil)).toBe(
      'x \\| y \\# Heading &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[link\\]\\(http://e.vil\\) \\*\\*b\\*\\* \\`c\\` @\u200bhere',
    ) // a mention is broken so it notifies nobody
  })
})
