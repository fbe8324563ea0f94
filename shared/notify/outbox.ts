import type { Projection } from '../state/projection'
import type { AnnouncedEvent } from './facts'

/** One announcement in the outbox: the event it announces and which try this is (1 for the first). */
export interface OutboxEntry {
  feature: string
  event: string
  occurrence: number
}

/**
 * The outbox on the state branch, as the notifier sees it. Announcements that
 * failed are recorded as `notification-pending` events; a later run claims
 * them with `notification-claimed` events, whose key is the same for every
 * run, so the compare-and-swap lets exactly one racing run win each claim.
 */
export interface Outbox {
  /** Records claims; returns the keys of the events whose claim this run added (the ones it must send). */
  claim(entries: readonly OutboxEntry[]): Promise<Set<string>>
  /** Records announcements to send later, with why they were not sent now. */
  park(entries: readonly OutboxEntry[], reason: string): Promise<void>
  /** The stored event with this key, or null when it cannot be read. */
  read(feature: string, key: string): Promise<AnnouncedEvent | null>
}

/** Announcements a later run should send, oldest feature first; at most `limit`. */
export function pendingAnnouncements(projection: Projection, limit: number): OutboxEntry[] {
  const out: OutboxEntry[] = []
  for (const feature of Object.keys(projection.features).sort())
    for (const [event, occurrence] of Object.entries(projection.features[feature].outbox ?? {}).sort())
      if (out.length < limit) out.push({ feature, event, occurrence })
  return out
}
