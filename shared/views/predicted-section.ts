import { md, section, sha, table, when } from '../text/markdown'
import type { FeatureProjection } from '../state/projection'

/** How many predicted conflicts a view lists (the newest); the rest stay in the log. */
const SHOWN = 20

/**
 * The overseer's view of check-path's warnings: which agent was about to edit
 * a file a sibling had changed, and which lines. Nothing at all (not even a
 * heading) until the first warning, so views of features without the hook read
 * as before.
 */
export function predictedSection(feature: FeatureProjection, agent?: string): string[] {
  const rows = Object.values(feature.predicted ?? {})
    .filter((p) => agent === undefined || p.agent === agent || p.sibling === agent)
    .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0))
    .slice(0, SHOWN)
    .map((p) => [
      md(p.agent),
      md(p.path),
      md(p.sibling),
      sha(p.siblingSha),
      md(
        p.ranges
          .map((r) => (r.end < r.start ? `(removed after ${r.end})` : r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`))
          .join(', ') || '(file)',
      ),
      when(p.time),
    ])
  if (rows.length === 0) return []
  return section(
    'Predicted conflicts (check-path warnings)',
    table(['Agent', 'File', 'Changed by', 'At', "Sibling's lines", 'Warned'], rows),
    '',
  )
}
