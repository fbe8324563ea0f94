import { InputError } from '../errors'
import { validateSpecId } from '../naming/validate'
import { RepoDeps } from '../repo-deps'
import { makeEvent, OrchestratorEvent } from '../state/events'
import { FeatureProjection, Projection } from '../state/projection'
import { agentName, commitFileWithLease, readTasksSource, renderTasksFile, stateTasksPath, type TasksTarget } from '../sync-status'
import { changedSince, featureBranches } from './feature-branches'
import { makePlan } from './make-plan'
import { planTasks, PlanState } from './plan-tasks'
import { PlanView } from './render-plan'

export interface PlanOptions {
  spec: string
  apply: boolean
  tasksTarget: TasksTarget
  annotate: boolean
  exactLimit?: number
}

export interface PlanRunResult extends PlanView {
  /** impl-n → branch */
  branches: Record<string, string>
  tasksFile: string
  stateCommit: string | null
  overseerCommit: string | null
  dryRun: boolean
}

/**
 * `orchestrator plan`: reads tasks.md (from the overseer branch, else the
 * checked-out commit), the state (done and started tasks, earlier owners)
 * and what each implementor branch already changed, and plans the open
 * tasks. With `apply`, records a `task-assigned` event for each task whose
 * owner changes and writes the owner comments where tasks.md is rendered.
 */
export async function runPlan(options: PlanOptions, deps: RepoDeps): Promise<PlanRunResult> {
  const { git, remote, config, store, dryRun, ctx } = deps
  const spec = validateSpecId(options.spec)
  ctx.progress?.(`Reading state from ${store.branch}...`)
  const snapshot = await store.read()
  const feature = snapshot.projection.features[spec]
  const branches = await featureBranches(git, remote, config.branches, spec, feature)
  if (!branches.implementors.length)
    throw new InputError(`spec-id ${spec} has no implementor branch on ${remote} or in the state; run init-feature for it first`)
  const file = config.tasks.file.replace('{spec}', spec)
  const head = await git.resolveCommit('HEAD')
  const source = await readTasksSource(git, [branches.overseer.sha ?? undefined, head ?? undefined], file, ctx.logger)
  if (source.text === null || !source.doc)
    throw new InputError(`${file} was not found on ${branches.overseer.branch} or the checked-out commit; plan needs the spec's tasks.md`)
  ctx.progress?.(`Reading what ${branches.implementors.length} implementor branch(es) changed...`)
  const state: PlanState = {
    agents: branches.implementors.map((i) => i.name),
    progress: {},
    owners: {},
    branchPaths: {},
  }
  for (const i of branches.implementors) state.branchPaths[i.name] = await changedSince(git, branches.overseer.sha, i.sha)
  for (const [id, t] of Object.entries(feature?.tasks ?? {}))
    state.progress[id] = { state: t.state, agent: (feature && agentName(feature, t.agent)) ?? t.agent }
  for (const [id, a] of Object.entries(feature?.assignments ?? {})) {
    const name = feature && agentName(feature, a.agent)
    if (name) state.owners[id] = name
  }
  const { tasks, done, notes } = planTasks(source.doc, state)
  ctx.progress?.(`Planning ${tasks.length} open task(s)...`)
  const plan = makePlan({ tasks, agents: state.agents, branchPaths: state.branchPaths, exactLimit: options.exactLimit })
  const branchOf = new Map(branches.implementors.map((i) => [i.name, i.branch]))
  const ownerChanges = plan.assignments
    .filter((a) => feature?.assignments?.[a.id]?.agent !== branchOf.get(a.agent))
    .map((a) => ({ id: a.id, ...(state.owners[a.id] ? { from: state.owners[a.id] } : {}), to: a.agent, wave: a.wave }))
  const result: PlanRunResult = {
    spec,
    plan,
    tasks,
    done,
    notes,
    ownerChanges,
    applied: false,
    branches: Object.fromEntries(branchOf),
    tasksFile: source.file,
    stateCommit: null,
    overseerCommit: null,
    dryRun,
  }
  if (!options.apply || !ownerChanges.length) return result
  const events: OrchestratorEvent[] = ownerChanges.map((c) => {
    const agent = branchOf.get(c.to)!
    const before = feature?.assignments?.[c.id]?.occurrences[agent] ?? 0
    return makeEvent(
      'task-assigned',
      spec,
      { taskId: c.id, agent, wave: c.wave, ...(before ? { occurrence: before + 1 } : {}) },
      { actor: ctx.actor, time: ctx.now() },
    )
  })
  const text = source.text
  const files = (projection: Projection): [string, string][] =>
    options.tasksTarget === 'state' ? [[stateTasksPath(spec), renderTasksFile(text, projection.features[spec], options.annotate).text]] : []
  ctx.progress?.(`Recording ${events.length} assignment(s) on ${store.branch}...`)
  const appended = await store.append(events, { files })
  result.applied = !dryRun
  result.stateCommit = appended.pushed ? appended.commit : null
  const after: FeatureProjection | undefined = appended.projection.features[spec]
  if (options.tasksTarget === 'overseer' && !dryRun)
    result.overseerCommit = await commitFileWithLease(
      git,
      remote,
      branches.overseer.branch,
      source.file,
      (current) => renderTasksFile(current, after, options.annotate).text,
      `orchestrator: owners of ${ownerChanges.length} task(s) in ${source.file}`,
      ctx.logger,
    )
  return result
}
