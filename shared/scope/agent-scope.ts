import type { TasksDocument } from '../tasks'
import { TaskIndex } from './task-index'
import { scopePath, type IgnoredPath, type ScopePath } from './task-paths'

/** The implementor whose scope is asked about. */
export interface AgentIdentity {
  spec: string
  /** Its branch, e.g. `feature/004-user-auth/impl-2`. */
  branch: string
  /** n of impl-n. */
  index?: number
}

/** What the scope is computed from; every field comes from a place the agent cannot edit (but `references`, its own commits). */
export interface ScopeSources {
  /** The feature's tasks.md from a trusted commit (the overseer branch or the pull request's base); null when it has none. */
  doc: TasksDocument | null
  /** Task id → the agent `task-assigned` events gave it (a branch or `impl-n`). */
  assigned: Record<string, string>
  /** Task id → the agent whose commit last reported it (to name who works on a file nobody was given). */
  reported: Record<string, string>
  /** Task ids the agent's own commits referenced since it left the overseer branch. */
  references: string[]
  /** An agent's display name from a branch or name (`impl-2`). */
  nameOf?: (agent: string) => string
}

/** Where the agent's tasks came from: a plan (events or owner comments), its own commits, or nowhere. */
export type ScopeSource = 'assigned' | 'commits' | 'none'

export interface AgentScope {
  source: ScopeSource
  /** The agent's task ids, in file order. */
  tasks: string[]
  /** Those of its tasks that name no usable path: they add nothing to the scope. */
  pathless: string[]
  paths: { task: string; scope: ScopePath }[]
  /** Paths named by its tasks that were refused (`..`, absolute, control characters). */
  ignored: IgnoredPath[]
}

export interface TaskOwner {
  id: string
  /** The agent (display name) the task belongs to, when known. */
  agent?: string
  /** assigned: by a plan; reported: its commits mention the task. */
  how?: 'assigned' | 'reported'
}

/** The agent a task belongs to by the plan: a `task-assigned` event, else an owner comment in tasks.md. */
export function plannedOwner(sources: ScopeSources, id: string): string | undefined {
  return sources.assigned[id] ?? commentOwners(sources.doc).get(id)
}

const COMMENT_OWNERS = new WeakMap<TasksDocument, Map<string, string>>()

/** Task id → the agent its owner comment names, per document (computed once). */
function commentOwners(doc: TasksDocument | null): Map<string, string> {
  if (!doc) return new Map()
  let owners = COMMENT_OWNERS.get(doc)
  if (!owners) {
    owners = new Map(doc.tasks.flatMap((t) => (t.owner ? [[t.id, t.owner] as [string, string]] : [])))
    COMMENT_OWNERS.set(doc, owners)
  }
  return owners
}

export function isAgent(name: string | undefined, who: AgentIdentity): boolean {
  if (name === undefined) return false
  return name === who.branch || (who.index !== undefined && name === `impl-${who.index}`)
}

/**
 * The agent's tasks and the paths they name. Its tasks are those a plan gave
 * it (`task-assigned` events, then `<!-- owner: impl-n -->` comments); when a
 * plan gave it none, those its own commits referenced, leaving out tasks the
 * plan gave someone else. Only the paths tasks name constrain: a task naming
 * no file adds nothing, and an agent none of whose tasks names a file has no
 * scope at all (nothing is drift).
 */
export function agentScope(who: AgentIdentity, sources: ScopeSources): AgentScope {
  const doc = sources.doc
  const empty: AgentScope = { source: 'none', tasks: [], pathless: [], paths: [], ignored: [] }
  if (!doc) return empty
  let mine = doc.tasks.filter((t) => isAgent(plannedOwner(sources, t.id), who))
  let source: ScopeSource = 'assigned'
  if (mine.length === 0) {
    const referenced = new Set(sources.references)
    mine = doc.tasks.filter((t) => referenced.has(t.id) && plannedOwner(sources, t.id) === undefined)
    source = 'commits'
  }
  if (mine.length === 0) return empty
  const scope: AgentScope = { source, tasks: mine.map((t) => t.id), pathless: [], paths: [], ignored: [] }
  for (const t of mine) {
    let usable = 0
    for (const raw of t.paths) {
      const p = scopePath(raw)
      if ('reason' in p) scope.ignored.push({ task: t.id, path: raw, reason: p.reason })
      else {
        scope.paths.push({ task: t.id, scope: p })
        usable++
      }
    }
    if (usable === 0) scope.pathless.push(t.id)
  }
  return scope
}

/** Every task's usable paths, compiled once (globs are compiled by picomatch, which is not free). */
export function taskScopes(sources: ScopeSources): { id: string; scopes: ScopePath[] }[] {
  return (sources.doc?.tasks ?? []).map((t) => ({
    id: t.id,
    scopes: t.paths.map(scopePath).filter((p): p is ScopePath => !('reason' in p)),
  }))
}

/** The tasks (other than the agent's own) whose paths cover `path`, with whom each belongs to. */
export function ownersOf(
  path: string,
  who: AgentIdentity,
  scope: AgentScope,
  sources: ScopeSources,
  others: TaskIndex = new TaskIndex(taskScopes(sources).filter((t) => !scope.tasks.includes(t.id))),
): TaskOwner[] {
  const name = sources.nameOf ?? ((a: string) => a)
  return others.covering(path).map((id): TaskOwner => {
    const planned = plannedOwner(sources, id)
    const reported = sources.reported[id]
    if (planned !== undefined) return { id, agent: name(planned), how: 'assigned' }
    if (reported !== undefined && !isAgent(reported, who)) return { id, agent: name(reported), how: 'reported' }
    return { id }
  })
}
