import { link, md, table } from '../text/markdown'
import type { InitFeatureResult } from './init-feature'

function branchUrl(serverUrl: string | undefined, repository: string | undefined, branch: string): string | undefined {
  return serverUrl && repository ? `${serverUrl}/${repository}/tree/${branch.split('/').map(encodeURIComponent).join('/')}` : undefined
}

export function renderInitSummary(r: InitFeatureResult, serverUrl?: string, repository?: string): string {
  const rows = r.branches.map((b) => [
    link(b.branch, branchUrl(serverUrl, repository, b.branch)),
    b.role === 'overseer' ? 'overseer' : `implementor ${b.index}`,
    b.status + (b.diverged ? ' ⚠ does not descend from base' : ''),
    `\`${b.sha.slice(0, 7)}\``,
  ])
  return [
    `## init-feature: ${md(r.spec)}${r.dryRun ? ' (dry run)' : ''}`,
    '',
    `**${md(r.name)}** from ${md(r.base.name)} (\`${r.base.sha.slice(0, 7)}\`), ${r.tasks} task(s) registered.`,
    '',
    ...table(['Branch', 'Role', 'Status', 'Commit'], rows),
    '',
    r.created.length ? `Created ${r.created.length} branch(es) in one atomic push.` : 'No branch needed creating.',
    ...(r.adopted.length
      ? [`Adopted ${r.adopted.length} branch(es) an earlier run created but could not record; they were not moved.`]
      : []),
    ...agentSettingsLines(r).map((l) => md(l)),
    r.stateCommit
      ? `State recorded in \`${r.stateCommit.slice(0, 7)}\`.`
      : r.dryRun
        ? 'Dry run: nothing was pushed or recorded.'
        : 'State already up to date.',
    '',
  ].join('\n')
}

export function renderInitText(r: InitFeatureResult): string {
  const lines = [
    `${r.dryRun ? '[dry run] ' : ''}Feature ${r.spec} "${r.name}" from ${r.base.name} (${r.base.sha.slice(0, 7)}), ${r.tasks} task(s)`,
  ]
  for (const b of r.branches)
    lines.push(`  ${b.status.padEnd(12)} ${b.branch}${b.diverged ? '  (warning: does not descend from base)' : ''}`)
  lines.push(...agentSettingsLines(r))
  lines.push(r.stateCommit ? `State: ${r.stateCommit.slice(0, 7)}` : r.dryRun ? 'State: not recorded (dry run)' : 'State: unchanged')
  return lines.join('\n')
}

/** What `agents` did: the shared settings the new branches start with. */
function agentSettingsLines(r: InitFeatureResult): string[] {
  const s = r.agentSettings
  if (!s) return []
  if (!s.files.length) return ['Agent settings: already as wanted on the base; the branches start from the base.']
  const what = s.files.join(', ')
  return [
    s.commit
      ? `Agent settings: ${what} committed in ${s.commit.slice(0, 7)}, which the new branches start from.`
      : `Agent settings: ${what} would be committed before the branches are cut.`,
  ]
}
