import { objectIdOf } from '../git/refs'
import type { Logger } from '../logger'
import type { OrchestratorEvent } from '../state/events'
import { readEventLog, type StateStore } from '../state/log'

/** Every readable event of the state branch (one `ls-tree` and one `cat-file --batch`); an unreadable file is a warning and left out. */
export async function readAllEvents(store: StateStore, logger: Logger): Promise<{ commit: string | null; events: OrchestratorEvent[] }> {
  const commit = await store.fetch()
  const tree = commit ? await objectIdOf(store.git, `${commit}:${store.layout.eventsDir}`) : null
  const events: OrchestratorEvent[] = []
  const problems = await readEventLog(store.git, store.layout, tree, (event) => void events.push(event))
  for (const p of problems) logger.warning(`unreadable event file ${p.path}: ${p.reason} (left out of the metrics)`)
  return { commit, events }
}
