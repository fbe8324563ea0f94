import type { OrchestratorConfig } from '../config/config'
import type { ScopeMode } from '../config/scope-settings'
import { Git } from '../git/git'
import type { Logger } from '../logger'
import { messageOf } from '../errors'
import type { RepoDeps } from '../repo-deps'
import type { FeatureProjection, Projection } from '../state/projection'
import { agentNamer, commitReferences, driftText, readTasksAt, scopeDrift, stateSources, type ScopeCheck } from '../scope'
import type { ChangedPath, ResolvedRole } from './types'

/** The scope check of one implementor run, as the renderers and the recorder see it. */
export interface ScopeReport extends ScopeCheck {
  mode: ScopeMode
  /** The tasks file read, and the commit it was read from (the overseer branch). */
  tasksFile: string
  /** Why tasks.md could not be used, when it could not. */
  problem?: string
}

export interface ScopeCheckOptions {
  git: Git
  config: OrchestratorConfig
  spec: string
  branch: string
  index?: number
  /** The overseer branch's commit: tasks.md is read there, never from the branch under test. */
  overseer: string
  /** The merge base the guard counted changes from, and the head under test. */
  diffBase: string
  head: string
  changed: readonly ChangedPath[]
  feature: FeatureProjection | undefined
  logger: Logger
}

// Annotations beyond this many are not shown by GitHub anyway; the summary lists the files.
const MAX_ANNOTATIONS = 50

/**
 * Scope drift for an implementor: the paths its branch changed since the
 * merge base (both sides of a rename) that lie outside the paths of its
 * tasks. The rules (mode, allow) come from the trusted config and tasks.md
 * from the overseer branch, so the branch cannot widen its own scope; only
 * the fallback (no plan: the tasks its commits reference) reads the branch.
 */
export async function checkScope(options: ScopeCheckOptions): Promise<ScopeReport> {
  const { git, config, logger } = options
  const tasksFile = config.tasks.file.replace('{spec}', options.spec)
  const tasks = await readTasksAt(git, options.overseer, tasksFile)
  const sources = {
    doc: tasks.doc,
    ...stateSources(options.feature),
    references: await commitReferences(git, options.diffBase, options.head),
    nameOf: agentNamer(config.branches),
  }
  const paths = options.changed.flatMap((c) => (c.fromPath !== undefined ? [c.path, c.fromPath] : [c.path]))
  const who = { spec: options.spec, branch: options.branch, index: options.index }
  const rules = { allow: config.scope.allow, companionTests: config.scope.companionTests, tasksFile }
  const report: ScopeReport = {
    mode: config.scope.mode,
    tasksFile,
    ...scopeDrift(paths, who, sources, rules),
    ...(tasks.problem ? { problem: tasks.problem } : {}),
  }
  for (const i of report.scope.ignored) logger.notice(`scope: ${i.task} names ${JSON.stringify(i.path)}, which ${i.reason}: ignored`)
  const title = config.scope.mode === 'fail' ? 'Scope drift (fails: scope.mode is fail)' : 'Scope drift'
  for (const f of report.drift.slice(0, MAX_ANNOTATIONS)) {
    const text = `${driftText(f)}; it is outside the paths of this agent's tasks (${report.scope.tasks.join(', ')})`
    if (config.scope.mode === 'fail') logger.error(text, { title, file: f.path })
    else logger.warning(text, { title, file: f.path })
  }
  return report
}

/**
 * role-ci's scope step for an implementor: nothing with `scope.mode: off`; else the check, with the
 * assignments from the state (read once; the recorder reuses it). A state that cannot be read costs
 * only the task-assigned events: owner comments and commits still give the tasks.
 */
export async function implementorScope(
  deps: RepoDeps,
  who: ResolvedRole & { spec: string },
  overseer: string,
  diffBase: string,
  head: string,
  changed: readonly ChangedPath[],
): Promise<{ scope?: ScopeReport; projection?: Projection }> {
  const { git, config, store, ctx } = deps
  if (config.scope.mode === 'off') {
    ctx.logger.info('Scope drift is not checked (scope.mode: off in the config).')
    return {}
  }
  ctx.progress?.(`Scope drift for ${who.branch}...`)
  const projection = await store
    .read()
    .then((snapshot) => snapshot.projection)
    .catch((error: unknown) => {
      ctx.logger.warning(`scope drift: the state could not be read (${messageOf(error)}); task-assigned events are not used`)
      return undefined
    })
  const scope = await checkScope({
    git,
    config,
    spec: who.spec,
    branch: who.branch,
    index: who.index,
    overseer,
    diffBase,
    head,
    changed,
    feature: projection?.features[who.spec],
    logger: ctx.logger,
  })
  return { scope, projection }
}
