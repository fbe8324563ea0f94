import { document, md, section, table, when } from '../text/markdown'
import { type Projection, agentsOf, featuresOf, latestTests, openBlockers, openConflicts, taskProgress } from '../state/projection'
import { openDrift, openGuards, agentHealth, lastScan } from '../state/projection'
import { healthSection, scanLine } from './health-section'
import { recentSection, resultCell, testCounts } from './render-sections'
import { driftSection, guardSection } from '../role-ci'
import { ownerMismatchSection } from '../sync-status'
import { costSection } from './usage-section'

/** The root README.md of the state branch: every feature at a glance. */
export function renderDashboard(projection: Projection): string {
  const features = featuresOf(projection)
  const featureRows = features.map((f) => {
    const p = taskProgress(f)
    const agents = agentsOf(f)
    const last = f.recent[0]?.time
    return [
      `[${md(f.spec)}](features/${f.spec}/overseer.md)`,
      md(f.registration?.name, 80),
      `${agents.filter((a) => a.role === 'overseer').length} + ${agents.filter((a) => a.role === 'implementor').length}`,
      `${p.done}/${p.total}`,
      String(p.merged),
      String(p.inProgress),
      String(openConflicts(projection, f.spec).length),
      String(openBlockers(f).length),
      when(last),
    ]
  })
  const conflictRows = openConflicts(projection).map((c) => [
    md(c.feature),
    md(c.id),
    `${md(c.left)} and ${md(c.right)}`,
    c.kind ? `${c.kind} conflict` : String(c.files.length),
    when(c.detectedAt),
  ])
  const testRows = features.flatMap((f) =>
    latestTests(f).map((t) => [md(f.spec), md(t.role), md(t.branch), md(t.suite), ...testCounts(t), when(t.time), resultCell(t)]),
  )
  const problems = projection.problems.map((p) => [md(p.path, 300), md(p.reason, 300)])
  const lines = [
    '# Orchestrator state',
    '',
    'This branch is the memory of agent-orchestrator. `events/` holds one immutable JSON file per event;',
    'everything else (this file, `projection.json`, `features/`) is generated from the events on every',
    'write. Do not edit generated files by hand: record events with `orchestrator events` instead.',
    '',
    `Events recorded: ${projection.eventCount}. ${scanLine(lastScan(projection), openConflicts(projection).length)}`,
    '',
    ...section(
      'Features',
      table(
        [
          'Feature',
          'Name',
          'Agents (overseer + implementors)',
          'Tasks done',
          'Merged',
          'In progress',
          'Open conflicts',
          'Blockers',
          'Last event',
        ],
        featureRows,
      ),
      'No features registered yet.',
    ),
    ...healthSection(features.flatMap((f) => agentHealth(f).map((health) => ({ spec: f.spec, health })))),
    ...section('Open conflicts', table(['Feature', 'Id', 'Branches', 'Files', 'Detected'], conflictRows), 'No open conflicts.'),
    ...section(
      'Latest test results',
      table(['Feature', 'Role', 'Branch', 'Suite', 'Tests passed', 'Tests failed', 'Tests skipped', 'When', 'Result'], testRows),
      'No test results yet.',
    ),
    ...guardSection(
      features.flatMap((f) => openGuards(f)),
      true,
    ),
    ...driftSection(
      features.flatMap((f) => openDrift(f)),
      true,
    ),
    ...ownerMismatchSection(projection),
    ...costSection(projection),
    ...recentSection(projection.recent, true),
    ...(problems.length ? section('Unreadable event files', table(['Path', 'Reason'], problems), '') : []),
  ]
  return document(lines)
}
