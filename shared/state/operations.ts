import { InputError } from '../errors'
import { EVENT_KINDS, type EventDataByKind, type EventKind, type OrchestratorEvent, type RegisteredTask } from './events/event-schema'
import { conflictId } from './events/conflict-pair'
import { makeEvent } from './events/events'
import type { EventSummary } from './projection/projection-types'
import { openBlockers, openConflicts } from './projection/queries'
import type { AppendResult, StateStore } from './log/store'

/**
 * What `orchestrator events …` and the actions call. Each recording
 * operation builds validated events and appends them; each query works on a
 * snapshot from `store.read()`.
 */

export interface Recorded {
  /** Who records: a workflow, `cli`, an agent's branch. */
  actor: string
  /** When the fact happened; default now. */
  time?: Date | string
}

export async function addFeature(
  store: StateStore,
  input: Recorded & { spec: string; name: string; baseBranch?: string; tasks?: RegisteredTask[]; tasksFile?: string },
): Promise<AppendResult> {
  const { actor, time, spec, ...rest } = input
  return append(store, makeEvent('feature-registered', spec, { spec, ...rest }, { actor, time }))
}

/**
 * Records an event of any kind from user input: `data` is a JSON text or an
 * object; bad JSON, an unknown kind or a bad field is an InputError saying which.
 */
export async function logEvent(
  store: StateStore,
  input: { kind: string; feature: string; agent?: string; data: unknown; time?: Date | string },
  /** Appends instead of a plain append, for kinds that need more checks or derived files (task-updated). */
  appendWith?: (event: OrchestratorEvent) => Promise<AppendResult>,
): Promise<AppendResult> {
  if (!(EVENT_KINDS as readonly string[]).includes(input.kind)) {
    throw new InputError(`event kind ${JSON.stringify(input.kind)} is not known: expected one of ${EVENT_KINDS.join(', ')}`)
  }
  let data = input.data
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data)
    } catch (cause) {
      throw new InputError(`the data of the ${input.kind} event is not valid JSON: ${(cause as Error).message}`)
    }
  }
  const kind = input.kind as EventKind
  const event = makeEvent(kind, input.feature, data as EventDataByKind[EventKind], { actor: input.agent ?? 'cli', time: input.time })
  return appendWith ? appendWith(event as OrchestratorEvent) : append(store, event as OrchestratorEvent)
}

/**
 * The newest `n` events (of one feature, or all), newest first, up to the size of the log:
 * from the projection's recent list when it holds them, else from the event files.
 */
export async function recentEvents(store: StateStore, n: number, feature?: string): Promise<EventSummary[]> {
  if (!Number.isSafeInteger(n) || n < 1)
    throw new InputError(`the number of events ${JSON.stringify(n)} is not a whole number of at least 1`)
  const { projection } = await store.read()
  const list = feature === undefined ? projection.recent : (projection.features[feature]?.recent ?? [])
  const total = feature === undefined ? projection.eventCount : (projection.features[feature]?.eventCount ?? 0)
  if (n <= list.length || list.length >= total) return list.slice(0, n)
  return store.recentFromLog(n, feature)
}

/**
 * Records a conflict logged by hand. It is `manual`: scans never resolve it
 * (they cannot see a semantic conflict), only `resolveConflict` does. Logging
 * it again after it was resolved records a new occurrence.
 */
export async function logConflict(
  store: StateStore,
  input: Recorded & { feature: string } & Omit<EventDataByKind['conflict-detected'], 'manual' | 'messages'>,
): Promise<AppendResult> {
  const { actor, time, feature, ...data } = input
  const snapshot = await store.read()
  const state = snapshot.projection.features[feature]?.conflicts[conflictId(feature, data.left, data.right)]
  const open = (state?.openSince.length ?? 0) > 0
  const resolutions = state?.resolutions ?? 0
  // While the conflict is open the same fact is the same event; after a resolution it happens again.
  const occurrence = !open && resolutions > 0 ? { occurrence: resolutions + 1 } : {}
  return append(store, makeEvent('conflict-detected', feature, { ...data, manual: true, ...occurrence }, { actor, time }))
}

