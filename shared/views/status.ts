import { InputError } from '../errors'
import { neutralize } from '../text/neutralize'
import {
  agentHealth,
  checksText,
  lastScan,
  type AgentHealth,
  type FeatureProjection,
  type ScanState,
  type StateProblem,
} from '../state/projection'
import type { LineRange } from '../state/events'
import {
  agentAliases,
  agentsOf,
  featuresOf,
  lastActivity,
  latestTests,
  openBlockers,
  openConflicts,
  openPrs,
  taskProgress,
  openDrift,
  budgetsCrossed,
  formatUsd,
  sumUsage,
  totalTokens,
  usageByAgent,
  usageByTask,
  type UsageTotals,
} from '../state/projection'
import type { DriftTaskData } from '../state/events'
import { progressText } from './render-feature'
import { driftTasksText } from '../role-ci'
import type { StateSnapshot } from '../state/log'
import { noPaint, type Paint } from '../text/paint'

/** What `orchestrator status --json` prints: plain data, stable order. */
export interface StatusReport {
  commit: string | null
  features: FeatureStatus[]
  problems: StateProblem[]
}

export interface FeatureStatus {
  spec: string
  name: string | null
  baseBranch: string | null
  /** done: done on the agents' branches; merged: of those, merged into the branch they go to. */
  tasks: { total: number; done: number; merged: number; inProgress: number; open: number }
  /** One row per agent: last commit, current task, checks on that commit, guard, PR. */
  health: AgentHealth[]
  /** The latest conflict scan of this feature (the heartbeat), or null. */
  lastScan: { at: string; pairs: number; conflicted: number; errors: number } | null
  agents: { role: string; branch: string; index: number | null; tasksDone: number; tasksInProgress: number; lastActivity: string | null }[]
  openConflicts: {
    id: string
    left: string
    right: string
    files: string[]
    detectedAt: string
    manual: boolean
    reason?: string
    kind?: 'build' | 'test'
    check?: string
  }[]
  tests: {
    role: string
    branch: string | null
    suite: string
    passed: number
    failed: number
    skipped: number
    commit: string
    time: string
    runUrl: string | null
    /** check: the counts say passed or failed; tests: they count tests. */
    unit: 'check' | 'tests'
  }[]
  openPrs: { number: number; url: string; head: string; base: string; title: string | null; action: string }[]
  blockers: { id: string; agent: string | null; reason: string; raisedAt: string }[]
  /** Files implementors changed outside the paths of their tasks, open now (role-ci's scope check). */
  scopeDrift: { branch: string; path: string; tasks: DriftTaskData[]; commit: string | null; since: string | null }[]
  /** check-path's warnings before an edit (newest first, at most PREDICTED_SHOWN): who edits what a sibling changed. */
  predictedConflicts: {
    agent: string
    path: string
    sibling: string
    siblingSha: string
    ranges: LineRange[]
    time: string
    warnings: number
  }[]
  /** What the agents' models used and cost: the feature's total, per agent branch, per task (its share). */
  usage: { total: UsageNumbers | null; agents: (UsageNumbers & { branch: string })[]; tasks: (UsageNumbers & { task: string })[] }
  /** Budgets the usage reached (a health warning each). */
  budgetsCrossed: { scope: string; subject: string; budgetMicroUsd: number; spentMicroUsd: number; time: string }[]
  eventCount: number
  lastEvent: string | null
}

/** Tokens and cost (exact, in millionths of a US dollar; `costUsd` is the same in dollars). */
export interface UsageNumbers {
  inputTokens: number
  outputTokens: number
  cacheCreationTokens: number
  cacheReadTokens: number
  tokens: number
  costMicroUsd: number
  costUsd: number
  records: number
}

export function usageNumbers(u: UsageTotals): UsageNumbers {
  return {
    inputTokens: u.inputTokens,
    outputTokens: u.outputTokens,
    cacheCreationTokens: u.cacheCreationTokens,
    cacheReadTokens: u.cacheReadTokens,
    tokens: totalTokens(u),
    costMicroUsd: u.costMicroUsd,
    costUsd: u.costMicroUsd / 1_000_000,
    records: u.records,
  }
}

