import { document, md, section, table, when } from '../text/markdown'
import { driftSection, guardSection } from '../role-ci'
import { healthSection, scanLine } from './health-section'
import type { AgentState, FeatureProjection, Projection } from '../state/projection'
import {
  agentHealth,
  lastScan,
  openDrift,
  openGuards,
  overseerOf,
  viewIndex,
  implementorViews,
  agentAliases,
  agentsOf,
  lastActivity,
  latestTests,
  openBlockers,
  openConflicts,
  openPrs,
  taskProgress,
  type TaskProgress,
} from '../state/projection'
import {
  blockersSection,
  conflictsSection,
  divergenceSection,
  prsSection,
  recentSection,
  tasksTable,
  testsSection,
} from './render-sections'
import { ownerMismatchSection } from '../sync-status'
import { predictedSection } from './predicted-section'
import { costSection } from './usage-section'
import { mergeOrderFromState } from '../integrate'

/** `features/<spec>/overseer.md`: the whole feature, from the overseer's seat. */
export function renderOverseerView(projection: Projection, feature: FeatureProjection): string {
  const overseer = overseerOf(feature)
  const progress = taskProgress(feature)
  const names = overseer ? agentAliases(overseer) : ['overseer']
  const reg = feature.registration
  const lines = [
    `# ${md(feature.spec)}${reg ? `: ${md(reg.name)}` : ''} (overseer)`,
    '',
    `- Branch: ${overseer ? md(overseer.branch) : '_no overseer assigned_'}`,
    ...(reg?.baseBranch ? [`- Base branch: ${md(reg.baseBranch)}`] : []),
    ...(reg?.tasksFile ? [`- Tasks file: ${md(reg.tasksFile)}`] : []),
    `- Last activity: ${when(lastActivity(feature, names)) || 'none'}`,
    `- Tasks: ${progressText(progress)}`,
    `- ${scanLine(lastScan(projection, 'conflicts', feature.spec), openConflicts(projection, feature.spec).length)}`,
    `- [Dashboard](../../README.md)`,
    '',
    ...agentsSection(feature),
    ...healthSection(agentHealth(feature).map((health) => ({ health }))),
    ...section('Tasks', tasksTable(progress.tasks, true), 'No tasks registered.'),
    ...ownerMismatchSection(projection, feature.spec),
    ...conflictsSection(openConflicts(projection, feature.spec), overseer?.branch),
    ...divergenceSection(divergenceRows(feature, () => true)),
    ...mergeOrderFromState(projection, feature.spec, 2),
    ...testsSection(latestTests(feature)),
    ...prsSection(openPrs(feature)),
    ...blockersSection(openBlockers(feature)),
    ...guardSection(openGuards(feature), true),
    ...driftSection(openDrift(feature), true),
    ...predictedSection(feature),
    ...costSection(projection, feature.spec),
    ...recentSection(feature.recent, false),
  ]
  return document(lines)
}

/** `features/<spec>/impl-<n>.md`: what one implementor needs to know. */
export function renderImplementorView(projection: Projection, feature: FeatureProjection, agent: AgentState, index: number): string {
  const names = agentAliases(agent)
  const progress = taskProgress(feature)
  const mine = progress.tasks.filter((t) => t.agent !== undefined && names.includes(t.agent))
  const mineProgress = {
    done: mine.filter((t) => t.state === 'done').length,
    inProgress: mine.filter((t) => t.state === 'in-progress').length,
  }
  const conflicts = openConflicts(projection, feature.spec).filter((c) => c.left === agent.branch || c.right === agent.branch)
  const tests = latestTests(feature).filter((t) => (t.branch ? t.branch === agent.branch : names.includes(t.role)))
  const prs = openPrs(feature).filter((p) => p.head === agent.branch)
  const blockers = openBlockers(feature).filter((b) => b.raised?.agent !== undefined && names.includes(b.raised.agent))
  const lines = [
    `# ${md(feature.spec)}: implementor ${index}`,
    '',
    `- Branch: ${md(agent.branch)}`,
    `- Last activity: ${when(lastActivity(feature, names)) || 'none'}`,
    `- Feature tasks: ${progressText(progress)}`,
    `- Tasks by this agent: ${mineProgress.done} done, ${mineProgress.inProgress} in progress`,
    `- [Overseer view](overseer.md) · [Dashboard](../../README.md)`,
    '',
    ...section('Tasks by this agent', tasksTable(mine, false), 'No task reported by this agent yet.'),
    ...conflictsSection(conflicts, agent.branch),
    ...divergenceSection(divergenceRows(feature, (branch) => branch === agent.branch)),
    ...testsSection(tests),
    ...prsSection(prs),
    ...blockersSection(blockers),
    ...guardSection(openGuards(feature, agent.branch), false),
    ...driftSection(openDrift(feature, agent.branch), false),
    ...predictedSection(feature, agent.branch),
    ...costSection(projection, feature.spec, agent.branch),
  ]
  return document(lines)
}

function agentsSection(feature: FeatureProjection): string[] {
  const progress = taskProgress(feature)
  const views = implementorViews(feature)
  const rows = agentsOf(feature).map((a) => {
    const names = agentAliases(a)
    const mine = progress.tasks.filter((t) => t.agent !== undefined && names.includes(t.agent))
    const n = viewIndex(a)
    const view = a.role === 'overseer' ? 'overseer.md' : n !== null && views.get(n) === a ? `impl-${n}.md` : null
    return [
      md(a.role) + (n !== null ? ` ${n}` : ''),
      view ? `[${md(a.branch)}](${view})` : md(a.branch),
      String(mine.filter((t) => t.state === 'done').length),
      String(mine.filter((t) => t.state === 'in-progress').length),
      when(lastActivity(feature, names)),
    ]
  })
  return section('Agents', table(['Agent', 'Branch', 'Done', 'In progress', 'Last activity'], rows), 'No agents assigned.')
}

function divergenceRows(feature: FeatureProjection, keep: (branch: string) => boolean) {
  const rows = []
  for (const branch of Object.keys(feature.divergence).sort()) {
    if (!keep(branch)) continue
    for (const against of Object.keys(feature.divergence[branch]).sort()) {
      rows.push({ branch, against, state: feature.divergence[branch][against] })
    }
  }
  return rows
}

export function progressText(p: Pick<TaskProgress, 'done' | 'total' | 'inProgress'> & { merged?: number }): string {
  return `${p.done}/${p.total} done${p.merged ? ` (${p.merged} merged)` : ''}, ${p.inProgress} in progress`
}
