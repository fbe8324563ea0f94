// `orchestrator metrics` on a scripted history (metrics-scripted.ts: every event at a known minute after 10:00):
// the numbers below are worked out by hand from the script, the arithmetic in the comments. The events are
// written to a real state branch and read back through git, as the command reads them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { InputError } from '../../shared/errors'
import { MemoryLogger } from '../../shared/logger'
import { computeMetrics, formatMetrics, parseSince, readAllEvents } from '../../shared/metrics'
import type { OrchestratorEvent } from '../../shared/state/events'
import { StateStore } from '../../shared/views'
import { cleanupTemp, makeRepo } from '../support/repo'
import { at, F, I1, I2, I3, scriptedHistory } from './metrics-scripted'

afterAll(cleanupTemp)

const MIN = 60
let events: OrchestratorEvent[]

beforeAll(async () => {
  const repo = await makeRepo()
  const store = new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() })
  await store.append(scriptedHistory())
  events = (await readAllEvents(store, new MemoryLogger())).events
}, 60_000)

describe('orchestrator metrics on a scripted history', () => {
  it('reads every event of the script back from the state branch', () => {
    expect(events).toHaveLength(scriptedHistory().length)
  })

  it('conflict lead time, resolved before a merge, and conflicts that reached a merge', () => {
    const m = computeMetrics(events, { feature: F })
    // C1 detected 0 (seen again at 10: same occurrence), resolved 30 → 30 min; C2 20 → 80: 60 min; C3 100 → 105: 5 min.
    // Sorted [5, 30, 60] min; nearest rank: median = ceil(0.5·3) = 2nd = 30 min, p90 = ceil(0.9·3) = 3rd = 60 min.
    expect(m.conflicts.leadTime).toEqual({ count: 3, medianSeconds: 30 * MIN, p90Seconds: 60 * MIN, maxSeconds: 60 * MIN })
    // C1 resolved at 30 < impl-1's first merge (PR #1 at 60); impl-2 merges at 240: before. C2 resolved at 80 > 60: not.
    // C3's first occurrence resolved at 105 < 240 (impl-2), impl-3 never merged: before. → 2.
    expect(m.conflicts.resolvedBeforeMerge).toBe(2)
    // C2 was open (20..80) when PR #1 of impl-1 merged at 60; C3's second occurrence (200, still open) when PR #2 of impl-2 merged at 240.
    // C1 (0..30) and C3's first (100..105) saw no merge of their branches while open. → 2.
    expect(m.conflicts.reachedMerge).toBe(2)
    expect(m.conflicts.reachedMergeList.map((r) => [r.pr, r.mergedAt])).toEqual(
      // Sorted by conflict id: impl-1×impl-3 (C2) before impl-2×impl-3 (C3).
      [
        [1, at(60)],
        [2, at(240)],
      ],
    )
  })

  it('task cycle time: assigned → first commit → done → merged', () => {
    const m = computeMetrics(events, { feature: F })
    // T001: assigned 5, first commit 15, done 35, merged 60 → 10, 20, 25 min; assigned → merged 55 min.
    // T002: assigned 5, first commit 30 (45 is later), done 120 (130 is later), merged 240 → 25, 90, 120 min; 235 min.
    // T003: no assignment, first commit 50, done 200, never merged → only first commit → done: 150 min.
    // T004: assigned, nothing else → no step.
    expect(m.tasks.assignedToFirstCommit).toEqual({ count: 2, medianSeconds: 10 * MIN, p90Seconds: 25 * MIN, maxSeconds: 25 * MIN })
    // [20, 90, 150]: median 2nd = 90, p90 3rd = 150.
    expect(m.tasks.firstCommitToDone).toEqual({ count: 3, medianSeconds: 90 * MIN, p90Seconds: 150 * MIN, maxSeconds: 150 * MIN })
    // [25, 120]: median ceil(1) = 1st = 25, p90 ceil(1.8) = 2nd = 120.
    expect(m.tasks.doneToMerged).toEqual({ count: 2, medianSeconds: 25 * MIN, p90Seconds: 120 * MIN, maxSeconds: 120 * MIN })
    expect(m.tasks.total).toEqual({ count: 2, medianSeconds: 55 * MIN, p90Seconds: 235 * MIN, maxSeconds: 235 * MIN })
  })

  it('PR time to merge', () => {
    // PR #1 opened 40, merged 60: 20 min; PR #2 opened 90 (updated 150), merged 240: 150 min; PR #3 never merged.
    expect(computeMetrics(events, { feature: F }).prTimeToMerge).toEqual({
      count: 2,
      medianSeconds: 20 * MIN,
      p90Seconds: 150 * MIN,
      maxSeconds: 150 * MIN,
    })
  })

  it('check pass rate and guard violations per agent, cost per done task', () => {
    const m = computeMetrics(events, { feature: F })
    const row = (agent: string) => m.agents.find((a) => a.agent === agent)
    // impl-1: runs at 12 (0 failed), 20 (2 failed), 33 (0 failed) → 2 of 3 = 0.6667; 1 violation;
    // usage 1 250 000 + 750 000 µ$ = $2.00; tokens 2 × (1000 + 500 + 200 + 3000) = 9400.
    expect(row(I1)).toEqual({
      agent: I1,
      checkRuns: 3,
      checksPassed: 2,
      checkPassRate: 0.6667,
      guardViolations: 1,
      costUsd: 2,
      tokens: 9400,
    })
    expect(row(I2)).toEqual({ agent: I2, checkRuns: 1, checksPassed: 1, checkPassRate: 1, guardViolations: 0, costUsd: 1, tokens: 4700 })
    expect(row(I3)).toEqual({
      agent: I3,
      checkRuns: 0,
      checksPassed: 0,
      checkPassRate: null,
      guardViolations: 2,
      costUsd: 0.5,
      tokens: 4700,
    })
    // The overseer's run has no branch: it counts under its role, 0 of 1.
    expect(row('overseer')).toMatchObject({ checkRuns: 1, checksPassed: 0, checkPassRate: 0 })
    expect(m.agents.map((a) => a.agent)).toEqual([I1, I2, I3, 'overseer'])
    // $2 + $1 + $0.50 = $3.50 over 3 done tasks (T001, T002, T003) = 3 500 000 / 3 = 1 166 666.67 → 1 166 667 µ$.
    expect(m.cost).toEqual({ totalUsd: 3.5, doneTasks: 3, perDoneTaskUsd: 1.166667 })
  })

  it('all features: the other feature’s conflict, PR and usage count too', () => {
    const m = computeMetrics(events)
    // 005-billing adds a conflict of 1 min (1 → 2) and a PR of 1 min (3 → 4), merged after that resolution.
    expect(m.conflicts.leadTime.count).toBe(4)
    expect(m.conflicts.resolvedBeforeMerge).toBe(3)
    expect(m.prTimeToMerge.count).toBe(3)
    // $3.50 + $10 over the same 3 done tasks: 13 500 000 / 3 = 4 500 000 µ$.
    expect(m.cost).toEqual({ totalUsd: 13.5, doneTasks: 3, perDoneTaskUsd: 4.5 })
  })

  it('--since counts only what ended at or after it', () => {
    const m = computeMetrics(events, { feature: F, since: parseSince('2026-03-01T11:30Z') }) // minute 90
    // Resolutions at 30, 80 out; 105 in (5 min, before any merge of impl-2 or impl-3).
    expect(m.conflicts.leadTime).toEqual({ count: 1, medianSeconds: 5 * MIN, p90Seconds: 5 * MIN, maxSeconds: 5 * MIN })
    expect(m.conflicts.resolvedBeforeMerge).toBe(1)
    // The merge at 60 is out; the one at 240 in.
    expect(m.conflicts.reachedMerge).toBe(1)
    // Steps ending at or after 90: T002 done 120 (90 min), T003 done 200 (150 min); T002 merged 240; no first commit after 90.
    expect(m.tasks.assignedToFirstCommit.count).toBe(0)
    expect(m.tasks.firstCommitToDone).toEqual({ count: 2, medianSeconds: 90 * MIN, p90Seconds: 150 * MIN, maxSeconds: 150 * MIN })
    expect(m.tasks.total).toEqual({ count: 1, medianSeconds: 235 * MIN, p90Seconds: 235 * MIN, maxSeconds: 235 * MIN })
    expect(m.prTimeToMerge.count).toBe(1)
    // Checks at 95 (overseer) and 125 (impl-2); no violation after 90; usage at 140 ($1) and 210 ($0.50) over 2 done tasks.
    expect(m.agents.map((a) => [a.agent, a.checkRuns, a.guardViolations, a.costUsd])).toEqual([
      [I2, 1, 0, 1],
      [I3, 0, 0, 0.5],
      ['overseer', 1, 0, 0],
    ])
    expect(m.cost).toEqual({ totalUsd: 1.5, doneTasks: 2, perDoneTaskUsd: 0.75 })
  })

  it('is deterministic: the same log in any order gives the same bytes, and "now" is the newest event', () => {
    const reversed = [...events].reverse()
    const shuffled = [...events].sort((a, b) => (a.key < b.key ? -1 : 1))
    const once = computeMetrics(events, { feature: F })
    for (const other of [reversed, shuffled]) {
      expect(JSON.stringify(computeMetrics(other, { feature: F }))).toBe(JSON.stringify(once))
      expect(formatMetrics(computeMetrics(other, { feature: F }))).toBe(formatMetrics(once))
    }
    expect(once.until).toBe(at(250))
  })

  it('--since takes a UTC date or time and nothing else (exit 2, the bad value quoted)', () => {
    expect(parseSince('2026-03-01')).toBe('2026-03-01T00:00:00.000Z')
    expect(parseSince('2026-03-01T11:30Z')).toBe('2026-03-01T11:30:00.000Z')
    expect(parseSince('2026-03-01T11:30:05.250Z')).toBe('2026-03-01T11:30:05.250Z')
    for (const bad of [
      'yesterday',
      '2026-02-30',
      '2026-13-01',
      '2026-03-01T24:00Z',
      '2026-03-01T10:00+02:00',
      '2026-3-1',
      '',
      ' 2026-03-01',
    ]) {
      let error: unknown
      try {
        parseSince(bad)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).exitCode).toBe(2)
      expect((error as Error).message).toContain(JSON.stringify(bad).slice(1, -1))
    }
  })

  it('the text names agents neutralized and says every figure', () => {
    const text = formatMetrics(computeMetrics(events, { feature: F }))
    expect(text).toContain('Conflict lead time (first detection → resolution): 3: median 30 min, p90 1 h, max 1 h')
    expect(text).toContain('resolved before either branch was merged: 2 of 3')
    expect(text).toContain('Cost: $3.50 for 3 done task(s): $1.17 per done task')
    expect(text).toContain(`${I1}: checks 2/3 (66.7 %), guard violations 1, $2.00, 9400 tokens`)
  })
})
