// A scripted history for `orchestrator metrics`: every event at a known minute after 10:00 UTC on 2026-03-01,
// so that each number the metrics give can be worked out by hand (metrics.test.ts does, in its comments).
import { makeEvent, type OrchestratorEvent } from '../../shared/state/events'

export const F = '004-user-auth'
export const G = '005-billing'
export const T0 = Date.UTC(2026, 2, 1, 10, 0)
export const branchOf = (spec: string, name: string) => `feature/${spec}/${name}`
export const O = branchOf(F, 'overseer')
export const I1 = branchOf(F, 'impl-1')
export const I2 = branchOf(F, 'impl-2')
export const I3 = branchOf(F, 'impl-3')
/** The time `minute` minutes after 10:00. */
export const at = (minute: number) => new Date(T0 + minute * 60_000).toISOString()
const when = (minute: number, actor = 'workflow ci') => ({ actor, time: at(minute) })
export const sha = (n: number) => n.toString(16).padStart(40, '0')

const file = { path: 'src/auth/session.ts', kind: 'content', leftRanges: [{ start: 3, end: 9 }], rightRanges: [{ start: 4, end: 8 }] }

function detected(minute: number, left: string, right: string, n: number, occurrence?: number): OrchestratorEvent {
  const data = { left, right, leftSha: sha(n), rightSha: sha(n + 1), files: [file], ...(occurrence ? { occurrence } : {}) }
  return makeEvent('conflict-detected', F, data, when(minute, 'workflow detect-conflicts'))
}

function resolved(minute: number, left: string, right: string, detectedMinute: number, spec = F): OrchestratorEvent {
  const lifetimeSeconds = (minute - detectedMinute) * 60
  return makeEvent('conflict-resolved', spec, { left, right, detectedAt: at(detectedMinute), lifetimeSeconds }, when(minute))
}

function pr(minute: number, action: 'opened' | 'updated' | 'merged', number: number, head: string, spec = F): OrchestratorEvent {
  const data = {
    action,
    number,
    url: `https://github.com/acme/app/pull/${number}`,
    head,
    base: branchOf(spec, 'overseer'),
    title: `PR ${number}`,
  }
  return makeEvent('pr-updated', spec, data, when(minute, 'workflow open-pr'))
}

function task(minute: number, taskId: string, state: 'in-progress' | 'done', agent: string, n: number): OrchestratorEvent {
  return makeEvent('task-updated', F, { taskId, state, commit: sha(n), agent }, when(minute, 'workflow sync-status'))
}

function check(minute: number, branch: string | undefined, failed: number, n: number): OrchestratorEvent {
  const data = {
    role: branch ? 'implementor' : 'overseer',
    ...(branch ? { branch } : {}),
    suite: 'unit',
    passed: 10,
    failed,
    skipped: 0,
    durationMs: 900,
    commit: sha(n),
    unit: 'tests' as const,
  }
  return makeEvent('test-result', F, data, when(minute, 'workflow role-ci'))
}

function usage(minute: number, agent: string, through: string, costMicroUsd: number, spec = F): OrchestratorEvent {
  const data = {
    agent,
    session: `sess-${agent.slice(-6)}`,
    source: 'claude' as const,
    model: 'claude-sonnet-4-5',
    inputTokens: 1000,
    outputTokens: 500,
    cacheCreationTokens: 200,
    cacheReadTokens: 3000,
    costMicroUsd,
    prices: '2026-01-15',
    through,
  }
  return makeEvent('agent-usage', spec, data, when(minute, `hook ${agent}`))
}