/** Status of one feature (an unknown spec is an InputError naming the known ones) or of all. */
export function featureStatus(snapshot: StateSnapshot, spec?: string): StatusReport {
  const { projection } = snapshot
  if (spec !== undefined && !projection.features[spec]) {
    const known = Object.keys(projection.features).sort()
    throw new InputError(
      `feature ${JSON.stringify(spec)} has no events on the state branch (known: ${known.length ? known.join(', ') : 'none'})`,
    )
  }
  const features = featuresOf(projection, spec).map((f): FeatureStatus => {
    const progress = taskProgress(f)
    return {
      spec: f.spec,
      name: f.registration?.name ?? null,
      baseBranch: f.registration?.baseBranch ?? null,
      tasks: { total: progress.total, done: progress.done, merged: progress.merged, inProgress: progress.inProgress, open: progress.open },
      health: agentHealth(f),
      lastScan: scanOf(lastScan(projection, 'conflicts', f.spec)),
      agents: agentsOf(f).map((a) => {
        const names = agentAliases(a)
        const mine = progress.tasks.filter((t) => t.agent !== undefined && names.includes(t.agent))
        return {
          role: a.role,
          branch: a.branch,
          index: a.index ?? null,
          tasksDone: mine.filter((t) => t.state === 'done').length,
          tasksInProgress: mine.filter((t) => t.state === 'in-progress').length,
          lastActivity: lastActivity(f, names),
        }
      }),
      openConflicts: openConflicts(projection, f.spec).map((c) => ({
        id: c.id,
        left: c.left,
        right: c.right,
        files: [...c.files.map((x) => x.path), ...(c.messages ?? []).flatMap((m) => m.paths)],
        detectedAt: c.detectedAt,
        manual: c.manual,
        ...(c.reason ? { reason: c.reason } : {}),
        ...(c.kind ? { kind: c.kind, ...(c.check ? { check: c.check } : {}) } : {}),
      })),
      tests: latestTests(f).map((t) => ({
        role: t.role,
        branch: t.branch ?? null,
        suite: t.suite,
        passed: t.passed,
        failed: t.failed,
        skipped: t.skipped,
        commit: t.commit,
        time: t.time,
        runUrl: t.runUrl ?? null,
        unit: t.unit === 'check' ? ('check' as const) : ('tests' as const),
      })),
      openPrs: openPrs(f).map((p) => ({
        number: p.number,
        url: p.url,
        head: p.head,
        base: p.base,
        title: p.title ?? null,
        action: p.action,
      })),
      blockers: openBlockers(f).map((b) => ({
        id: b.id,
        agent: b.raised?.agent ?? null,
        reason: b.raised?.reason ?? '',
        raisedAt: b.raised?.time ?? '',
      })),
      scopeDrift: openDrift(f).map((d) => ({
        branch: d.branch,
        path: d.path,
        tasks: d.detected?.tasks ?? [],
        commit: d.detected?.commit ?? null,
        since: d.detected?.time ?? null,
      })),
      predictedConflicts: predictedOf(f),
      usage: {
        total: Object.keys(f.usage ?? {}).length ? usageNumbers(sumUsage(Object.values(f.usage ?? {}))) : null,
        agents: usageByAgent(projection, f.spec).map((u) => ({ branch: u.name, ...usageNumbers(u) })),
        tasks: usageByTask(projection, f.spec).map((u) => ({ task: u.name, ...usageNumbers(u) })),
      },
      budgetsCrossed: budgetsCrossed(projection, f.spec).map((b) => ({
        scope: b.scope,
        subject: b.subject,
        budgetMicroUsd: b.budgetMicroUsd,
        spentMicroUsd: b.spentMicroUsd,
        time: b.time,
      })),
      eventCount: f.eventCount,
      lastEvent: f.recent[0]?.time ?? null,
    }
  })
  return { commit: snapshot.commit, features, problems: projection.problems }
}

/** Untrusted text for a terminal: one line, no control characters, no markdown escapes. */
function one(value: string | null | undefined, max = 200): string {
  const text = neutralize(String(value ?? ''), { multiline: true })
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > max ? `${text.slice(0, max - 3)}...` : text
}

function time(value: string | null | undefined): string {
  return value ? value.replace(/\.\d{3}Z$/, 'Z').replace('T', ' ') : ''
}

