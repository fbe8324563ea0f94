import { syncStatus } from '../sync-status/sync-status'
import { InputError } from '../errors'
import { validateSpecId } from '../naming/validate'
import type { RunContext } from '../context'
import { type OptionValues } from '../options/options'
import { renderSyncSummary, renderSyncText } from '../sync-status/render-result'
import { type SyncStatusOptions } from '../sync-status/sync-status'
import type { Workspace } from '../workspace/workspace'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { branchOrIdentity, trustedConfigOf, tasksTargetOf } from './settings'
import { COMMON_OPTIONS } from '../workspace/common-options'

export const syncStatusCommand: CommandDefinition = {
  name: 'sync-status',
  summary:
    "Turn the commits pushed to agent branches into task progress: task ids in commit messages tick tasks.md and update the agents' state files.",
  options: [
    {
      name: 'branch',
      type: 'string',
      positional: 0,
      description: 'Agent branch to sync (default: the pushed branch, or the checked-out one).',
    },
    {
      name: 'all',
      type: 'boolean',
      default: 'false',
      description:
        'Sync the agent branches on the remote of every registered feature (init-feature) instead of one branch; other branches that fit the pattern are skipped and listed.',
    },
    {
      name: 'feature',
      type: 'list',
      description: 'With all: sync only these features (spec ids, comma separated), registered or not.',
    },
    {
      name: 'branches',
      type: 'list',
      description: 'With all: sync only the agent branches these globs match (comma or newline separated), registered or not.',
    },
    {
      name: 'tasks-target',
      type: 'string',
      default: 'state',
      choices: ['state', 'overseer'],
      description:
        "Where the ticked tasks.md is written: the state branch (features/<spec>/tasks.md) or the overseer branch (the spec's own tasks.md, by compare-and-swap commit).",
    },
    {
      name: 'local',
      type: 'boolean',
      default: 'false',
      description: 'Read the agent branch from the local repository instead of the remote (used by the post-commit hook).',
    },
    {
      name: 'annotate',
      type: 'boolean',
      default: 'true',
      description: 'Add a trailing HTML comment with time, commit and agent to each task ticked (invisible on GitHub).',
    },
    ...COMMON_OPTIONS,
  ],
  outputs: [
    { name: 'tasks-done', description: 'JSON array of task ids the synced commits marked done.' },
    { name: 'tasks-in-progress', description: 'JSON array of task ids the synced commits mention without finishing them.' },
    { name: 'progress', description: 'Tasks done over total for the synced features, e.g. 12/40.' },
    { name: 'state-commit', description: 'Commit of the state branch after recording (empty when nothing new).' },
  ],
  async run(values, ctx) {
    // Rules and destinations come from the trusted configuration, never from the pushed branch's copy.
    const ws = await openCommandWorkspace(values, ctx, { config: trustedConfigOf(values, ctx) })
    const result = await syncStatus(await syncStatusSettings(values, ctx, ws), { ...ws, ctx })
    return {
      exitCode: 0,
      outputs: {
        'tasks-done': JSON.stringify(result.tasksDone),
        'tasks-in-progress': JSON.stringify(result.tasksInProgress),
        progress: result.progress,
        'state-commit': result.stateCommit ?? '',
      },
      summary: renderSyncSummary(result),
      text: renderSyncText(result),
      json: { ...result, branches: result.branches.map(({ events, ...b }) => ({ ...b, events: events.length })) },
    }
  },
}

async function syncStatusSettings(values: OptionValues, ctx: RunContext, ws: Workspace): Promise<SyncStatusOptions> {
  const all = values.bool('all')
  const features = values.list('feature').map((f) => validateSpecId(f, 'feature'))
  const branchGlobs = values.list('branches')
  if (!all && (features.length || branchGlobs.length))
    throw new InputError(
      `--feature and --branches select among the branches of --all; add --all (got ${[...features, ...branchGlobs].join(', ')})`,
    )
  return {
    ...(features.length ? { features } : {}),
    ...(branchGlobs.length ? { branchGlobs } : {}),
    // --all syncs every branch: no default branch from this checkout's identity.
    branch: all ? values.string('branch') : await branchOrIdentity(values, ctx, ws),
    all,
    tasksTarget: tasksTargetOf(values),
    annotate: values.bool('annotate'),
    local: values.bool('local'),
  }
}
