import type { RunContext } from '../context'
import { makeEvent, parseEvent, type OrchestratorEvent } from '../state/events'
import type { StateStore } from '../views'

/** One announcement in the outbox (the notify capability's OutboxEntry, restated: the frame imports no capability). */
interface Entry {
  feature: string
  event: string
  occurrence: number
}

/**
 * The webhook outbox kept as events on the state branch: `park` records
 * announcements a run could not send, `claim` takes them for sending. A
 * claim's key is the same whichever run makes it, so when runs race, the
 * compare-and-swap adds each claim once and only its adder sends.
 */
export function stateOutbox(store: StateStore, ctx: RunContext, commit: string | null) {
  const stamp = () => ({ actor: ctx.actor, time: ctx.now() })
  const again = (e: Entry) => (e.occurrence > 1 ? { occurrence: e.occurrence } : {})
  return {
    async claim(entries: readonly Entry[]): Promise<Set<string>> {
      const claims = entries.map((e) => makeEvent('notification-claimed', e.feature, { event: e.event, ...again(e) }, stamp()))
      const result = await store.append(claims)
      return new Set(result.pushed ? result.added.map((e) => (e.data as { event: string }).event) : [])
    },
    async park(entries: readonly Entry[], reason: string): Promise<void> {
      await store.append(
        entries.map((e) =>
          makeEvent('notification-pending', e.feature, { event: e.event, reason: reason || 'not sent', ...again(e) }, stamp()),
        ),
      )
    },
    async read(feature: string, key: string): Promise<OrchestratorEvent | null> {
      if (!commit) return null
      const path = store.layout.eventPath(feature, key)
      try {
        return parseEvent(await store.git.readBlob(`${commit}:${path}`), path)
      } catch {
        return null
      }
    },
  }
}
