import { afterAll, describe, expect, it } from '@jest/globals'
import { InputError } from '../../shared/errors'
import { MemoryLogger } from '../../shared/logger'
import { StateStore } from '../../shared/views'
import { makeEvent } from '../../shared/state/events/events'
import { RECENT_LIMIT } from '../../shared/state/projection/projection-types'
import {
  addFeature,
  clearBlocker,
  exportFeature,
  featureStatus,
  formatStatus,
  lastSyncedSha,
  logConflict,
  logEvent,
  openConflicts,
  raiseBlocker,
  recentEvents,
  resolveConflict,
} from '../../shared/views'
import { cleanupTemp, makeRepo } from '../support/repo'

afterAll(cleanupTemp)

const F = '004-user-auth'
const IMPL1 = `feature/${F}/impl-1`
const IMPL2 = `feature/${F}/impl-2`
const sha = (n: number) => n.toString(16).padStart(40, '0')
const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 12, minute)).toISOString()

async function setup() {
  const repo = await makeRepo()
  const store = new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() })
  await addFeature(store, {
    spec: F,
    name: 'User auth',
    actor: 'cli',
    time: at(0),
    tasks: [
      { id: 'T001', description: 'model' },
      { id: 'T002', description: 'api' },
    ],
  })
  await logEvent(store, {
    kind: 'agent-assigned',
    feature: F,
    data: JSON.stringify({ role: 'implementor', branch: IMPL1, index: 1 }),
    time: at(1),
  })
  await logEvent(store, { kind: 'agent-assigned', feature: F, data: { role: 'implementor', branch: IMPL2, index: 2 }, time: at(1) })
  await logEvent(store, {
    kind: 'task-updated',
    feature: F,
    agent: 'impl-1',
    data: { taskId: 'T001', state: 'done', commit: sha(1), agent: IMPL1 },
    time: at(2),
  })
  return { repo, store }
}

