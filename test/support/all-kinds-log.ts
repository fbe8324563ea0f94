import { conflictId } from '../../shared/state/events/conflict-pair'
import { makeEvent } from '../../shared/state/events/events'
import type { OrchestratorEvent } from '../../shared/state/events/event-schema'

/**
 * A log with every event kind over two features: task progress by several
 * agents, an open and a resolved conflict, a merged and an open pull request,
 * an open and a cleared blocker, repeated test runs of one suite (history),
 * divergence, syncs. Text fields hold markup and quotes on purpose.
 */
export const FEATURE_A = '004-user-auth'
export const FEATURE_B = '005-billing'
export const overseerOf = (spec: string) => `feature/${spec}/overseer`
export const implOf = (spec: string, n: number) => `feature/${spec}/impl-${n}`
export const HOSTILE_NAME = 'User <script>alert("x")</script> & "auth"'

const sha = (n: number) => n.toString(16).padStart(40, '0')
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute)).toISOString()

export function allKindsLog(): OrchestratorEvent[] {
  const events: OrchestratorEvent[] = []
  let clock = 0
  const add = <K extends OrchestratorEvent['kind']>(
    kind: K,
    feature: string,
    data: Parameters<typeof makeEvent<K>>[2],
    actor = 'workflow ci run 1',
  ) => {
    events.push(makeEvent(kind, feature, data, { actor, time: at(clock++) }) as OrchestratorEvent)
  }
  for (const spec of [FEATURE_A, FEATURE_B]) {
    const a = spec === FEATURE_A
    add('feature-registered', spec, {
      spec,
      name: a ? HOSTILE_NAME : 'Billing',
      baseBranch: 'main',
      tasksFile: `specs/${spec}/tasks.md`,
      tasks: [
        { id: 'T001', phase: 'Setup', description: 'Create the project' },
        { id: 'T002', phase: 'Core', description: 'Add the <model>' },
        { id: 'T003', phase: 'Core', description: 'Wire the routes' },
        { id: 'T004', phase: 'Polish', description: 'Document it' },
      ],
    })
    add('agent-assigned', spec, { role: 'overseer', branch: overseerOf(spec) })
    for (const n of [1, 2]) add('agent-assigned', spec, { role: 'implementor', branch: implOf(spec, n), index: n })
    add('task-updated', spec, { taskId: 'T001', state: 'done', commit: sha(1), agent: implOf(spec, 1), message: 'T001: create' })
    add('task-updated', spec, { taskId: 'T002', state: 'in-progress', commit: sha(2), agent: implOf(spec, 2), message: 'wip T002' })
    if (a) add('task-updated', spec, { taskId: 'T002', state: 'done', commit: sha(3), agent: implOf(spec, 2), message: 'closes T002' })
    add('branch-synced', spec, { branch: implOf(spec, 1), sha: sha(1) })
    add('divergence-measured', spec, { branch: implOf(spec, 1), against: overseerOf(spec), ahead: 3, behind: 1, sha: sha(1) })
    add('divergence-measured', spec, { branch: implOf(spec, 2), against: overseerOf(spec), ahead: 1, behind: 4, sha: sha(3) })
    const files = [
      { path: 'src/app.ts', kind: 'content', leftRanges: [{ start: 3, end: 4 }], rightRanges: [{ start: 5, end: 5 }] },
      { path: 'src/<b>.ts', kind: 'content', leftRanges: [{ start: 1, end: 1 }], rightRanges: [{ start: 7, end: 6 }] },
    ]
    // The first conflict lives 5 minutes and is resolved; the second stays open.
    add('conflict-detected', spec, { left: implOf(spec, 1), right: overseerOf(spec), leftSha: sha(10), rightSha: sha(11), files })
    add('conflict-resolved', spec, { left: implOf(spec, 1), right: overseerOf(spec), detectedAt: at(clock - 1), lifetimeSeconds: 60 })
    add('conflict-detected', spec, { left: implOf(spec, 1), right: implOf(spec, 2), leftSha: sha(12), rightSha: sha(13), files })
    for (const [i, failed] of [1, 0, a ? 2 : 0].entries()) {
      add('test-result', spec, {
        role: 'implementor',
        branch: implOf(spec, 1),
        suite: 'unit',
        passed: 10 - failed,
        failed,
        skipped: 1,
        durationMs: 1200 + i,
        commit: sha(20 + i),
        runUrl: `https://github.com/o/r/actions/runs/${100 + i}`,
      })
    }
    add('test-result', spec, { role: 'overseer', suite: 'e2e', passed: 4, failed: 0, skipped: 0, durationMs: 900, commit: sha(30) })
    add('pr-updated', spec, {
      action: 'opened',
      number: a ? 7 : 9,
      url: `https://github.com/o/r/pull/${a ? 7 : 9}`,
      head: implOf(spec, 1),
      base: overseerOf(spec),
      title: 'Impl 1 <b>bold</b>',
    })
    add('pr-updated', spec, {
      action: 'merged',
      number: a ? 8 : 10,
      url: `https://github.com/o/r/pull/${a ? 8 : 10}`,
      head: implOf(spec, 2),
      base: overseerOf(spec),
    })
    add('blocker-raised', spec, { id: 'db-schema', agent: implOf(spec, 2), reason: 'waiting for the <schema>' })
    add('blocker-raised', spec, { id: 'api-key', reason: 'no key yet' })
    add('blocker-cleared', spec, { id: 'api-key', note: 'key added' })
    if (a) {
      // The kinds the role guard, the scan heartbeat, merges and planning add.
      const guard = { branch: implOf(spec, 2), kind: 'protected-path' as const, subject: '.github/workflows/ci.yml' }
      add('guard-violation', spec, { ...guard, detail: 'changed a protected path', commit: sha(40) })
      add('guard-cleared', spec, { ...guard, commit: sha(41) })
      add('scan-completed', spec, { scanner: 'conflicts', at: at(clock), pairs: 3, conflicted: 1, errors: 0 })
      add('task-merged', spec, { taskId: 'T001', commit: sha(1), into: overseerOf(spec), pr: 8 })
      add('task-assigned', spec, { taskId: 'T003', agent: implOf(spec, 1) })
      // Scope drift: impl-2 changed a file of T003 (impl-1's); one file drifted and came back.
      add('scope-drift', spec, {
        branch: implOf(spec, 2),
        path: 'src/<routes>.ts',
        commit: sha(50),
        tasks: [{ id: 'T003', agent: 'impl-1', how: 'assigned' }],
      })
      add('scope-drift', spec, { branch: implOf(spec, 2), path: 'README.md', commit: sha(50) })
      add('scope-cleared', spec, { branch: implOf(spec, 2), path: 'README.md', commit: sha(51) })
      // check-path warned impl-1 before it edited a file impl-2 had changed (a name with markup on purpose).
      add('conflict-predicted', spec, {
        agent: implOf(spec, 1),
        path: 'src/<b>.ts',
        sibling: implOf(spec, 2),
        siblingSha: sha(42),
        base: sha(2),
        ranges: [
          { start: 3, end: 5 },
          { start: 12, end: 11 },
        ],
      })
      // A resolver's suggestion for the open conflict, proven and pushed (check-conflicts --suggest).
      const open = events.find((e) => e.feature === spec && e.kind === 'conflict-detected' && e.data.right === implOf(spec, 2))!
      if (open.kind === 'conflict-detected')
        add('resolution-suggested', spec, {
          left: open.data.left,
          right: open.data.right,
          leftSha: open.data.leftSha,
          rightSha: open.data.rightSha,
          command: 'd'.repeat(64),
          outcome: 'proven',
          branch: 'orchestrator/suggest/c0123abcd',
          commit: sha(60),
        })
      // The webhook outbox: the announcement of the first conflict failed, and a later run took it.
      const announced = events.find((e) => e.feature === spec && e.kind === 'conflict-detected')!.key
      add('notification-pending', spec, { event: announced, reason: 'HTTP 429 with Retry-After 60 s' })
      add('notification-claimed', spec, { event: announced })
      // What the agents cost: two stretches of impl-1's Claude Code session (T002 in progress), a
      // Codex session of impl-2, and a hand-logged record; the feature's budget was crossed once.
      const usage = (agent: string, through: string, input: number, output: number, cost: number, tasks?: string[]) =>
        add('agent-usage', spec, {
          agent,
          session: `sess-${agent.slice(-6)}`,
          source: 'claude',
          model: 'claude-sonnet-4-5',
          ...(tasks ? { tasks } : {}),
          inputTokens: input,
          outputTokens: output,
          cacheCreationTokens: 1000,
          cacheReadTokens: 20000,
          costMicroUsd: cost,
          prices: '2026-01-15',
          through,
          messages: 3,
        })
      usage(implOf(spec, 1), 'msg_01', 1200, 800, 30_750, ['T002'])
      usage(implOf(spec, 1), 'msg_02', 300, 200, 10_001, ['T002', 'T003'])
      add('agent-usage', spec, {
        agent: implOf(spec, 2),
        session: '0199a2b3-codex',
        source: 'codex',
        model: 'gpt-5-codex',
        inputTokens: 5000,
        outputTokens: 700,
        cacheCreationTokens: 0,
        cacheReadTokens: 4000,
        costMicroUsd: 13_750,
        prices: '2026-01-15',
        through: 'line-42',
      })
      add('agent-usage', spec, {
        agent: overseerOf(spec),
        session: 'manual-1',
        source: 'manual',
        inputTokens: 100,
        outputTokens: 50,
        cacheCreationTokens: 0,
        cacheReadTokens: 0,
        costMicroUsd: 2_500_000,
        through: 'manual-1',
      })
      add('budget-crossed', spec, { scope: 'feature', subject: spec, budgetMicroUsd: 2_000_000, spentMicroUsd: 2_554_501 })
      // A merge on the overseer resolved a conflict hunk: remembered by the hunk's hash (sections base64).
      const b64 = (text: string) => Buffer.from(text).toString('base64')
      add('resolution-remembered', spec, {
        key: 'ab'.repeat(32),
        path: 'src/<b>.ts',
        base: b64('x\n'),
        ours: b64('<left>\n'),
        theirs: b64('right\n'),
        result: b64('<left> and right\n'),
        commit: sha(60),
        branch: overseerOf(spec),
        oursCommit: sha(61),
        theirsCommit: sha(62),
      })
      // impl-2's prompt hook told it of its open conflict and a failing check (agents brief).
      add('brief-delivered', spec, {
        agent: implOf(spec, 2),
        items: 2,
        kinds: ['conflict', 'check'],
        conflicts: [
          ((d) => conflictId(spec, d.left, d.right))(
            events.filter((e) => e.feature === spec && e.kind === 'conflict-detected').at(-1)!.data as { left: string; right: string },
          ),
        ],
        digest: 'b'.repeat(64),
      })
    }
  }
  return events
}