/** The history, in the order it is written (the metrics never depend on that order). */
export function scriptedHistory(): OrchestratorEvent[] {
  const tasks = ['T001', 'T002', 'T003', 'T004'].map((id) => ({ id, description: `task ${id}` }))
  const guard = (minute: number, branch: string, kind: 'protected-path' | 'pr-target', subject: string) =>
    makeEvent('guard-violation', F, { branch, kind, subject, detail: `refused ${subject}`, commit: sha(900 + minute) }, when(minute))
  return [
    makeEvent('feature-registered', F, { spec: F, name: 'User auth', baseBranch: 'main', tasks }, when(0, 'cli alice')),
    makeEvent('agent-assigned', F, { role: 'overseer', branch: O }, when(0, 'cli alice')),
    ...[I1, I2, I3].map((branch, i) => makeEvent('agent-assigned', F, { role: 'implementor', branch, index: i + 1 }, when(0, 'cli alice'))),
    // Conflict C1 (impl-1 × impl-2): detected at 0, seen again at 10 (same occurrence), resolved at 30.
    detected(0, I1, I2, 100),
    detected(10, I2, I1, 110),
    resolved(30, I1, I2, 0),
    // Conflict C2 (impl-1 × impl-3): detected at 20, resolved at 80, after PR #1 of impl-1 merged at 60.
    detected(20, I1, I3, 120),
    resolved(80, I3, I1, 20),
    // Conflict C3 (impl-2 × impl-3): detected at 100, resolved at 105; again at 200 (occurrence 2), still open when PR #2 of impl-2 merges at 240.
    detected(100, I2, I3, 130),
    resolved(105, I2, I3, 100),
    detected(200, I2, I3, 140, 2),
    // Pull requests.
    pr(40, 'opened', 1, I1),
    pr(60, 'merged', 1, I1),
    pr(90, 'opened', 2, I2),
    pr(150, 'updated', 2, I2),
    pr(240, 'merged', 2, I2),
    pr(250, 'opened', 3, I3),
    // Tasks.
    makeEvent('task-assigned', F, { taskId: 'T001', agent: I1, wave: 1 }, when(5, 'cli alice')),
    makeEvent('task-assigned', F, { taskId: 'T002', agent: I2, wave: 1 }, when(5, 'cli alice')),
    makeEvent('task-assigned', F, { taskId: 'T004', agent: I3, wave: 2 }, when(5, 'cli alice')),
    task(15, 'T001', 'in-progress', I1, 1),
    task(35, 'T001', 'done', I1, 2),
    makeEvent('task-merged', F, { taskId: 'T001', commit: sha(2), into: O, pr: 1 }, when(60)),
    task(30, 'T002', 'in-progress', I2, 3),
    task(45, 'T002', 'in-progress', I2, 4),
    task(120, 'T002', 'done', I2, 5),
    task(130, 'T002', 'done', I2, 6),
    makeEvent('task-merged', F, { taskId: 'T002', commit: sha(6), into: O, pr: 2 }, when(240)),
    task(50, 'T003', 'in-progress', I3, 7),
    task(200, 'T003', 'done', I3, 8),
    // Checks.
    check(12, I1, 0, 11),
    check(20, I1, 2, 12),
    check(33, I1, 0, 13),
    check(125, I2, 0, 14),
    check(95, undefined, 1, 15),
    // Guard violations.
    guard(15, I1, 'protected-path', '.github/workflows/ci.yml'),
    guard(70, I3, 'protected-path', 'package.json'),
    guard(75, I3, 'pr-target', 'main'),
    // Usage.
    usage(30, I1, 'msg_01', 1_250_000),
    usage(58, I1, 'msg_02', 750_000),
    usage(140, I2, 'msg_03', 1_000_000),
    usage(210, I3, 'msg_04', 500_000),
    // Another feature: left out by --feature 004-user-auth.
    makeEvent('feature-registered', G, { spec: G, name: 'Billing' }, when(0, 'cli alice')),
    makeEvent(
      'conflict-detected',
      G,
      { left: branchOf(G, 'impl-1'), right: branchOf(G, 'impl-2'), leftSha: sha(500), rightSha: sha(501), files: [file] },
      when(1),
    ),
    resolved(2, branchOf(G, 'impl-1'), branchOf(G, 'impl-2'), 1, G),
    pr(3, 'opened', 7, branchOf(G, 'impl-1'), G),
    pr(4, 'merged', 7, branchOf(G, 'impl-1'), G),
    usage(5, branchOf(G, 'impl-1'), 'msg_90', 10_000_000, G),
  ]
}
