import { catFileBatch } from '../../git/cat-file'
import type { Git } from '../../git/git'
import { parseStoredProjection } from '../projection/projection-io'
import type { Projection } from '../projection/projection-types'
import { normalizeRoot, StateLayout } from './paths'
import { privateStateRef } from './remote-branch'

/** What the state branch said when it was last fetched here. */
export interface StateAsFetched {
  commit: string
  /** Null when the stored projection cannot be trusted as it is (then `reason` says why). */
  projection: Projection | null
  reason: string
}

/**
 * The stored projection of the state branch as it was last fetched into this
 * clone (its private ref, `refs/orchestrator/remote-state/...`), without a
 * network call and without a rebuild: for the PreToolUse hook, whose budget
 * has room for neither (one rev-parse and one cat-file batch, and none of the
 * event fold in its bundle). Null when nothing here has fetched the state yet;
 * a projection its digest does not vouch for, or one that is behind its events
 * folder, is not used (the reason says so; a command that reads the state
 * through the store rebuilds it).
 */
export async function projectionAsFetched(git: Git, remote: string, branch: string, root?: string): Promise<StateAsFetched | null> {
  const commit = await git.resolveCommit(privateStateRef(remote, branch))
  if (!commit) return null
  const layout = new StateLayout(normalizeRoot(root))
  const [stored, digest, events] = await catFileBatch(
    git,
    [layout.projectionPath, layout.projectionDigestPath, layout.eventsDir].map((p) => `${commit}:${p}`),
  )
  const parsed = parseStoredProjection(stored!.missing ? null : stored!.content, digest!.missing ? null : digest!.content)
  const eventsTree = events!.missing ? null : events!.oid
  if (parsed.projection && parsed.projection.eventsTree !== eventsTree)
    return { commit, projection: null, reason: 'behind its events folder (changed outside agent-orchestrator)' }
  return { commit, projection: parsed.projection, reason: parsed.reason }
}