/**
 * Marks the open conflict `id` (as shown by `status`) resolved, by hand. A
 * scan that still sees the pair conflict opens it again (a new occurrence).
 */
export async function resolveConflict(store: StateStore, id: string, options: Recorded): Promise<AppendResult> {
  const snapshot = await store.read()
  const open = openConflicts(snapshot.projection)
  const conflict = open.find((c) => c.id === id)
  if (!conflict) {
    throw new InputError(
      `no open conflict has the id ${JSON.stringify(id)} (open: ${open.length ? open.map((c) => c.id).join(', ') : 'none'})`,
    )
  }
  const now = options.time === undefined ? new Date() : new Date(options.time)
  const lifetimeSeconds = Math.max(0, Math.floor((now.getTime() - Date.parse(conflict.detectedAt)) / 1000))
  const data = { left: conflict.left, right: conflict.right, detectedAt: conflict.detectedAt, lifetimeSeconds, reason: 'resolved by hand' }
  return append(store, makeEvent('conflict-resolved', conflict.feature, data, { actor: options.actor, time: now }))
}

/**
 * Raises a blocker. Raising one that is open with the same reason and agent changes nothing;
 * otherwise it is the blocker's next occurrence (see OCCURRENCE_FIELD): a blocker can be
 * raised again after it was cleared, any number of times, and a re-run records nothing new.
 */
export async function raiseBlocker(
  store: StateStore,
  input: Recorded & { feature: string; id: string; reason: string; agent?: string },
): Promise<AppendResult> {
  const { actor, time, feature, ...data } = input
  const blocker = (await store.read()).projection.features[feature]?.blockers[data.id]
  const open = blocker?.raised && (!blocker.cleared || blocker.raised.stamp > blocker.cleared.stamp)
  if (open && blocker.raised!.reason === data.reason && blocker.raised!.agent === data.agent) return unchanged(store)
  const occurrence = (blocker?.raisedCount ?? 0) + 1
  return append(store, makeEvent('blocker-raised', feature, { ...data, ...occurrenceOf(occurrence) }, { actor, time }))
}

function occurrenceOf(n: number): { occurrence?: number } {
  return n >= 2 ? { occurrence: n } : {}
}

/** An append that found nothing to record: the state as it is. */
async function unchanged(store: StateStore): Promise<AppendResult> {
  return store.append([])
}

/** Clears an open blocker; clearing one that is not open is an InputError listing the open ones. */
export async function clearBlocker(
  store: StateStore,
  input: Recorded & { feature: string; id: string; note?: string },
): Promise<AppendResult> {
  const { actor, time, feature, ...data } = input
  const snapshot = await store.read()
  const f = snapshot.projection.features[feature]
  const open = f ? openBlockers(f).map((b) => b.id) : []
  // Clearing again what is already cleared (with the same note) is a re-run: nothing new.
  const last = f?.blockers[data.id]?.cleared
  if (!open.includes(data.id) && last && last.note === data.note) return unchanged(store)
  if (!open.includes(data.id)) {
    throw new InputError(
      `feature ${JSON.stringify(feature)} has no open blocker ${JSON.stringify(data.id)} (open: ${open.length ? open.join(', ') : 'none'})`,
    )
  }
  const occurrence = (f?.blockers[data.id]?.clearedCount ?? 0) + 1
  return append(store, makeEvent('blocker-cleared', feature, { ...data, ...occurrenceOf(occurrence) }, { actor, time }))
}

async function append(store: StateStore, event: OrchestratorEvent): Promise<AppendResult> {
  return store.append([event])
}

export { openConflicts, lastSyncedSha } from './projection/queries'
