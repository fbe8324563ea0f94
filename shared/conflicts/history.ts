import { GitError, InputError, messageOf } from '../errors'
import type { Git } from '../git/git'
import { fetchUnshallow, privateRef } from '../git/remote'
import type { Logger } from '../logger'
import { checkPlainGitName } from '../naming/validate'

export interface EnsureHistoryOptions {
  /** The remote to fetch from, e.g. `origin`. */
  remote: string
  /** Branch names (without `refs/heads/`) whose history the scan needs. */
  refs: readonly string[]
  logger: Logger
}

const ADVICE = 'set fetch-depth: 0 on actions/checkout (or run git fetch --unshallow) so merge bases can be found'

/**
 * Merge bases need history. A shallow clone (actions/checkout fetches one
 * commit by default) has none, so fetch the full history of the branches;
 * when that is impossible, fail with advice instead of reporting every pair
 * as unrelated.
 */
export async function ensureHistory(git: Git, options: EnsureHistoryOptions): Promise<{ fetched: boolean }> {
  if (!(await git.isShallow())) return { fetched: false }
  checkPlainGitName('remote', options.remote)
  for (const ref of options.refs) checkPlainGitName('branch', ref)
  // Into the same private refs the scan reads, never the user's refs/remotes/.
  const refspecs = options.refs.map((ref) => `+refs/heads/${ref}:${privateRef(ref)}`)
  options.logger.info(`This clone is shallow: fetching the full history of ${options.refs.length} branch(es) from ${options.remote}`)
  try {
    await fetchUnshallow(git, options.remote, refspecs)
  } catch (e) {
    const reason =
      (e instanceof GitError &&
        e.stderr
          .split('\n')
          .find((l) => l.startsWith('fatal:'))
          ?.slice(7)) ||
      messageOf(e)
    throw new InputError(
      `this clone is shallow and its history could not be fetched from ${JSON.stringify(options.remote)} (${reason}): ${ADVICE}`,
      { cause: e },
    )
  }
  if (await git.isShallow())
    throw new InputError(`this clone is still shallow after fetching from ${JSON.stringify(options.remote)}: ${ADVICE}`)
  return { fetched: true }
}
