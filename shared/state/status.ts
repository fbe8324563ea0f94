import { InputError } from '../errors'
import { document, link, md, sha, table, when } from '../markdown'
import type { StateProblem } from './projection-types'
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
} from './queries'
import { progressText } from './render-feature'
import type { StateSnapshot } from './store'

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
  tasks: { total: number; done: number; inProgress: number; open: number }
  agents: { role: string; branch: string; index: number | null; tasksDone: number; tasksInProgress: number; lastActivity: string | null }[]
  openConflicts: { id: string; left: string; right: string; files: string[]; detectedAt: string; manual: boolean; reason?: string }[]
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
  }[]
  openPrs: { number: number; url: string; head: string; base: string; title: string | null; action: string }[]
  blockers: { id: string; agent: string | null; reason: string; raisedAt: string }[]
  eventCount: number
  lastEvent: string | null
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
      tasks: { total: progress.total, done: progress.done, inProgress: progress.inProgress, open: progress.open },
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
      eventCount: f.eventCount,
      lastEvent: f.recent[0]?.time ?? null,
    }
  })
  return { commit: snapshot.commit, features, problems: projection.problems }
}

/** The status as markdown (readable in a terminal too); user text is escaped. */
export function formatStatus(report: StatusReport): string {
  const lines: string[] = []
  if (report.features.length === 0) lines.push('No features recorded yet.')
  for (const f of report.features) {
    lines.push(`## ${md(f.spec)}${f.name ? `: ${md(f.name)}` : ''}`, '')
    lines.push(
      `Tasks ${progressText(f.tasks)}; ${f.openConflicts.length} open conflict(s); ${f.blockers.length} blocker(s); last event ${when(f.lastEvent) || 'none'}.`,
      '',
    )
    lines.push(
      ...table(
        ['Agent', 'Branch', 'Done', 'In progress', 'Last activity'],
        f.agents.map((a) => [
          md(a.role) + (a.index ? ` ${a.index}` : ''),
          md(a.branch),
          String(a.tasksDone),
          String(a.tasksInProgress),
          when(a.lastActivity),
        ]),
      ),
    )
    for (const c of f.openConflicts)
      lines.push(
        '',
        `- conflict ${md(c.id)}: ${md(c.left)} and ${md(c.right)}${c.files.length ? ` in ${c.files.map((p) => md(p)).join(', ')}` : ''} (since ${when(c.detectedAt)}${c.manual ? `, logged by hand${c.reason ? `: ${md(c.reason)}` : ''}` : ''})`,
      )
    for (const t of f.tests)
      lines.push(
        `- tests ${md(t.suite)} (${md(t.role)}${t.branch ? `, ${md(t.branch)}` : ''}): ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped at ${sha(t.commit)}`,
      )
    for (const p of f.openPrs)
      lines.push(`- PR ${link(`#${p.number}`, p.url)} ${md(p.head)} into ${md(p.base)}${p.title ? `: ${md(p.title)}` : ''}`)
    for (const b of f.blockers) lines.push(`- blocker ${md(b.id)}${b.agent ? ` (${md(b.agent)})` : ''}: ${md(b.reason)}`)
    lines.push('')
  }
  for (const p of report.problems) lines.push(`- unreadable event file ${md(p.path)}: ${md(p.reason)}`)
  return document(lines)
}
