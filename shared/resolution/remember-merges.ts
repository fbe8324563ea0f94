import type { Git } from '../git/git'
import type { Logger } from '../logger'
import { messageOf } from '../errors'
import { makeEvent, type OrchestratorEvent } from '../state/events'
import { learnResolutions } from './learn-resolutions'

/** Merge commits read per branch and run at most: the newest ones. */
export const MAX_MERGES_PER_RUN = 20

export interface RememberOptions {
  feature: string
  branch: string
  /** The branch's commit the state last saw (its branch-synced), or null: only the newest merges then. */
  from: string | null
  to: string
  actor: string
  time: Date
  logger: Logger
}

/**
 * `resolution-remembered` events for the merges that reached `branch` since
 * `from`: every conflict hunk of their parents that the merge resolved. A
 * merge that cannot be read is a warning; the others are still remembered.
 */
export async function rememberMerges(git: Git, o: RememberOptions): Promise<OrchestratorEvent[]> {
  const range = o.from && o.from !== o.to ? [`${o.from}..${o.to}`] : o.from ? [] : [o.to]
  if (!range.length) return []
  const merges = (await git.run(['rev-list', '--min-parents=2', '--max-parents=2', `--max-count=${MAX_MERGES_PER_RUN}`, ...range, '--']))
    .split('\n')
    .filter(Boolean)
  const events: OrchestratorEvent[] = []
  for (const commit of merges.reverse()) {
    try {
      for (const data of await learnResolutions(git, commit, o.branch))
        events.push(makeEvent('resolution-remembered', o.feature, data, { actor: o.actor, time: o.time }))
    } catch (error) {
      o.logger.warning(`could not read the resolutions of merge ${commit.slice(0, 12)} on ${o.branch}: ${messageOf(error)}`)
    }
  }
  return events
}
