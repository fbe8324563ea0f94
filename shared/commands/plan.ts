import type { RunContext } from '../context'
import { type OptionValues } from '../options/options'
import { EXACT_LIMIT } from '../plan/make-plan'
import { renderPlanSummary, renderPlanText } from '../plan/render-plan'
import { runPlan, type PlanOptions } from '../plan/run-plan'
import type { Workspace } from '../workspace/workspace'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { featureOrIdentity, SPEC_ID_OR_IDENTITY } from './identity'
import { tasksTargetOf } from './settings'
import { COMMON_OPTIONS } from '../workspace/common-options'

export const planCommand: CommandDefinition = {
  name: 'plan',
  summary:
    "Assign the spec's open tasks to its implementors in waves, so that no two agents touch the same path at once: dependencies first, then no shared path within a wave, then fewest waves, then balanced load.",
  options: [
    SPEC_ID_OR_IDENTITY,
    {
      name: 'apply',
      type: 'boolean',
      default: 'false',
      description: 'Record the assignment (task-assigned events) and write <!-- owner: impl-n --> comments where tasks.md is rendered.',
    },
    {
      name: 'tasks-target',
      type: 'string',
      default: 'state',
      choices: ['state', 'overseer'],
      description:
        "Where tasks.md with owner comments is written: the state branch (features/<spec>/tasks.md) or the overseer branch (the spec's own tasks.md).",
    },
    {
      name: 'annotate',
      type: 'boolean',
      default: 'true',
      description: 'Keep the done comments sync-status writes (as sync-status annotate) when tasks.md is rendered.',
    },
    {
      name: 'exact-limit',
      type: 'integer',
      min: 0,
      max: 60,
      default: String(EXACT_LIMIT),
      description: 'Up to this many open tasks the fewest waves are found by exact search; above it a heuristic reports a lower bound.',
    },
    ...COMMON_OPTIONS,
  ],
  outputs: [
    { name: 'waves', description: 'Number of waves in the plan.' },
    { name: 'optimal', description: 'true when no plan with fewer waves exists (proven), else false.' },
    { name: 'lower-bound', description: 'No plan can have fewer waves than this.' },
    { name: 'collisions', description: 'Number of task pairs that share a path within a wave (only when unavoidable).' },
    { name: 'assignments', description: 'JSON array of {id, agent, wave, why}, by wave.' },
    { name: 'state-commit', description: 'Commit of the state branch after recording (empty when nothing was recorded).' },
  ],
  async run(values, ctx) {
    const ws = await openCommandWorkspace(values, ctx)
    const r = await runPlan(await planSettings(values, ctx, ws), { ...ws, ctx })
    const assignments = r.plan.waves.flat()
    return {
      exitCode: 0,
      outputs: {
        waves: String(r.plan.waves.length),
        optimal: String(r.plan.optimal),
        'lower-bound': String(r.plan.lowerBound),
        collisions: String(r.plan.collisions.length),
        assignments: JSON.stringify(assignments),
        'state-commit': r.stateCommit ?? '',
      },
      summary: renderPlanSummary(r),
      text: renderPlanText(r) + (r.stateCommit ? `\nState: ${r.stateCommit.slice(0, 7)}` : ''),
      json: {
        spec: r.spec,
        method: r.plan.method,
        optimal: r.plan.optimal,
        lowerBound: r.plan.lowerBound,
        searchSteps: r.plan.steps,
        waves: r.plan.waves,
        load: r.plan.load,
        collisions: r.plan.collisions,
        branchCollisions: r.plan.branchCollisions,
        tasks: r.tasks,
        done: r.done,
        notes: r.notes,
        branches: r.branches,
        ownerChanges: r.ownerChanges,
        applied: r.applied,
        tasksFile: r.tasksFile,
        stateCommit: r.stateCommit,
        overseerCommit: r.overseerCommit,
        dryRun: r.dryRun,
      },
    }
  },
}

async function planSettings(values: OptionValues, ctx: RunContext, ws: Workspace): Promise<PlanOptions> {
  return {
    spec: await featureOrIdentity(values, 'spec-id', ctx, ws),
    apply: values.bool('apply'),
    tasksTarget: tasksTargetOf(values),
    annotate: values.bool('annotate'),
    exactLimit: values.int('exact-limit'),
  }
}
