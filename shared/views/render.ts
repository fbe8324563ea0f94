import { renderSite, SITE_INDEX, sitePage } from '../dashboard'
import { renderDashboard } from './render-dashboard'
import { renderImplementorView, renderOverseerView } from './render-feature'
import { implementorViews, withOpenConflictsKept, type Projection } from '../state/projection'
import type { StateLayout, StateRenderer } from '../state/log'

/**
 * The markdown files for the dashboard and the given features (all when
 * omitted), by their path on the state branch. Output depends only on the
 * projection, so the same events always give the same bytes.
 */
export function renderViews(projection: Projection, layout: StateLayout, features?: Iterable<string>): Map<string, string> {
  return withOpenConflictsKept(projection, () => renderEach(projection, layout, features))
}

function renderEach(projection: Projection, layout: StateLayout, features?: Iterable<string>): Map<string, string> {
  const files = new Map<string, string>()
  files.set(layout.dashboardPath, renderDashboard(projection))
  const specs = features ? [...new Set(features)].sort() : Object.keys(projection.features).sort()
  for (const spec of specs) {
    const feature = projection.features[spec]
    if (!feature) continue
    files.set(layout.overseerViewPath(spec), renderOverseerView(projection, feature))
    for (const [index, agent] of [...implementorViews(feature)].sort((a, b) => a[0] - b[0])) {
      files.set(layout.implementorViewPath(spec, index), renderImplementorView(projection, feature, agent, index))
    }
  }
  // The web dashboard (docs/): the index and the pages of the same features.
  for (const [path, html] of renderSite(projection, specs)) files.set(layout.full(path), html)
  return files
}

/** The web dashboard's files an append of events of `features` rewrites (their folders are read before the commit is built). */
export function siteFiles(layout: StateLayout, features: readonly string[]): string[] {
  return [layout.full(SITE_INDEX), ...features.map((f) => layout.full(sitePage(f)))]
}

/** The views every state store writes: passed to the log where a store is created (see state-store.ts). */
export const viewRenderer: StateRenderer = { render: renderViews, siteFiles }
