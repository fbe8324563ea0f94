import type { DriftState, FeatureProjection, GuardState } from './projection-types'
import { cmp } from './queries'

/*
 * What role-ci found and is still open on a branch. role-ci records these
 * (role-ci/guard-state, role-ci/drift-state); the views, integrate, open-pr
 * and agent health read them, so the reading lives here, below all of them.
 */

/** Violations of the feature still open (raised more often than cleared), by branch then subject. */
export function openGuards(feature: FeatureProjection, branch?: string): GuardState[] {
  return Object.values(feature.guards ?? {})
    .filter((g) => g.raised > g.cleared && (branch === undefined || g.branch === branch))
    .sort((a, b) => cmp(a.branch, b.branch) || cmp(a.kind, b.kind) || cmp(a.subject, b.subject))
}

/** Drift of the feature still open (raised more often than cleared), by branch then path. */
export function openDrift(feature: FeatureProjection, branch?: string): DriftState[] {
  return Object.values(feature.drift ?? {})
    .filter((d) => d.raised > d.cleared && (branch === undefined || d.branch === branch))
    .sort((a, b) => cmp(a.branch, b.branch) || cmp(a.path, b.path))
}
