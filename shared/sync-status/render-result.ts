import { md, table } from '../text/markdown'
import type { SyncStatusResult } from './sync-status'

/** The job summary of a sync: per branch, per feature, phases, agents. */
export function renderSyncSummary(r: SyncStatusResult): string {
  const skipped = r.skippedBranches.length
    ? [`Skipped ${r.skippedBranches.length} branch(es):`, '', ...r.skippedBranches.map((b) => `- ${md(b.branch)}: ${md(b.reason)}`), '']
    : []
  if (r.skipped) return [`## sync-status`, '', `${md(r.skipped)}; nothing to do.`, '', ...skipped].join('\n')
  const lines = [`## sync-status${r.dryRun ? ' (dry run)' : ''}: ${r.progress} tasks done`, '', ...skipped]
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

export function renderSyncText(r: SyncStatusResult): string {
  const skipped = r.skippedBranches.map((b) => `  skipped ${b.branch}: ${b.reason}`)
  if (r.skipped) return [`${r.skipped}; nothing to do.`, ...skipped].join('\n')
  const lines = [`${r.dryRun ? '[dry run] ' : ''}Progress: ${r.progress} tasks done`, ...skipped]
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
