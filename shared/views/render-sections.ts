import { link, md, section, sha, table, when } from '../text/markdown'
import { formatRanges } from '../conflicts/range-text'
import {
  type BlockerState,
  type DivergenceState,
  type EventSummary,
  type PrState,
  type TestState,
  countsTests,
  type OpenConflict,
  type TaskRow,
} from '../state/projection'

/** Sections shared by the dashboard and the feature views. Each returns markdown lines. */

export function conflictsSection(conflicts: OpenConflict[], perspective?: string): string[] {
  const lines: string[] = []
  for (const c of conflicts) {
    // Show the reader's own branch on the left when the view belongs to one side.
    const flip = perspective !== undefined && c.right === perspective && c.left !== perspective
    const [a, b] = flip ? [c.right, c.left] : [c.left, c.right]
    const [aSha, bSha] = flip ? [c.rightSha, c.leftSha] : [c.leftSha, c.rightSha]
    lines.push(`### ${md(c.id)}: ${md(a)} and ${md(b)}`, '')
    lines.push(`Detected ${when(c.detectedAt)}, last seen ${when(c.lastSeenAt)} at ${sha(aSha)} and ${sha(bSha)}.`, '')
    if (c.manual)
      lines.push(
        `Logged by hand${c.reason ? `: ${md(c.reason, 300)}` : ''}. Scans do not resolve it: \`orchestrator events resolve-conflict ${md(c.id)}\` does.`,
        '',
      )
    if (c.kind)
      lines.push(
        `A ${c.kind} conflict: the merge is clean for git but fails ${c.kind === 'build' ? 'to build' : 'its tests'}${c.check ? ` (check ${md(c.check)})` : ''}; each side passes alone.`,
        '',
      )
    for (const m of c.messages ?? []) lines.push(`- git: ${md(m.text, 300)}`, '')
    const rows = c.files.map((f) => {
      const [ra, rb] = flip ? [f.rightRanges, f.leftRanges] : [f.leftRanges, f.rightRanges]
      return [md(f.path), md(f.kind), formatRanges(ra, { max: 8 }), formatRanges(rb, { max: 8 })]
    })
    lines.push(...table(['File', 'Kind', `Lines on ${md(a)}`, `Lines on ${md(b)}`], rows))
    if (rows.length) lines.push('')
  }
  return section('Open conflicts', trimEnd(lines), 'No open conflicts.')
}

export function tasksTable(tasks: TaskRow[], withAgent: boolean): string[] {
  const rows = tasks.map((t) => [
    md(t.id),
    // Done on the agent's branch is not yet merged into the branch it goes to.
    t.merged ? 'done, merged' : t.state === 'done' ? 'done on branch' : md(t.state),
    ...(withAgent ? [md(t.agent)] : []),
    sha(t.commit),
    md(t.phase, 60),
    md(t.description, 160),
  ])
  return table(['Task', 'State', ...(withAgent ? ['Agent'] : []), 'Commit', 'Phase', 'Description'], rows)
}

export function testsSection(tests: TestState[], title = 'Latest test results'): string[] {
  const rows = tests.map((t) => [
    md(t.role),
    md(t.branch),
    link(t.suite, t.runUrl),
    ...testCounts(t),
    `${(t.durationMs / 1000).toFixed(1)}s`,
    sha(t.commit),
    when(t.time),
    resultCell(t),
  ])
  return section(
    title,
    table(['Role', 'Branch', 'Suite', 'Tests passed', 'Tests failed', 'Tests skipped', 'Duration', 'Commit', 'When', 'Result'], rows),
    'No test results yet.',
  )
}

/** Counts of tests; a check (one command, the guard) has no test counts: its result says it all. */
export function testCounts(t: TestState): string[] {
  if (!countsTests(t)) return ['', '', '']
  return [String(t.passed), t.failed > 0 ? `**${t.failed}**` : '0', String(t.skipped)]
}

export function resultCell(t: TestState): string {
  const what = countsTests(t) ? 'tests' : 'check'
  if (t.failed > 0) return `❌ ${what} failed`
  return t.passed > 0 || countsTests(t) ? `✅ ${what} passed` : `⏭ ${what} skipped`
}

export function prsSection(prs: PrState[]): string[] {
  const rows = prs.map((p) => [
    link(`#${p.number}`, p.url),
    `${md(p.head)} into ${md(p.base)}`,
    md(p.title, 120),
    md(p.action),
    when(p.time),
  ])
  return section('Open pull requests', table(['PR', 'Branches', 'Title', 'Last action', 'When'], rows), 'No open pull requests.')
}

export function blockersSection(blockers: BlockerState[]): string[] {
  const rows = blockers.map((b) => [md(b.id), md(b.raised?.agent), md(b.raised?.reason, 300), when(b.raised?.time)])
  return section('Blockers', table(['Id', 'Agent', 'Reason', 'Raised'], rows), 'No open blockers.')
}

export function divergenceSection(rows: { branch: string; against: string; state: DivergenceState }[]): string[] {
  const cells = rows.map((r) => [
    md(r.branch),
    md(r.against),
    String(r.state.ahead),
    String(r.state.behind),
    sha(r.state.sha),
    when(r.state.time),
  ])
  return section('Divergence', table(['Branch', 'Against', 'Ahead', 'Behind', 'At', 'Measured'], cells), 'Not measured yet.')
}

export function recentSection(events: EventSummary[], withFeature: boolean): string[] {
  const rows = events.map((e) => [when(e.time), ...(withFeature ? [md(e.feature)] : []), md(e.kind), md(e.summary), md(e.actor, 60)])
  return section('Recent events', table(['When', ...(withFeature ? ['Feature'] : []), 'Event', 'Summary', 'By'], rows), 'No events yet.')
}

function trimEnd(lines: string[]): string[] {
  while (lines.length && lines[lines.length - 1] === '') lines.pop()
  return lines
}
