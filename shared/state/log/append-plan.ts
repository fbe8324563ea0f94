import { InputError, StateError } from '../../errors'
import { projectionDigest } from '../projection/projection-io'
import type { Git } from '../../git/git'
import type { Logger } from '../../logger'
import { serializeEvent } from '../events/events'
import type { OrchestratorEvent } from '../events/event-schema'
import { commitContent, ObjectWriter } from './git-objects'
import type { StateLayout } from './paths'
import type { StateRenderer } from './renderer'
import { applyEvent, serializeProjection } from '../projection/projection'
import type { Projection, StateProblem } from '../projection/projection-types'
import { loadStateAt, type KnownState, type StateAtCommit } from './state-at-commit'
import { buildTree, foldersOf, parentDir, type TreeChange } from './tree-edit'
import { C0, charPattern } from '../../text/controls'

const CONTROL = charPattern([C0])

export interface AppendPlan {
  /** Events whose key is not on the branch yet. */
  added: OrchestratorEvent[]
  /** Events already on the branch (or repeated in the batch). */
  skipped: OrchestratorEvent[]
  /** Files the commit writes, sorted. */
  paths: string[]
  problems: StateProblem[]
  /** The state with the new events folded in: what the commit holds (or, in a dry run, would). */
  projection: Projection
  /** The new commit (absent in a dry run or when nothing is new). */
  commit?: string
}

export interface PlanContext {
  git: Git
  layout: StateLayout
  logger: Logger
  /** The views written with every append. */
  renderer: StateRenderer
  dryRun: boolean
  identity: { name: string; email: string }
  /** The repository's object format. */
  algorithm: 'sha1' | 'sha256'
  now: () => Date
  /**
   * Extra derived files to write in the same commit (paths relative to the
   * state root), computed from the projection with the new events applied, so
   * that a retry after a lost race re-derives them too (sync-status's tasks.md).
   */
  files?: (projection: Projection) => [string, string][]
  /**
   * The paths `files` gives, when known before the events are applied (relative to the state root, like them):
   * their folders are read with the rest of the commit's folders, not by a second `cat-file` once `files` ran.
   */
  filePaths?: readonly string[]
  /** Write on a branch that does not carry our marker (the user said so explicitly). */
  adoptForeign?: boolean
  /** The branch's name, for messages. */
  branch?: string
}

/**
 * One attempt of an append against the commit `head` we just read (`known`: what a read of
 * that commit found, its projection then changed in place rather than parsed again): find
 * which events are new, fold them into the stored projection, re-render the
 * views of the touched features and the dashboard, and write the objects and
 * a commit whose parent is `head`. Nothing is pushed here.
 */
