import {
  agentHealth,
  checksText,
  formatUsd,
  lastScan,
  type FeatureProjection,
  type Projection,
  openBlockers,
  openDrift,
} from '../state/projection'

/**
 * Sections whose data other parts of the toolkit record. Each has a typed
 * input and its own render function; absent data renders as "none".
 * `siteExtras` is the one place that reads them from the projection.
 */

/** One agent's health row (the per-agent health the projection keeps). */
export interface AgentHealthInput {
  branch: string
  role: string
  /** e.g. healthy, stale, failing, blocked: shown as a word, never as a colour alone. */
  state: string
  detail?: string
  /** Time of the event the state comes from. */
  since?: string
  /** The open blockers of this agent (every "blocked" names them). */
  blockers?: BlockerInput[]
}

/** The last conflict scan (its heartbeat), recorded even when it found nothing new. */
export interface ScanHeartbeatInput {
  time: string
  commit?: string
  pairs?: number
}

/** An open blocker as a health row names it: id, reason, who raised it, since when. */
export interface BlockerInput {
  id: string
  reason: string
  by?: string
  since: string
}

/** A role-guard violation (a guard-violation event, and its guard-cleared if any). */
export interface GuardViolationInput {
  branch: string
  time: string
  reason: string
  paths: string[]
  clearedAt?: string | null
}

export interface SiteExtras {
  health?: AgentHealthInput[]
  lastScan?: ScanHeartbeatInput | null
  guardViolations?: GuardViolationInput[]
}

/**
 * The extra sections' data for one feature (or, without `feature`, for the
 * overview, which only gets the last scan). A feature page's extras depend on
 * that feature alone: a page is re-rendered only when its own feature changes.
 */
export function siteExtras(projection: Projection, feature?: FeatureProjection): SiteExtras {
  const scan = lastScan(projection, 'conflicts', feature?.spec)
  // Not the scan's own conflict count: the open conflicts are the projection's, said once beside it.
  const lastScanInput = scan ? { time: scan.time, pairs: scan.pairs } : null
  if (!feature) return { lastScan: lastScanInput }
  const open = openBlockers(feature)
  const drifting = (branch: string) => openDrift(feature, branch).length
  const health = agentHealth(feature).map((h) => {
    // A blocker names its agent by branch, `impl-<n>` or `overseer` (the names reports use).
    const names = [h.branch, ...(h.role === 'overseer' ? ['overseer'] : h.index ? [`impl-${h.index}`] : [])]
    const blockers = open
      .filter((b) => b.raised?.agent !== undefined && names.includes(b.raised.agent))
      .map((b) => ({ id: b.id, reason: b.raised!.reason, ...(b.raised!.by ? { by: b.raised!.by } : {}), since: b.raised!.time }))
    const failing = (h.checks?.failed ?? 0) > 0 || (h.checks?.failedTests ?? 0) > 0
    const state =
      h.guard === 'violation'
        ? 'guard violation'
        : failing
          ? 'failing'
          : blockers.length
            ? 'blocked'
            : h.budget
              ? 'over budget'
              : h.lastCommit
                ? 'healthy'
                : 'idle'
    const detail = [
      h.currentTask ? `${h.currentTask.id} ${h.currentTask.state}` : '',
      h.checks ? checksText(h.checks).replace(/^[✅❌] /u, '') : '',
      h.pr ? `PR #${h.pr.number} ${h.pr.action}` : '',
      drifting(h.branch) ? `${drifting(h.branch)} file(s) outside its tasks` : '',
      h.budget ? `spent ${formatUsd(h.budget.spentMicroUsd)} of its ${formatUsd(h.budget.budgetMicroUsd)} budget` : '',
    ].filter(Boolean)
    const since = h.lastActivity ?? h.lastCommitAt
    return {
      branch: h.branch,
      role: h.role,
      state,
      ...(detail.length ? { detail: detail.join('; ') } : {}),
      ...(since ? { since } : {}),
      ...(blockers.length ? { blockers } : {}),
    }
  })
  const guardViolations = Object.values(feature.guards ?? {})
    .filter((g) => g.detected)
    .sort((a, b) => (a.branch < b.branch ? -1 : a.branch > b.branch ? 1 : a.subject < b.subject ? -1 : 1))
    .map((g) => ({
      branch: g.branch,
      time: g.detected!.time,
      reason: g.detected!.detail,
      paths: [g.subject],
      clearedAt: g.raised > g.cleared ? null : g.detected!.time,
    }))
  return { health, lastScan: lastScanInput, guardViolations }
}
