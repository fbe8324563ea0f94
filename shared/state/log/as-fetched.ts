import type { Git } from '../../git/git'
import type { Logger } from '../../logger'
import type { Projection } from '../projection/projection-types'
import { normalizeRoot, StateLayout } from './paths'
import { privateStateRef } from './remote-branch'
import { loadStateAt } from './state-at-commit'

/**
 * The projection as the state branch was last fetched into this clone (its
 * private ref, `refs/orchestrator/remote-state/...`), without a network call:
 * for the PreToolUse hook, whose budget has no room for a fetch. Null when no
 * command here has fetched the state yet. One rev-parse and one cat-file batch.
 */
export async function projectionAsFetched(
  git: Git,
  remote: string,
  branch: string,
  logger: Logger,
  root?: string,
): Promise<{ commit: string; projection: Projection } | null> {
  const commit = await git.resolveCommit(privateStateRef(remote, branch))
  if (!commit) return null
  const state = await loadStateAt(git, new StateLayout(normalizeRoot(root)), logger, commit)
  return { commit, projection: state.projection }
}