export async function planAppend(
  ctx: PlanContext,
  head: string | null,
  events: readonly OrchestratorEvent[],
  known?: KnownState,
): Promise<AppendPlan> {
  const { git, layout } = ctx
  const eventPaths = events.map((e) => layout.eventPath(e.feature, e.key))
  const features = [...new Set(events.map((e) => e.feature))].sort()
  const touched = [
    ...eventPaths,
    layout.projectionPath,
    layout.dashboardPath,
    ...features.map((f) => layout.overseerViewPath(f)),
    ...ctx.renderer.siteFiles(layout, features),
    ...(ctx.filePaths ?? []).map((p) => layout.full(assertRelativePath(p))),
  ]
  const folders = new Set(touched.flatMap(foldersOf))
  const state = await loadStateAt(git, layout, ctx.logger, head, [...folders, ...eventPaths], known)
  assertOurs(state, layout, ctx)

  const added: OrchestratorEvent[] = []
  const skipped: OrchestratorEvent[] = []
  const problems: StateProblem[] = []
  const unreadable = new Map(state.projection.problems.map((p) => [p.path, p.reason]))
  events.forEach((event, i) => {
    if (!state.object(eventPaths[i])) {
      added.push(event)
      return
    }
    skipped.push(event)
    const reason = unreadable.get(eventPaths[i])
    if (reason) {
      // Never overwrite: the file may hold someone's only copy of a fact.
      const problem = {
        path: eventPaths[i],
        reason: `event ${event.kind} ${event.key} was not recorded: the file already at its path is unreadable (${reason})`,
      }
      ctx.logger.warning(`${problem.path}: ${problem.reason}; fix or remove that file by hand`)
      problems.push(problem)
    }
  })
  const projection = state.projection
  if (added.length === 0) return { added, skipped, paths: [], problems, projection }

  for (const event of added) applyEvent(projection, event)
  // After a rebuild every view may be stale, not only those of the new events' features; and a branch
  // written before the web dashboard existed gets every page of it on its first write.
  const index = ctx.renderer.siteFiles(layout, [])[0]
  const renderAll = state.rebuilt || (head !== null && !state.listing(parentDir(index))?.some((e) => index.endsWith(`/${e.name}`)))
  const rendered = renderAll ? Object.keys(projection.features) : added.map((e) => e.feature)
  if (renderAll)
    await state.load([...rendered.map((f) => layout.overseerViewPath(f)), ...ctx.renderer.siteFiles(layout, rendered)].flatMap(foldersOf))
  const extra = (ctx.files?.(projection) ?? []).map(([p, content]): [string, string] => [layout.full(assertRelativePath(p)), content])
  if (extra.length) await state.load(extra.flatMap(([p]) => foldersOf(p)))
  const views = [...ctx.renderer.render(projection, layout, rendered), ...extra]
  const addedPaths = added.map((e) => layout.eventPath(e.feature, e.key))
  const paths = [...addedPaths, layout.projectionPath, layout.projectionDigestPath, ...views.map(([p]) => p)].sort()
  if (ctx.dryRun) return { added, skipped, paths, problems, projection }

  const writer = new ObjectWriter(git, ctx.algorithm)
  const eventChanges = addedPaths.map((path, i): TreeChange => ({
    path,
    mode: '100644',
    type: 'blob',
    oid: writer.add('blob', serializeEvent(added[i])),
  }))
  const eventsTree = buildTree(writer, state.listing, eventChanges, layout.eventsDir)
  projection.eventsTree = eventsTree
  const serialized = serializeProjection(projection)
  const rootChanges: TreeChange[] = [
    { path: layout.eventsDir, mode: '40000', type: 'tree', oid: eventsTree },
    { path: layout.projectionPath, mode: '100644', type: 'blob', oid: writer.add('blob', serialized) },
    { path: layout.projectionDigestPath, mode: '100644', type: 'blob', oid: writer.add('blob', projectionDigest(serialized)) },
    { path: layout.markerPath, mode: '100644', type: 'blob', oid: writer.add('blob', STATE_MARKER) },
    ...views.map(([path, content]): TreeChange => ({ path, mode: '100644', type: 'blob', oid: writer.add('blob', content) })),
  ]
  const tree = buildTree(writer, state.listing, rootChanges, '')
  const commit = writer.add(
    'commit',
    commitContent({
      tree,
      parents: head ? [head] : [],
      identity: ctx.identity,
      seconds: Math.floor(ctx.now().getTime() / 1000),
      message: commitMessage(added),
    }),
  )
  await writer.flush()
  return { added, skipped, paths, problems, projection, commit }
}

/**
 * A branch that is not ours (a code branch named by mistake) is never written: its README would be
 * overwritten. `state-branch: current` keeps everything under its own folder, so it is exempt.
 */
export function assertOurs(
  state: Pick<StateAtCommit, 'ours' | 'commit'>,
  layout: StateLayout,
  ctx: Pick<PlanContext, 'adoptForeign' | 'branch'>,
): void {
  if (state.ours || layout.root !== '' || ctx.adoptForeign) return
  throw new InputError(
    `state-branch ${JSON.stringify(ctx.branch ?? '')} exists but is not an agent-orchestrator state branch (no ${layout.markerPath} or projection.json of ours at ${state.commit?.slice(0, 12)}); nothing was written. Name another state branch, or set adopt-state-branch: true (--adopt-state-branch) to record on it anyway`,
  )
}

/** The marker file's content: what the branch is, for whoever finds it. */
export const STATE_MARKER =
  'This branch (or folder) holds the event log of agent-orchestrator. It is written only by agent-orchestrator; see its README.\n'

function assertRelativePath(path: string): string {
  const parts = path.split('/')
  if (
    !path ||
    path.startsWith('/') ||
    parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git') ||
    CONTROL.test(path)
  ) {
    throw new StateError(`internal: derived state file path ${JSON.stringify(path)} is not a plain relative path`)
  }
  return path
}

/** `orchestrator: <n> event(s) (<kinds>) for <features>`: bounded, and no user text beyond validated spec ids. */
export function commitMessage(events: readonly OrchestratorEvent[]): string {
  const kinds = [...new Set(events.map((e) => e.kind))].sort()
  const features = [...new Set(events.map((e) => e.feature))].sort()
  const shown = features.slice(0, 5).join(', ') + (features.length > 5 ? ` and ${features.length - 5} more` : '')
  return `orchestrator: ${events.length} event(s) (${kinds.join(', ')}) for ${shown}`
}
