import { agentScope, ownersOf, taskScopes, type AgentIdentity, type AgentScope, type ScopeSources, type TaskOwner } from './agent-scope'
import { TaskIndex } from './task-index'
import { allowMatcher, isCompanionTest } from './task-paths'

/** A changed (or about to be changed) path outside the agent's scope. */
export interface DriftFile {
  path: string
  /** The other tasks whose paths cover it, and whom they belong to; empty when no task names it. */
  owners: TaskOwner[]
}

export interface ScopeCheck {
  scope: AgentScope
  drift: DriftFile[]
  /** Why nothing can drift, when the agent has no scope (no tasks.md, no tasks, no task naming a path). */
  unbounded?: string
}

/** The rules the check applies beyond the tasks' own paths. */
export interface DriftRules {
  /** The config's `scope.allow` globs. */
  allow: readonly string[]
  /** The config's `scope.companion-tests`. */
  companionTests: boolean
  /** The feature's tasks.md: spec-kit's implement step ticks it, so changing it is never drift. */
  tasksFile?: string
}

/**
 * Which of `paths` lie outside every path the agent's tasks name, after the
 * always-allowed ones: the feature's tasks.md, the config's `scope.allow`
 * globs, and (with `companion-tests`) a test file beside a file in scope.
 * Sorted, each path once.
 */
export function scopeDrift(paths: readonly string[], who: AgentIdentity, sources: ScopeSources, rules: DriftRules): ScopeCheck {
  const scope = agentScope(who, sources)
  const unbounded = !sources.doc
    ? 'the feature has no tasks.md to read the scope from'
    : scope.tasks.length === 0
      ? 'no task is assigned to it and its commits reference none'
      : scope.paths.length === 0
        ? `its tasks (${scope.tasks.join(', ')}) name no file`
        : undefined
  if (unbounded) return { scope, drift: [], unbounded }
  const allowed = allowMatcher(rules.allow)
  const files = scope.paths.filter((p) => !p.scope.glob).map((p) => p.scope.path)
  const drift: DriftFile[] = []
  // Other tasks only, compiled once: every drifting file is looked up in them.
  const own = new Set(scope.tasks)
  const others = new TaskIndex(taskScopes(sources).filter((t) => !own.has(t.id)))
  for (const path of [...new Set(paths)].sort()) {
    if (path === rules.tasksFile || allowed(path) !== null) continue
    if (scope.paths.some((p) => p.scope.matches(path))) continue
    if (rules.companionTests && files.some((f) => isCompanionTest(path, f))) continue
    drift.push({ path, owners: ownersOf(path, who, scope, sources, others) })
  }
  return { scope, drift }
}

/** Whom the file belongs to, in words: `T014 assigned to impl-2`, or that no task names it. */
export function ownersText(owners: readonly TaskOwner[]): string {
  if (owners.length === 0) return 'no task names it'
  return owners
    .map((o) =>
      o.how === 'assigned'
        ? `${o.id} assigned to ${o.agent}`
        : o.how === 'reported'
          ? `${o.id} (worked on by ${o.agent})`
          : `${o.id} (not assigned)`,
    )
    .join(', ')
}

/** One sentence for people: `src/x.py belongs to T014 assigned to impl-2`. */
export function driftText(file: DriftFile): string {
  return file.owners.length ? `${file.path} belongs to ${ownersText(file.owners)}` : `${file.path} is named by no task`
}
