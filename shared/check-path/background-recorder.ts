import { messageOf } from '../errors'
import type { Logger } from '../logger'
import { locate } from './check-path'
import { logHookProblem } from './hook'
import { recordPending } from './record-pending'

/**
 * The detached recorder (`check-path --record-pending`): records the queued conflict-predicted events.
 * It has no terminal, so a failure also goes to check-path.log (its events stay queued for a retry).
 */
export async function runBackgroundRecorder(
  cwd: string,
  remote: string,
  logger: Logger,
  configPath: string | undefined,
  now: Date,
): Promise<number> {
  const located = await locate(cwd)
  try {
    return await recordPending(located, remote, logger, configPath)
  } catch (error) {
    logHookProblem(located, `${now.toISOString()} check-path recorder: ${messageOf(error)}`)
    throw error
  }
}
