import { md, section, table, when } from '../text/markdown'
import { type FeatureProjection, compareTaskIds, featuresOf, type Projection } from '../state/projection'

/** A task finished by another agent than the one the plan gave it to. */
export interface OwnerMismatch {
  feature: string
  id: string
  /** The owner's branch. */
  owner: string
  /** Who reported it done. */
  doneBy: string
  time: string
}

/** Tasks done by an agent other than their owner, by task id. */
export function doneByOthers(feature: FeatureProjection): OwnerMismatch[] {
  const out: OwnerMismatch[] = []
  for (const [id, a] of Object.entries(feature.assignments ?? {})) {
    const t = feature.tasks[id]
    if (!t || t.state !== 'done' || sameAgent(feature, t.agent, a.agent)) continue
    out.push({ feature: feature.spec, id, owner: a.agent, doneBy: t.agent, time: t.time })
  }
  return out.sort((x, y) => compareTaskIds(x.id, y.id))
}

// Reports may name an agent by its branch or by `impl-<n>`.
function sameAgent(feature: FeatureProjection, reported: string, owner: string): boolean {
  if (reported === owner) return true
  const agent = feature.agents[owner]
  return agent?.index !== undefined && reported === `impl-${agent.index}`
}

/** The dashboard and overseer section; empty when every finished task was done by its owner. */
export function ownerMismatchSection(projection: Projection, feature?: string): string[] {
  const rows = featuresOf(projection, feature).flatMap(doneByOthers)
  if (!rows.length) return []
  return section(
    'Done by another agent than planned',
    table(
      [...(feature ? [] : ['Feature']), 'Task', 'Owner', 'Done by', 'When'],
      rows.map((r) => [...(feature ? [] : [md(r.feature)]), md(r.id), md(r.owner), md(r.doneBy), when(r.time)]),
    ),
    '',
  )
}
