import type { Git } from '../../git/git'
import type { Logger } from '../../logger'
import { StateError } from '../../errors'
import { catFileBatch, type BatchResult } from '../../git/cat-file'
import { parseTree, type TreeEntry } from './git-objects'
import type { StateLayout } from './paths'
import { isOurProjection, parseStoredProjection } from '../projection/projection-io'
import { emptyProjection } from '../projection/projection'
import type { Projection } from '../projection/projection-types'
import { rebuildProjection } from './rebuild'

/** What one commit of the state branch holds, read with a single `cat-file --batch` (plus a rebuild when needed). */
export interface StateAtCommit {
  commit: string | null
  projection: Projection
  eventsTree: string | null
  /** True when projection.json was missing or out of date and was rebuilt from the events. */
  rebuilt: boolean
  /** True when the commit carries our marker (or, written before the marker, a projection.json of ours), or is no commit at all. */
  ours: boolean
  /** Entries of a folder at this commit (only folders asked for), or null. */
  listing(dir: string): TreeEntry[] | null
  /** The object at a path asked for, or undefined when missing. */
  object(path: string): BatchResult | undefined
  /** Reads more paths (one more `cat-file --batch`), e.g. every feature's folder after a rebuild. */
  load(paths: readonly string[]): Promise<void>
}

export function objectName(commit: string, path: string): string {
  return path === '' ? `${commit}^{tree}` : `${commit}:${path}`
}

/**
 * Loads the projection at `commit` and the given folders and paths. The
 * stored projection is trusted only if it was computed from exactly the
 * events folder that is there (same tree id): otherwise (a hand edit, a merge
 * made in GitHub's UI) it is rebuilt from the events, loudly.
 */
/** What a read of the same commit found already: its projection is taken as it is (no second parse and check). */
export type KnownState = Pick<StateAtCommit, 'commit' | 'projection' | 'eventsTree' | 'rebuilt' | 'ours'>

export async function loadStateAt(
  git: Git,
  layout: StateLayout,
  logger: Logger,
  commit: string | null,
  paths: readonly string[] = [],
  known?: KnownState,
): Promise<StateAtCommit> {
  if (!commit) {
    const nothing = async () => {}
    return {
      commit,
      projection: emptyProjection(),
      eventsTree: null,
      rebuilt: false,
      ours: true,
      listing: () => null,
      object: () => undefined,
      load: nothing,
    }
  }
  const reuse = known?.commit === commit ? known : undefined
  const wanted = [
    ...new Set([...(reuse ? [] : [layout.projectionPath, layout.projectionDigestPath, layout.markerPath]), layout.eventsDir, ...paths]),
  ]
  const results = await catFileBatch(
    git,
    wanted.map((p) => objectName(commit, p)),
  )
  const byPath = new Map<string, BatchResult>()
  wanted.forEach((p, i) => byPath.set(p, results[i]))
  const trees = new Map<string, TreeEntry[] | null>()
  const access = {
    load: async (paths: readonly string[]) => {
      const more = paths.filter((p) => !byPath.has(p))
      const found = await catFileBatch(
        git,
        more.map((p) => objectName(commit, p)),
      )
      more.forEach((p, i) => byPath.set(p, found[i]))
    },
    object: (path: string) => {
      const r = byPath.get(path)
      return r && !r.missing ? r : undefined
    },
    listing: (dir: string) => {
      if (!trees.has(dir)) {
        // A folder we did not read would be rebuilt empty, dropping its files: refuse.
        if (!byPath.has(dir)) throw new StateError(`internal error: folder "${dir}" of the state branch was not loaded`)
        const r = byPath.get(dir)
        trees.set(dir, r && !r.missing && r.type === 'tree' ? parseTree(r.content, r.oid.length) : null)
      }
      return trees.get(dir)!
    },
  }
  if (reuse) return { ...reuse, commit, ...access }
  const events = byPath.get(layout.eventsDir)!
  if (!events.missing && events.type !== 'tree')
    throw new StateError(`"${layout.eventsDir}" on the state branch is a ${events.type}, not a folder`)
  const eventsTree = events.missing ? null : events.oid
  const stored = byPath.get(layout.projectionPath)!
  const digest = byPath.get(layout.projectionDigestPath)!
  const marker = byPath.get(layout.markerPath)!
  const storedBytes = stored.missing ? null : stored.content
  const ours = (!marker.missing && marker.type === 'blob') || isOurProjection(storedBytes)
  const { projection: parsed, reason } = parseStoredProjection(storedBytes, digest.missing ? null : digest.content)
  let projection = parsed
  let rebuilt = false
  if (!projection || projection.eventsTree !== eventsTree) {
    if (eventsTree || (storedBytes && !projection)) {
      const why = projection ? 'out of date (the events folder changed outside agent-orchestrator)' : reason
      logger.warning(`${layout.projectionPath} at ${commit.slice(0, 12)} is ${why}: rebuilding it from all events`)
    }
    projection = await rebuildProjection(git, layout, eventsTree)
    rebuilt = true
  }
  for (const p of projection.problems)
    logger.warning(`unreadable event file ${p.path}: ${p.reason} (kept as it is; fix or remove it by hand)`)
  return { commit, projection, eventsTree, rebuilt, ours, ...access }
}
