import { md, section, sha, table, when } from '../text/markdown'
import { checksText, type AgentHealth, type ScanState } from '../state/projection'

/*
 * Agent health and the last scan in markdown, for the dashboard and the
 * overseer view. The facts are state/projection/health's; the state itself
 * renders nothing.
 */

export function scanLine(scan: ScanState | null): string {
  if (!scan) return 'Last conflict scan: none recorded yet.'
  return `Last conflict scan: ${when(scan.at)} (${scan.pairs} pair(s), ${scan.conflicted} conflicting, ${scan.errors} error(s)).`
}

/** The "Agent health" section of the dashboard and the overseer view (markdown, user text escaped). */
export function healthSection(rows: { spec?: string; health: AgentHealth }[]): string[] {
  const withSpec = rows.some((r) => r.spec !== undefined)
  const cells = rows.map(({ spec, health: h }) => [
    ...(withSpec ? [md(spec)] : []),
    `${md(h.role)}${h.index ? ` ${h.index}` : ''}`,
    md(h.branch),
    h.lastCommit ? `${sha(h.lastCommit)} ${when(h.lastCommitAt)}` : '',
    h.currentTask ? `${md(h.currentTask.id)} ${md(h.currentTask.state)}` : '',
    md(checksText(h.checks)),
    h.guard === null ? '' : h.guard === 'ok' ? '✅ ok' : '❌ violation',
    h.pr ? `#${h.pr.number} ${md(h.pr.action)}` : '',
    when(h.lastActivity),
  ])
  const headers = ['Agent', 'Branch', 'Last commit', 'Current task', 'Checks on the last commit', 'Guard', 'PR', 'Last activity']
  return section('Agent health', table([...(withSpec ? ['Feature'] : []), ...headers], cells), 'No agents assigned.')
}
