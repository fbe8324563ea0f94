import { assertSafeSegment } from '../state/events'
import { type FeatureProjection, type Projection, featuresOf, openConflicts } from '../state/projection'
import { siteExtras } from './extras'
import { section } from './html'
import { esc } from '../text/html'
import { page } from './page'
import { progressSection } from './sections-progress'
import { featureCard, recentEventsSection, taskListSection } from './sections-index'
import { matrixSection, timelineSection } from './sections-conflicts'
import { scopeDriftSection } from './sections-scope'
import { trendsSection } from './sections-trends'
import { costSection } from './sections-cost'
import {
  blockersSection,
  checksSection,
  divergenceSection,
  guardViolationsSection,
  healthSection,
  lastScanSection,
  pullRequestsSection,
} from './sections-other'

/** The site's folder on the state branch: GitHub Pages can publish it alone (the event files stay unpublished). */
export const SITE_DIR = 'docs'
export const SITE_INDEX = `${SITE_DIR}/index.html`
export const sitePage = (spec: string) => `${SITE_DIR}/features/${assertSafeSegment(spec, 'feature id')}.html`

/**
 * "Now" for ages on a feature's page: the newest event of that feature, never the clock, so the same events
 * give the same bytes. Not the newest of all features: a page is re-rendered only when its feature changes.
 */
export function siteNow(feature: FeatureProjection): string {
  return feature.recent[0]?.time ?? '1970-01-01T00:00:00.000Z'
}

/** The open conflicts in words: the projection's count, the same number `events status` and the SQL export give. */
const openConflictsText = (n: number) => `<span class="num" data-count="open-conflicts">${n}</span> open conflict(s)`

/** docs/index.html: every feature at a glance. */
export function renderSiteIndex(projection: Projection): string {
  const extras = siteExtras(projection)
  const cards = featuresOf(projection).map((f) => featureCard(projection, f))
  const body = [
    '<h1>Orchestrator dashboard</h1>',
    `<p>${projection.eventCount} events recorded; ${openConflictsText(openConflicts(projection).length)}. ${lastScanSection(extras.lastScan).replace(/^<p[^>]*>|<\/p>$/g, '')}</p>`,
    cards.length ? `<div class="cards">${cards.join('\n')}</div>` : '<p class="none">No features registered yet.</p>',
    section('recent', 'Recent events', recentEventsSection(projection.recent)),
  ]
  return page('Orchestrator dashboard', '<a href="index.html">All features</a>', body.join('\n'))
}

/** docs/features/<spec>.html: one feature in full. */
export function renderSitePage(projection: Projection, feature: FeatureProjection): string {
  const extras = siteExtras(projection, feature)
  const now = siteNow(feature)
  const body = [
    `<h1>${esc(feature.spec)}: ${esc(feature.registration?.name ?? '(not registered)')}</h1>`,
    `<p>${openConflictsText(openConflicts(projection, feature.spec).length)}.</p>`,
    lastScanSection(extras.lastScan),
    section('progress', 'Progress', progressSection(feature)),
    section('tasks', 'Tasks', taskListSection(feature)),
    section('trends', 'Trends', trendsSection(feature, now)),
    section('health', 'Agent health', healthSection(extras.health)),
    section('matrix', 'Conflict matrix', matrixSection(projection, feature)),
    section('timeline', 'Conflict timeline', timelineSection(feature, now)),
    section('divergence', 'Divergence', divergenceSection(feature)),
    section('checks', 'Checks', checksSection(feature)),
    section('prs', 'Pull requests', pullRequestsSection(feature)),
    section('blockers', 'Blockers', blockersSection(feature)),
    section('guard', 'Guard violations', guardViolationsSection(extras.guardViolations)),
    section('scope', 'Scope drift', scopeDriftSection(feature)),
    ...(feature.usage ? [section('cost', 'Cost', costSection(projection, feature.spec))] : []),
  ]
  return page(`${feature.spec}: orchestrator dashboard`, '<a href="../index.html">All features</a>', body.join('\n'))
}

/** The site's files (paths relative to the state root): the index and the pages of `features` (all when omitted). */
export function renderSite(projection: Projection, features?: Iterable<string>): [string, string][] {
  const files: [string, string][] = [[SITE_INDEX, renderSiteIndex(projection)]]
  const specs = features ? [...new Set(features)].sort() : Object.keys(projection.features).sort()
  for (const spec of specs) {
    const f = projection.features[spec]
    if (f) files.push([sitePage(spec), renderSitePage(projection, f)])
  }
  return files
}
