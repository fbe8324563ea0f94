import { readConfig } from '../config/config-source'
import { Git } from '../git/git'
import type { Logger } from '../logger'
import { makeEvent } from '../state/events'
import { StateStore } from '../views'
import type { Located } from './check-path'
import { predictedFile, readPredicted, writePredicted } from './predicted'

/**
 * The recorder: appends every pending event (conflict-predicted, brief-delivered) through the store (compare and
 * swap; a fact already there is not added again), then marks them recorded.
 * On failure they stay pending, so a later warning retries them.
 */
export async function recordPending(located: Located, remote: string, logger: Logger, configPath?: string): Promise<number> {
  const path = predictedFile(located)
  const pending = readPredicted(path).pending
  const keys = Object.keys(pending)
  if (keys.length === 0) return 0
  const config = await readConfig({ kind: 'work-tree', path: configPath }, { cwd: located.toplevel })
  if (config.state.branch === 'current') return 0
  const events = keys.map((k) => {
    const p = pending[k]!
    const stamp = { actor: p.actor, time: p.time }
    return p.kind === 'brief-delivered'
      ? makeEvent('brief-delivered', p.feature, p.data, stamp)
      : makeEvent('conflict-predicted', p.feature, p.data, stamp)
  })
  const store = new StateStore({ git: await Git.open(located.toplevel), remote, branch: config.state.branch, logger })
  const result = await store.append(events)
  // Re-read: a hook may have queued more while this ran; only what was appended leaves `pending`.
  const after = readPredicted(path)
  const stamp = new Date().toISOString()
  for (const k of keys) {
    delete after.pending[k]
    after.recorded[k] = stamp
  }
  writePredicted(path, after)
  return result.added.length
}
