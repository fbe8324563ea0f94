import type { FeatureProjection, Projection } from '../state/projection-types'

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
}

/** The last conflict scan (its heartbeat), recorded even when it found nothing new. */
export interface ScanHeartbeatInput {
  time: string
  commit?: string
  pairs?: number
  conflicts?: number
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
 * overview). Nothing is recorded for them on this branch yet, so they render
 * "none"; the projection fields that hold them are wired here.
 */
export function siteExtras(_projection: Projection, _feature?: FeatureProjection): SiteExtras {
  return {}
}
