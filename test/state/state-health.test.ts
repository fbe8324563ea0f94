import { describe, expect, it } from '@jest/globals'
import { makeEvent } from '../../shared/state/events/events'
import type { OrchestratorEvent } from '../../shared/state/events/event-schema'
import { agentHealth, lastScan } from '../../shared/state/projection/health'
import { StateLayout } from '../../shared/state/log/paths'
import { applyEvent, emptyProjection } from '../../shared/state/projection/projection'
import { latestTests, taskProgress } from '../../shared/state/projection/queries'
import { renderViews } from '../../shared/views'
import { featureStatus, formatStatus } from '../../shared/views'

const sha = (n: number) => n.toString(16).padStart(40, '0')
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString()
const F = '004-user-auth'
const OVERSEER = `feature/${F}/overseer`
const IMPL1 = `feature/${F}/impl-1`
const IMPL2 = `feature/${F}/impl-2`
const o = (minute: number) => ({ actor: 'ci', time: at(minute) })

function fold(events: OrchestratorEvent[]) {
  const p = emptyProjection()
  for (const e of events) applyEvent(p, e)
  return p
}

function base(): OrchestratorEvent[] {
  return [
    makeEvent(
      'feature-registered',
      F,
      {
        spec: F,
        name: 'User auth [004-user-auth] (T003) <!-- owner: impl-2 -->',
        tasks: [
          { id: 'T001', description: 'model' },
          { id: 'T002', description: 'api' },
          { id: 'T003', description: 'ui' },
        ],
      },
      o(0),
    ),
    makeEvent('agent-assigned', F, { role: 'overseer', branch: OVERSEER }, o(1)),
    makeEvent('agent-assigned', F, { role: 'implementor', branch: IMPL1, index: 1 }, o(1)),
    makeEvent('agent-assigned', F, { role: 'implementor', branch: IMPL2, index: 2 }, o(1)),
  ]
}

const test = (minute: number, commit: number, suite: string, passed: number, failed: number, unit?: 'check' | 'tests') =>
  makeEvent(
    'test-result',
    F,
    {
      role: 'implementor',
      branch: IMPL1,
      suite,
      passed,
      failed,
      skipped: 0,
      durationMs: 5,
      commit: sha(commit),
      ...(unit ? { unit } : {}),
    },
    o(minute),
  )

