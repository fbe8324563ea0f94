import { md, section, sha, table, when } from '../text/markdown'
import { checksText, type AgentHealth, type ScanState } from '../state/projection'

/*
 * Agent health and the last scan in markdown, for the dashboard and the
 * overseer view. The facts are state/projection/health's; the state itself
 * renders nothing.
 */

/**
 * The last scan and the open conflicts. The count is the projection's open conflicts (`openConflicts`), the
 * number the dashboard, `events status` and the SQL export give, never the scan's own tally: a scan of some
 * pairs does not close the conflicts of the others, and a conflict logged by hand is open without a scan.
 */
export function scanLine(scan: ScanState | null, openConflicts: number): string {
  const open = `${openConflicts} open conflict(s)`
  if (!scan) return `Last conflict scan: none recorded yet; ${open}.`
  return `Last conflict scan: ${when(scan.at)} (${scan.pairs} pair(s) compared, ${scan.errors} error(s)); ${open}.`
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
