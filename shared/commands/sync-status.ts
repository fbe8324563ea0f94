import { COMMON_OPTIONS } from '../options/options'
import { md, table } from '../markdown'
import { syncStatus, SyncStatusResult, TasksTarget } from '../sync-status/sync-status'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { identityBranch } from './identity'

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
    { name: 'all', type: 'boolean', default: 'false', description: 'Sync every agent branch on the remote instead of one.' },
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
    const ws = await openCommandWorkspace(values, ctx)
    const result = await syncStatus(
      {
        branch: values.string('branch') ?? (values.bool('all') ? undefined : await identityBranch(ctx, ws)),
        all: values.bool('all'),
        tasksTarget: (values.string('tasks-target') ?? 'state') as TasksTarget,
        annotate: values.bool('annotate'),
        local: values.bool('local'),
      },
      { ...ws, ctx },
    )
    return {
      exitCode: 0,
      outputs: {
        'tasks-done': JSON.stringify(result.tasksDone),
        'tasks-in-progress': JSON.stringify(result.tasksInProgress),
        progress: result.progress,
        'state-commit': result.stateCommit ?? '',
      },
      summary: renderSummary(result),
      text: renderText(result),
      json: { ...result, branches: result.branches.map(({ events, ...b }) => ({ ...b, events: events.length })) },
    }
  },
}

function renderSummary(r: SyncStatusResult): string {
  if (r.skipped) return `## sync-status\n\n${md(r.skipped)}; nothing to do.\n`
  const lines = [`## sync-status${r.dryRun ? ' (dry run)' : ''}: ${r.progress} tasks done`, '']
  lines.push(
    ...table(
      ['Branch', 'Commits read', 'Done', 'In progress', 'Unknown ids'],
      r.branches.map((b) => [
        md(b.branch) + (b.forcePushed ? ' (force-pushed: re-read)' : ''),
        String(b.commits),
        md(b.done.join(', ')),
        md(b.inProgress.join(', ')),
        md(b.unknown.flatMap((u) => u.ids.map((id) => `${id} (${u.commit.slice(0, 7)})`)).join(', ')),
      ]),
    ),
    '',
  )
  for (const f of r.features) {
    lines.push(`### ${md(f.spec)}: ${f.done}/${f.total} done, ${f.inProgress} in progress`, '')
    if (f.phases.length)
      lines.push(
        ...table(
          ['Phase', 'Done', 'Total', 'Progress'],
          f.phases.map((p) => [md(p.phase), String(p.done), String(p.total), bar(p.done, p.total)]),
        ),
        '',
      )
    if (f.agents.length)
      lines.push(
        ...table(
          ['Agent', 'Done', 'In progress'],
          f.agents.map((a) => [md(a.branch), String(a.done), String(a.inProgress)]),
        ),
        '',
      )
    if (f.tasksFileChanged.length) lines.push(`Ticked in ${md(f.tasksFile ?? 'tasks.md')}: ${md(f.tasksFileChanged.join(', '))}`, '')
    if (f.doneByOthers.length)
      lines.push(
        '#### Done by another agent than planned',
        '',
        ...table(
          ['Task', 'Owner', 'Done by'],
          f.doneByOthers.map((o) => [md(o.id), md(o.owner), md(o.doneBy)]),
        ),
        '',
      )
  }
  return lines.join('\n')
}

function bar(done: number, total: number): string {
  if (total === 0) return ''
  const filled = Math.round((done / total) * 10)
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)} ${Math.round((done / total) * 100)}%`
}

function renderText(r: SyncStatusResult): string {
  if (r.skipped) return `${r.skipped}; nothing to do.`
  const lines = [`${r.dryRun ? '[dry run] ' : ''}Progress: ${r.progress} tasks done`]
  for (const b of r.branches) {
    lines.push(
      `  ${b.branch}: ${b.commits} commit(s) read${b.forcePushed ? ' (force-pushed, re-read from merge base)' : ''}; done: ${b.done.join(', ') || '-'}; in progress: ${b.inProgress.join(', ') || '-'}`,
    )
  }
  for (const f of r.features) {
    lines.push(`  ${f.spec}: ${f.done}/${f.total} done, ${f.inProgress} in progress`)
    for (const p of f.phases) lines.push(`    ${p.phase}: ${p.done}/${p.total}`)
    for (const o of f.doneByOthers) lines.push(`    ${o.id} done by ${o.doneBy}, planned for ${o.owner}`)
  }
  lines.push(r.stateCommit ? `State: ${r.stateCommit.slice(0, 7)}` : 'State: unchanged')
  return lines.join('\n')
}
