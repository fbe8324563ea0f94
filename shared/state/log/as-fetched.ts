import { catFileBatch } from '../../git/cat-file'
import { listRefs } from '../../git/refs'
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
 * clone (our private ref, `refs/orchestrator/remote-state/...`, or git's
 * `refs/remotes/<remote>/<branch>` when that is newer or alone: a fresh clone
 * has the state without any command of ours having fetched it), without a
 * network call and without a rebuild: for the PreToolUse hook, whose budget
 * has room for neither (one for-each-ref and one cat-file batch, and none of the
 * event fold in its bundle). Null when nothing here has fetched the state yet;
 * a projection its digest does not vouch for, or one that is behind its events
 * folder, is not used (the reason says so; a command that reads the state
 * through the store rebuilds it).
 */
export async function projectionAsFetched(git: Git, remote: string, branch: string, root?: string): Promise<StateAsFetched | null> {
  const commit = await newestFetched(git, remote, branch)
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

/**
 * The newer of the two fetched copies of the state branch: ours (private ref) and git's remote-tracking ref.
 * The branch only grows (compare-and-swap appends), so the descendant is the newer; one more git call, only
 * when both exist and differ.
 */
async function newestFetched(git: Git, remote: string, branch: string): Promise<string | null> {
  const refs = [privateStateRef(remote, branch), `refs/remotes/${remote}/${branch}`]
  // One for-each-ref for both (the hook's budget): `<refname> <object>` per ref that exists.
  const found = new Map<string, string>()
  for (const line of (await listRefs(git, '%(refname) %(objectname)', refs)).split('\n')) {
    const at = line.lastIndexOf(' ')
    if (at > 0) found.set(line.slice(0, at), line.slice(at + 1))
  }
  const [ours, tracking] = refs.map((r) => found.get(r) ?? null)
  if (!ours || !tracking || ours === tracking) return ours ?? tracking ?? null
  return (await git.isAncestor(ours, tracking)) ? tracking : ours
}
