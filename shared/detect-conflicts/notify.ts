import { formatRanges } from '../conflicts/range-text'
import { RunContext } from '../context'
import { ConflictReport } from '../conflicts/types'
import { InputError } from '../errors'
import { applyConflictNotice, type ApplyConflictNoticeResult } from '../github/conflict-notices'
import { NoticeConflict, planConflictNotices } from '../github/conflict-notice-plan'
import { listOpenPulls, parseRepository } from '../github/repository'
import { OpenConflict, type Projection } from '../state/projection'
import { conflictId } from '../state/events'
import { collapsedBrief } from '../resolution'

export interface NoticeOutcome extends ApplyConflictNoticeResult {
  pull: number
  head: string
  conflicts: number
  notify: boolean
}

function rangesText(ranges: { start: number; end: number }[]): string | undefined {
  return ranges.length ? formatRanges(ranges) : undefined
}

/**
 * Current conflicts as notices describe them; with the state, each textual one carries its
 * brief collapsed (hunks, who rebases onto whom, the command that prints the whole brief).
 */
export function noticeConflicts(report: ConflictReport, projection?: Projection): NoticeConflict[] {
  const specOf = new Map(report.branches.map((b) => [b.name, b.spec]))
  const trialKind = (v: string | undefined) => (v === 'build-conflict' ? 'build' : v === 'test-conflict' ? 'test' : undefined)
  return report.pairs
    .filter((p) => p.status === 'conflicted' || trialKind(p.trial?.verdict))
    .map((p) => {
      const kind = trialKind(p.trial?.verdict)
      const spec = specOf.get(p.left) ?? specOf.get(p.right)
      return {
        left: p.left,
        right: p.right,
        files: p.files.map((f) => ({ path: f.path, ranges: rangesText(f.leftRanges) })),
        ...(kind ? { kind, ...(p.trial?.failure ? { check: p.trial.failure.check } : {}) } : {}),
        ...(p.suggestion?.outcome === 'proven' && p.suggestion.branch ? { suggestion: p.suggestion.branch } : {}),
        ...(projection && !kind && spec ? { brief: briefOf(projection, { ...p, feature: spec }) } : {}),
      }
    })
}

function briefOf(
  projection: Projection,
  c: { feature: string; left: string; right: string; files: { path: string; leftRanges: unknown[] }[] },
) {
  const b = collapsedBrief(projection, { ...c, id: conflictId(c.feature, c.left, c.right) })
  return { hunks: b.hunks, files: b.files.length, rebases: b.rebases, onto: b.onto, command: b.command }
}

export function previousNoticeConflicts(open: OpenConflict[]): NoticeConflict[] {
  return open.map((c) => ({
    left: c.left,
    right: c.right,
    files: c.files.map((f) => ({ path: f.path, ranges: rangesText(f.leftRanges) })),
    ...(c.kind ? { kind: c.kind, ...(c.check ? { check: c.check } : {}) } : {}),
    ...(c.suggestion?.outcome === 'proven' && c.suggestion.branch ? { suggestion: c.suggestion.branch } : {}),
  }))
}

/**
 * One comment and one label per open pull request whose head is in a
 * conflicting pair, kept up to date in place; pull requests that are no
 * longer open are never touched.
 */
export async function notifyPullRequests(
  report: ConflictReport,
  previous: OpenConflict[],
  options: { token?: string; label: string; projection?: Projection },
  ctx: RunContext,
): Promise<NoticeOutcome[]> {
  if (!options.token) throw new InputError('notify: pr needs a token with pull-requests: write (pass token: ${{ github.token }})')
  const ref = parseRepository(ctx.github.repository)
  // Loaded here, not at the top: a scan without notify makes no GitHub call and need not parse Octokit.
  const { createGitHubClient } = await import('../github/client')
  const client = createGitHubClient({ token: options.token, apiUrl: ctx.github.apiUrl ?? 'https://api.github.com', logger: ctx.logger })
  const names = new Set(report.branches.map((b) => b.name))
  const openPulls = (await listOpenPulls(client, ref)).filter((p) => names.has(p.head))
  const plans = planConflictNotices({
    openPulls,
    current: noticeConflicts(report, options.projection),
    previous: previousNoticeConflicts(previous),
  })
  const out: NoticeOutcome[] = []
  for (const plan of plans) {
    const r = await applyConflictNotice(client, {
      ...ref,
      pull: plan.pull,
      conflicts: plan.conflicts,
      head: plan.head,
      label: options.label,
      serverUrl: ctx.github.serverUrl,
      repository: ctx.github.repository,
    })
    out.push({ pull: plan.pull, head: plan.head, conflicts: plan.conflicts.length, notify: plan.notify, ...r })
  }
  return out
}