/** The status as plain text for a terminal (the views on the state branch are the markdown). */
export function formatStatus(report: StatusReport, paint: Paint = noPaint): string {
  const lines: string[] = []
  if (report.features.length === 0) lines.push('No features recorded yet.')
  for (const f of report.features) {
    lines.push(`${one(f.spec)}${f.name ? `: ${one(f.name)}` : ''}`, '')
    lines.push(
      `Tasks ${progressText(f.tasks)}; ${f.openConflicts.length} open conflict(s); ${f.blockers.length} blocker(s); last event ${time(f.lastEvent) || 'none'}.`,
      // The open conflicts are counted once, on the line above (the projection's, as everywhere): not the scan's tally.
      f.lastScan
        ? `Last conflict scan: ${time(f.lastScan.at)} (${f.lastScan.pairs} pair(s) compared, ${f.lastScan.errors} error(s)).`
        : 'Last conflict scan: none recorded yet.',
      '',
    )
    const rows = f.health.map((h) => [
      `${h.role}${h.index ? ` ${h.index}` : ''}`,
      one(h.branch),
      h.lastCommit ? h.lastCommit.slice(0, 7) : '-',
      h.currentTask ? `${h.currentTask.id} ${h.currentTask.state}` : '-',
      checksText(h.checks),
      h.guard ?? '-',
      h.pr ? `#${h.pr.number} ${h.pr.action}` : '-',
      time(h.lastActivity) || '-',
    ])
    const [header, ...body] = columns(['Agent', 'Branch', 'Last commit', 'Task', 'Checks on it', 'Guard', 'PR', 'Last activity'], rows)
    // Painted after padding, so the marks do not count as width.
    lines.push(rows.length ? paint('heading', header!) : header!, ...body)
    for (const c of f.openConflicts)
      lines.push(
        '',
        `- ${paint('bad', 'conflict')} ${one(c.id)}: ${one(c.left)} and ${one(c.right)}${c.files.length ? ` in ${c.files.map((p) => one(p)).join(', ')}` : ''} (since ${time(c.detectedAt)}${c.manual ? `, logged by hand${c.reason ? `: ${one(c.reason, 300)}` : ''}` : ''})`,
      )
    for (const t of f.tests) {
      const counts =
        t.unit === 'check'
          ? t.failed
            ? paint('bad', 'check failed')
            : t.passed
              ? paint('ok', 'check passed')
              : 'check skipped'
          : `${t.passed} passed, ${t.failed ? paint('bad', `${t.failed} failed`) : '0 failed'}, ${t.skipped} skipped`
      lines.push(`- tests ${one(t.suite)} (${one(t.role)}${t.branch ? `, ${one(t.branch)}` : ''}): ${counts} at ${t.commit.slice(0, 7)}`)
    }
    for (const p of f.openPrs)
      lines.push(`- PR #${p.number} ${one(p.head)} into ${one(p.base)}${p.title ? `: ${one(p.title)}` : ''} ${one(p.url)}`)
    for (const b of f.blockers)
      lines.push(`- ${paint('warning', 'blocker')} ${one(b.id)}${b.agent ? ` (${one(b.agent)})` : ''}: ${one(b.reason, 300)}`)
    for (const d of f.scopeDrift)
      lines.push(
        `- ${paint('warning', 'scope drift')} ${one(d.branch)}: ${one(d.path, 300)} outside its tasks (${d.tasks.length ? `belongs to ${one(driftTasksText(d.tasks), 300)}` : 'no task names it'})`,
      )
    for (const p of f.predictedConflicts)
      lines.push(
        `- ${paint('warning', 'predicted conflict')}: ${one(p.agent)} edits ${one(p.path)}, which ${one(p.sibling)} changed at ${p.siblingSha.slice(0, 7)} (warned ${time(p.time)})`,
      )
    for (const b of f.budgetsCrossed)
      lines.push(
        `- ${paint('warning', 'budget crossed')}: ${b.scope} ${one(b.subject)} spent ${formatUsd(b.spentMicroUsd)} of its ${formatUsd(b.budgetMicroUsd)} budget (${time(b.time)})`,
      )
    if (f.usage.total) {
      const u = f.usage.total
      lines.push(
        `- cost ${formatUsd(u.costMicroUsd)} for ${u.tokens} tokens (${u.inputTokens} in, ${u.outputTokens} out, ${u.cacheCreationTokens} cache written, ${u.cacheReadTokens} cache read)`,
      )
      for (const a of f.usage.agents) lines.push(`  - ${one(a.branch)}: ${formatUsd(a.costMicroUsd)}, ${a.tokens} tokens`)
      for (const t of f.usage.tasks) lines.push(`  - ${one(t.task)}: ${formatUsd(t.costMicroUsd)}, ${t.tokens} tokens`)
    }
    lines.push('')
  }
  for (const p of report.problems) lines.push(`- ${paint('error', 'unreadable event file')} ${one(p.path)}: ${one(p.reason)}`)
  while (lines.length && lines[lines.length - 1] === '') lines.pop()
  return `${lines.join('\n')}\n`
}

/** A plain-text table with aligned columns. */
function columns(headers: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['No agents assigned.']
  const width = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(width[i]))
      .join('  ')
      .trimEnd()
  return [line(headers), ...rows.map(line)]
}

/** How many predicted conflicts the status lists: the newest; the rest are in the log. */
export const PREDICTED_SHOWN = 20

function predictedOf(f: FeatureProjection): FeatureStatus['predictedConflicts'] {
  return Object.values(f.predicted ?? {})
    .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0))
    .slice(0, PREDICTED_SHOWN)
    .map((p) => ({
      agent: p.agent,
      path: p.path,
      sibling: p.sibling,
      siblingSha: p.siblingSha,
      ranges: p.ranges,
      time: p.time,
      warnings: p.warnings,
    }))
}

function scanOf(s: ScanState | null): FeatureStatus['lastScan'] {
  return s ? { at: s.at, pairs: s.pairs, conflicted: s.conflicted, errors: s.errors } : null
}
