// The projection's trends (what the dashboard's charts draw) are a function of the set of events: any order
// folds to the same bytes; they survive the stored projection's shape check, and a malformed one is refused.
import { describe, expect, it } from '@jest/globals'
import { applyEvent, checkProjection, emptyProjection, serializeProjection } from '../../shared/state/projection'
import type { OrchestratorEvent } from '../../shared/state/events'
import { at, F, I1, I2, I3, scriptedHistory } from '../metrics/metrics-scripted'

const fold = (events: OrchestratorEvent[]) => {
  const p = emptyProjection()
  for (const e of events) applyEvent(p, e)
  return p
}

describe('projection trends', () => {
  it('fold to the same bytes in any order of the same events', () => {
    const events = scriptedHistory()
    const once = serializeProjection(fold(events))
    expect(serializeProjection(fold([...events].reverse()))).toBe(once)
    expect(serializeProjection(fold([...events].sort((a, b) => (a.key < b.key ? -1 : 1))))).toBe(once)
  })

  it('keep what the script says: first done per task, registrations, hourly conflicts and cost, lead-time buckets', () => {
    const t = fold(scriptedHistory()).features[F].trends!
    // T002 was reported done at 120 and 130: the first counts.
    expect({ ...t.firstDone }).toEqual({ T001: at(35), T002: at(120), T003: at(200) })
    expect(Object.values(t.scope)).toEqual([4])
    // Resolved occurrences: C1 10:00→10:30, C2 10:20→11:20, C3 11:40→11:45.
    expect({ ...t.began }).toEqual({ '2026-03-01T10': 2, '2026-03-01T11': 1 })
    expect({ ...t.ended }).toEqual({ '2026-03-01T10': 1, '2026-03-01T11': 2 })
    // 5 min → bucket 0, 30 min → 1, 60 min → 2 (1–4 h).
    expect({ ...t.leadTimes }).toEqual({ '0': 1, '1': 1, '2': 1 })
    // impl-1: 1 250 000 at 10:30 and 750 000 at 10:58, the same hour.
    expect(JSON.parse(JSON.stringify(t.cost))).toEqual({
      [I1]: { '2026-03-01T10': 2_000_000 },
      [I2]: { '2026-03-01T12': 1_000_000 },
      [I3]: { '2026-03-01T13': 500_000 },
    })
  })

  it('pass the stored projection’s shape check, and a malformed one is refused (the caller rebuilds)', () => {
    const stored = JSON.parse(serializeProjection(fold(scriptedHistory())))
    expect('projection' in checkProjection(stored)).toBe(true)
    stored.features[F].trends.cost = 'lots'
    expect(checkProjection(stored)).toEqual({ problem: expect.stringContaining('trends.cost is not an object') })
  })
})