describe('agent health, the scan heartbeat and what counts as activity', () => {
  it('conflict scans do not make an idle agent look active', () => {
    const idle = fold(base())
    const before = agentHealth(idle.features[F]).find((h) => h.branch === IMPL2)!.lastActivity
    const scanned = fold([
      ...base(),
      makeEvent('conflict-detected', F, { left: IMPL1, right: IMPL2, leftSha: sha(1), rightSha: sha(2), files: [] }, o(30)),
      makeEvent('divergence-measured', F, { branch: IMPL2, against: OVERSEER, ahead: 1, behind: 0, sha: sha(2) }, o(30)),
      makeEvent('scan-completed', F, { scanner: 'conflicts', at: at(30), pairs: 3, conflicted: 1, errors: 0 }, o(30)),
    ])
    expect(agentHealth(scanned.features[F]).find((h) => h.branch === IMPL2)!.lastActivity).toBe(before)
    expect(lastScan(scanned)).toMatchObject({ at: at(30), pairs: 3, conflicted: 1 })
    const views = renderViews(scanned, new StateLayout(''))
    expect(views.get('README.md')).toContain(
      'Last conflict scan: 2026-03-01 09:30:00Z (3 pair(s) compared, 0 error(s)); 1 open conflict(s).',
    )
    expect(views.get(`features/${F}/overseer.md`)).toContain('Last conflict scan: 2026-03-01 09:30:00Z')
  })

  it('drops the suites of older commits and tells checks from tests', () => {
    const p = fold([
      ...base(),
      test(5, 1, 'pytest', 40, 0),
      test(10, 2, 'unit', 1, 0, 'check'),
      test(10, 2, 'junit:results.xml', 12, 1, 'tests'),
    ])
    expect(latestTests(p.features[F]).map((t) => t.suite)).toEqual(['junit:results.xml', 'unit'])
    const readme = renderViews(p, new StateLayout('')).get('README.md')!
    expect(readme).not.toContain('| pytest |')
    expect(readme).toMatch(/\| unit \| {3}\| {3}\| {3}\| [^|]+ \| ✅ check passed \|/)
    expect(readme).toMatch(/\| junit:results\.xml \| 12 \| \*\*1\*\* \| 0 \|/)
  })

  it('has one health row per agent: last commit, current task, checks on that commit, guard, pull request', () => {
    const p = fold([
      ...base(),
      makeEvent('task-updated', F, { taskId: 'T001', state: 'done', commit: sha(1), agent: IMPL1 }, o(3)),
      makeEvent('task-updated', F, { taskId: 'T002', state: 'in-progress', commit: sha(2), agent: IMPL1 }, o(4)),
      makeEvent('branch-synced', F, { branch: IMPL1, sha: sha(2) }, o(4)),
      test(5, 1, 'lint', 0, 1, 'check'),
      test(6, 2, 'lint', 1, 0, 'check'),
      test(6, 2, 'guard', 0, 1, 'check'),
      test(6, 2, 'junit:jest.xml', 10, 0, 'tests'),
      makeEvent('pr-updated', F, { action: 'opened', number: 4, url: 'https://github.com/o/r/pull/4', head: IMPL1, base: OVERSEER }, o(7)),
    ])
    const rows = agentHealth(p.features[F])
    expect(rows.map((r) => r.branch)).toEqual([OVERSEER, IMPL1, IMPL2])
    expect(rows[1]).toMatchObject({
      lastCommit: sha(2),
      currentTask: { id: 'T002', state: 'in-progress' },
      checks: { passed: 1, failed: 0, tests: 10, failedTests: 0 },
      guard: 'violation',
      pr: { number: 4, action: 'open' },
    })
    expect(rows[2]).toMatchObject({ lastCommit: null, currentTask: null, checks: null, guard: null, pr: null })
    const readme = renderViews(p, new StateLayout('')).get('README.md')!
    expect(readme).toContain('## Agent health')
    expect(readme).toContain(
      `| ${F} | implementor 1 | feature/${F}/impl-1 | \`0000000\` 2026-03-01 09:04:00Z | T002 in-progress | ✅ checks 1 passed; 10 tests | ❌ violation | #4 open |`,
    )
  })

  it('tells done on the branch from merged, and the status text is plain (no markdown escapes)', () => {
    const p = fold([
      ...base(),
      makeEvent('task-updated', F, { taskId: 'T001', state: 'done', commit: sha(1), agent: IMPL1 }, o(3)),
      makeEvent('task-updated', F, { taskId: 'T002', state: 'done', commit: sha(2), agent: IMPL1 }, o(4)),
      makeEvent('task-merged', F, { taskId: 'T001', commit: sha(1), into: OVERSEER }, o(5)),
      // A merge of an older commit of T002 does not make its current commit merged.
      makeEvent('task-merged', F, { taskId: 'T002', commit: sha(9), into: OVERSEER }, o(5)),
    ])
    const progress = taskProgress(p.features[F])
    expect([progress.done, progress.merged]).toEqual([2, 1])
    const overseer = renderViews(p, new StateLayout('')).get(`features/${F}/overseer.md`)!
    expect(overseer).toContain('| T001 | done, merged |')
    expect(overseer).toContain('| T002 | done on branch |')
    const text = formatStatus(featureStatus({ commit: null, projection: p, problems: [] }, F))
    expect(text).toContain('User auth [004-user-auth] (T003) <!-- owner: impl-2 -->')
    expect(text).toContain('Tasks 2/3 done (1 merged)')
    expect(text).not.toMatch(/\\[#()[\]!]|&lt;|&gt;/)
  })
})
