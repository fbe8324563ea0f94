import { describe, expect, it } from '@jest/globals'
import { matrixSection } from '../../shared/dashboard/sections-conflicts'
import { renderConflictComment } from '../../shared/github/conflict-comment'
import { planConflictNotices } from '../../shared/github/conflict-notice-plan'
import { noticeConflicts } from '../../shared/detect-conflicts/notify'
import { collapsedBrief, rebasePlan } from '../../shared/resolution'
import { conflictId, makeEvent, type OrchestratorEvent } from '../../shared/state/events'
import { applyEvent, emptyProjection } from '../../shared/state/projection'
import type { ConflictReport } from '../../shared/conflicts'

const SPEC = '028-views'
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const overseer = `feature/${SPEC}/overseer`
const sha = (n: number) => n.toString(16).padStart(40, '0')
// A path that is markup, a mention, backticks and a bidi override at once.
const HOSTILE_PATH = 'docs/<img src=x onerror=alert(1)>`@team`\u202e.md'

function projectionOf(events: OrchestratorEvent[]) {
  const p = emptyProjection()
  for (const e of events) applyEvent(p, e)
  return p
}

function stateWith(divergence: boolean) {
  const time = (m: number) => new Date(Date.UTC(2026, 11, 7, 10, m))
  let m = 0
  const ev = <K extends OrchestratorEvent['kind']>(kind: K, data: Parameters<typeof makeEvent<K>>[2]) =>
    makeEvent(kind, SPEC, data, { actor: 'ci', time: time(m++) }) as OrchestratorEvent
  const files = [
    {
      path: HOSTILE_PATH,
      kind: 'content',
      leftRanges: [
        { start: 3, end: 4 },
        { start: 9, end: 9 },
      ],
      rightRanges: [
        { start: 3, end: 3 },
        { start: 10, end: 10 },
      ],
    },
  ]
  return projectionOf([
    ev('agent-assigned', { role: 'overseer', branch: overseer }),
    ev('agent-assigned', { role: 'implementor', branch: impl(1), index: 1 }),
    ev('agent-assigned', { role: 'implementor', branch: impl(2), index: 2 }),
    ...(divergence
      ? [
          ev('divergence-measured', { branch: impl(1), against: overseer, ahead: 2, behind: 0, sha: sha(1) }),
          ev('divergence-measured', { branch: impl(2), against: overseer, ahead: 1, behind: 0, sha: sha(2) }),
        ]
      : []),
    ev('conflict-detected', { left: impl(1), right: impl(2), leftSha: sha(1), rightSha: sha(2), files }),
  ])
}

describe('the collapsed brief on the dashboard and in the pull-request notice', () => {
  it('says who rebases from the merge order, the hunk counts and the command, with every path inert', () => {
    const projection = stateWith(true)
    const id = conflictId(SPEC, impl(1), impl(2))
    const open = { id, feature: SPEC, left: impl(1), right: impl(2), files: projection.features[SPEC]!.conflicts[id]!.detected!.files }
    const b = collapsedBrief(projection, open)
    expect(b).toMatchObject({ hunks: 2, files: [{ path: HOSTILE_PATH, hunks: 2 }], command: `orchestrator conflicts brief ${id}` })
    const plan = rebasePlan(projection, { spec: SPEC, left: impl(1), right: impl(2) }, 'origin')
    expect(plan.from).toBe('merge-order')
    expect([b.rebases, b.onto]).toEqual([plan.rebases, plan.onto])
    expect(b.reason).toMatch(/the merge order into .* takes .* at step 1 and .* at step 2/)

    const html = matrixSection(projection, projection.features[SPEC]!)
    expect(html).toContain(`<strong>${b.rebases}</strong> rebases onto <strong>${b.onto}</strong>`)
    expect(html).toContain(`Full brief: <code>orchestrator conflicts brief ${id}</code>`)
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')

    const report = {
      branches: [impl(1), impl(2)].map((name) => ({ name, spec: SPEC, role: 'implementor', sha: sha(1) })),
      pairs: [{ left: impl(1), right: impl(2), leftSha: sha(1), rightSha: sha(2), status: 'conflicted', files: open.files }],
    } as unknown as ConflictReport
    const [plan2] = planConflictNotices({
      openPulls: [{ number: 7, head: impl(2), base: overseer }],
      current: noticeConflicts(report, projection),
      previous: [],
    })
    const body = renderConflictComment(plan2!.conflicts, { head: impl(2) })
    expect(body).toContain('**How to resolve**')
    expect(body).toContain(`2 hunk(s) in 1 file(s)`)
    expect(body).toContain(`Full brief: \`orchestrator conflicts brief ${id}\``)
    expect(body).not.toContain('<img')
    expect(body).not.toContain('\u202e')
    expect(body).not.toMatch(/(?<!\\)`@team/)
    // Without the state, the notice is as it was.
    expect(
      renderConflictComment(
        planConflictNotices({
          openPulls: [{ number: 7, head: impl(2), base: overseer }],
          current: noticeConflicts(report),
          previous: [],
        })[0]!.conflicts,
      ),
    ).not.toContain('How to resolve')
  })

  it('states its rule when no merge order is derivable', () => {
    const projection = projectionOf([])
    const plan = rebasePlan(projection, { spec: SPEC, left: impl(1), right: impl(2) }, '/tmp/some remote.git')
    expect(plan.from).toBe('rule')
    expect(plan.reason).toMatch(
      /no merge order is derivable \(feature 028-views has no overseer on record\); by rule the branch whose name sorts later rebases/,
    )
    expect(plan.rebases).toBe(impl(2))
    // A remote given as a path is quoted for the shell, and its branch fetched to a ref of our own.
    expect(plan.commands[0]).toBe(`git fetch '/tmp/some remote.git' +refs/heads/${impl(1)}:refs/orchestrator/brief/${impl(1)}`)
    expect(plan.commands).toContain(`git rebase refs/orchestrator/brief/${impl(1)}`)
    // An overseer known only by its name still takes the implementor onto it.
    const named = rebasePlan(projection, { spec: SPEC, left: overseer, right: impl(1), overseer }, 'origin')
    expect([named.from, named.rebases, named.onto]).toEqual(['overseer', impl(1), overseer])
  })
})
