import type { OrchestratorEvent } from '../events/event-schema'
import { usageOf } from '../events/usage'
import type { FeatureProjection, TrendState } from './projection-types'

/**
 * What the dashboard's charts need of the past, folded like the rest of the
 * projection: minimums and sums, so any order of the same events gives the
 * same state, and bounded by the feature's tasks, its registrations and the
 * hours in which something happened, never by the number of events.
 */

/** The upper bounds (seconds, exclusive) of the lead-time buckets; the last bucket has none. */
export const LEAD_TIME_BOUNDS = [15 * 60, 3600, 4 * 3600, 86400, 3 * 86400] as const
export const LEAD_TIME_LABELS = ['< 15 min', '15–60 min', '1–4 h', '4–24 h', '1–3 d', '≥ 3 d'] as const

/** The UTC hour of a canonical ISO time, `2026-03-01T10`: the step of the conflict and cost series. */
export const hourOf = (time: string) => time.slice(0, 13)

/** The bucket of a lifetime in seconds (an index into LEAD_TIME_LABELS). */
export function leadTimeBucket(seconds: number): number {
  const i = LEAD_TIME_BOUNDS.findIndex((bound) => seconds < bound)
  return i < 0 ? LEAD_TIME_BOUNDS.length : i
}

export function emptyTrends(): TrendState {
  const dict = <T>() => Object.create(null) as Record<string, T>
  return { firstDone: dict(), scope: dict(), began: dict(), ended: dict(), leadTimes: dict(), cost: dict() }
}

const add = (record: Record<string, number>, key: string, n: number) => void (record[key] = (record[key] ?? 0) + n)

/** Folds one new event into the feature's trends (called by applyEvent for every event). */
export function applyTrends(feature: FeatureProjection, event: OrchestratorEvent, stamp: string): void {
  const trends = () => (feature.trends ??= emptyTrends())
  switch (event.kind) {
    case 'feature-registered':
      trends().scope[stamp] = event.data.tasks?.length ?? 0
      return
    case 'task-updated': {
      if (event.data.state !== 'done') return
      const first = trends().firstDone
      if (!(first[event.data.taskId] <= event.time)) first[event.data.taskId] = event.time
      return
    }
    case 'conflict-resolved': {
      const t = trends()
      add(t.began, hourOf(event.data.detectedAt), 1)
      add(t.ended, hourOf(event.time), 1)
      add(t.leadTimes, String(leadTimeBucket(event.data.lifetimeSeconds)), 1)
      return
    }
    default: {
      const usage = usageOf(event)
      if (!usage || usage.costMicroUsd === 0) return
      const cost = trends().cost
      add((cost[usage.agent] ??= Object.create(null) as Record<string, number>), hourOf(event.time), usage.costMicroUsd)
    }
  }
}
