import type { AgentState, FeatureProjection } from './projection-types'
import { agentsOf } from './queries'

/*
 * Who holds which seat of a feature. Views name their files after these and
 * integrate orders merges by them, so they live here, below both (they used
 * to be in the overseer view, which made integrate and the views import each
 * other).
 */

/** The implementor number a view is named after: the assigned index, or the `impl-<n>` suffix of its branch. */
export function viewIndex(agent: AgentState): number | null {
  if (agent.role !== 'implementor') return null
  if (agent.index) return agent.index
  const m = /impl-(\d{1,3})$/.exec(agent.branch)
  return m && Number(m[1]) > 0 ? Number(m[1]) : null
}

/** Implementors that get an `impl-<n>.md`: per index, the one assigned last. */
export function implementorViews(feature: FeatureProjection): Map<number, AgentState> {
  const byIndex = new Map<number, AgentState>()
  for (const agent of agentsOf(feature)) {
    const n = viewIndex(agent)
    if (n === null) continue
    const current = byIndex.get(n)
    if (!current || agent.stamp > current.stamp) byIndex.set(n, agent)
  }
  return byIndex
}

/** The feature's overseer: of several assigned, the one assigned last. */
export function overseerOf(feature: FeatureProjection): AgentState | null {
  const overseers = agentsOf(feature).filter((a) => a.role === 'overseer')
  return overseers.reduce<AgentState | null>((best, a) => (!best || a.stamp > best.stamp ? a : best), null)
}