describe('library operations', () => {
  it('record features and events from user JSON, with clear errors for bad input', async () => {
    const { store } = await setup()
    await expect(logEvent(store, { kind: 'task-updated', feature: F, data: '{"taskId": "T001",' })).rejects.toThrow(
      /^the data of the task-updated event is not valid JSON: /,
    )
    await expect(logEvent(store, { kind: 'task-done', feature: F, data: {} })).rejects.toThrow(
      /event kind "task-done" is not known: expected one of feature-registered, /,
    )
    await expect(
      logEvent(store, { kind: 'task-updated', feature: F, data: { taskId: 'T001', state: 'done', commit: 'HEAD', agent: 'x' } }),
    ).rejects.toThrow(/task-updated event: field "data.commit" must be a full lowercase commit id \(40 or 64 hex digits\) \(got "HEAD"\)/)
    await expect(logEvent(store, { kind: 'blocker-raised', feature: '../x', data: { id: 'b', reason: 'r' } })).rejects.toThrow(InputError)
    const snap = await store.read()
    expect(snap.projection.eventCount).toBe(4)
    expect((await recentEvents(store, 2)).map((e) => e.kind)).toEqual(['task-updated', 'agent-assigned'])
    expect(await recentEvents(store, 10, F)).toHaveLength(4)
    expect(await recentEvents(store, 10, 'nope')).toEqual([])
    await expect(recentEvents(store, 0)).rejects.toThrow(/at least 1/)
  })

  it('returns N recent events up to the size of the log, reading the event files beyond what the projection keeps', async () => {
    const { store } = await setup()
    const count = RECENT_LIMIT + 25
    const events = Array.from({ length: count }, (_, i) =>
      makeEvent(
        'branch-synced',
        F,
        { branch: IMPL1, sha: (i + 1).toString(16).padStart(40, '0') },
        { actor: 't', time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) },
      ),
    )
    await store.append(events)
    const total = (await store.read()).projection.eventCount
    const all = await recentEvents(store, 1000)
    expect(all).toHaveLength(total)
    // Newest first, and the same order a sort of the stamps gives (a reference, not a hand-made list).
    expect(all.map((e) => e.stamp)).toEqual([...all.map((e) => e.stamp)].sort().reverse())
    expect(all[0].summary).toContain(count.toString(16).padStart(40, '0').slice(0, 7))
    // The first RECENT_LIMIT are what the projection holds, so both paths agree.
    expect(all.slice(0, RECENT_LIMIT)).toEqual(await recentEvents(store, RECENT_LIMIT))
    expect(await recentEvents(store, RECENT_LIMIT + 5, F)).toHaveLength(RECENT_LIMIT + 5)
  })

  it('log, list and resolve conflicts by their short id', async () => {
    const { store } = await setup()
    const files = [{ path: 'src/user.ts', kind: 'content', leftRanges: [{ start: 10, end: 12 }], rightRanges: [{ start: 11, end: 15 }] }]
    await logConflict(store, {
      feature: F,
      left: IMPL1,
      right: IMPL2,
      leftSha: sha(5),
      rightSha: sha(6),
      files,
      actor: 'scan',
      time: at(10),
    })
    const open = openConflicts((await store.read()).projection)
    expect(open).toEqual([expect.objectContaining({ feature: F, left: IMPL1, right: IMPL2, detectedAt: at(10), files })])
    await expect(resolveConflict(store, 'c00000000', { actor: 'me' })).rejects.toThrow(
      `no open conflict has the id "c00000000" (open: ${open[0].id})`,
    )
    const r = await resolveConflict(store, open[0].id, { actor: 'me', time: at(25) })
    expect(r.added[0]).toMatchObject({ kind: 'conflict-resolved', data: { detectedAt: at(10), lifetimeSeconds: 900 } })
    expect(openConflicts((await store.read()).projection)).toEqual([])
    // Logged again after its resolution, even at the same commits: the fact happened again, it is open again.
    await logConflict(store, {
      feature: F,
      left: IMPL2,
      right: IMPL1,
      leftSha: sha(6),
      rightSha: sha(5),
      files: [],
      actor: 'scan',
      time: at(30),
    })
    expect(openConflicts((await store.read()).projection)).toEqual([
      expect.objectContaining({ id: open[0].id, detectedAt: at(30), manual: true }),
    ])
    // While it is open, the same log is the same fact: nothing new.
    const same = await logConflict(store, {
      feature: F,
      left: IMPL2,
      right: IMPL1,
      leftSha: sha(6),
      rightSha: sha(5),
      files: [],
      actor: 'scan',
      time: at(35),
    })
    expect(same.added).toEqual([])
    await logConflict(store, {
      feature: F,
      left: IMPL1,
      right: IMPL2,
      leftSha: sha(7),
      rightSha: sha(6),
      files,
      actor: 'scan',
      time: at(40),
    })
    expect(openConflicts((await store.read()).projection)).toEqual([expect.objectContaining({ id: open[0].id, detectedAt: at(30) })])
  })

  it('raise and clear blockers; clearing one that is not open says which are', async () => {
    const { store } = await setup()
    await raiseBlocker(store, { feature: F, id: 'api-key', reason: 'need the API key', agent: IMPL2, actor: 'impl-2', time: at(3) })
    await expect(clearBlocker(store, { feature: F, id: 'nope', actor: 'me' })).rejects.toThrow(
      `feature "${F}" has no open blocker "nope" (open: api-key)`,
    )
    expect(featureStatus(await store.read(), F).features[0].blockers).toEqual([
      { id: 'api-key', agent: IMPL2, reason: 'need the API key', raisedAt: at(3) },
    ])
    await clearBlocker(store, { feature: F, id: 'api-key', note: 'added', actor: 'me', time: at(4) })
    expect(featureStatus(await store.read(), F).features[0].blockers).toEqual([])
  })

  it('report status as plain data and as markdown, and export a feature', async () => {
    const { store } = await setup()
    await logEvent(store, { kind: 'branch-synced', feature: F, data: { branch: IMPL1, sha: sha(9) }, time: at(5) })
    await logEvent(store, {
      kind: 'test-result',
      feature: F,
      data: { role: 'implementor', branch: IMPL1, suite: 'unit', passed: 3, failed: 1, skipped: 0, durationMs: 10, commit: sha(1) },
      time: at(6),
    })
    const snap = await store.read()
    expect(lastSyncedSha(snap.projection, IMPL1)).toBe(sha(9))
    const status = featureStatus(snap)
    expect(status.commit).toBe(snap.commit)
    expect(status.features).toHaveLength(1)
    expect(status.features[0]).toMatchObject({
      spec: F,
      name: 'User auth',
      tasks: { total: 2, done: 1, inProgress: 0, open: 1 },
      agents: [
        { role: 'implementor', branch: IMPL1, index: 1, tasksDone: 1, tasksInProgress: 0, lastActivity: at(6) },
        { role: 'implementor', branch: IMPL2, index: 2, tasksDone: 0, tasksInProgress: 0, lastActivity: at(1) },
      ],
      tests: [
        { role: 'implementor', branch: IMPL1, suite: 'unit', passed: 3, failed: 1, skipped: 0, commit: sha(1), time: at(6), runUrl: null },
      ],
      eventCount: 6,
      lastEvent: at(6),
    })
    expect(JSON.parse(JSON.stringify(status))).toEqual(status)
    expect(() => featureStatus(snap, '999-x')).toThrow(`feature "999-x" has no events on the state branch (known: ${F})`)
    const text = formatStatus(status)
    expect(text).toContain(`${F}: User auth\n`)
    // Plain text for a terminal: no markdown escapes or code spans.
    expect(text).not.toMatch(/\\[#()[\]!-]|&lt;|`/)
    expect(text).toContain('Tasks 1/2 done, 0 in progress; 0 open conflict(s); 0 blocker(s)')
    expect(text).toContain('- tests unit (implementor, feature/004-user-auth/impl-1): 3 passed, 1 failed, 0 skipped at 0000000')
    const report = exportFeature(snap, F)
    expect(report.split('\n')[0]).toBe(`# ${F}: User auth (report)`)
    expect(report).toContain(`Read from state commit \`${snap.commit!.slice(0, 7)}\`; 6 event(s).`)
    expect(report).toContain('## Blocker history')
    expect(report).not.toContain('README.md')
    expect(exportFeature(snap, F)).toBe(report)
  })
})
