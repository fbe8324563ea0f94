import { document, md, sha, table, when } from '../text/markdown'
import { renderOverseerView } from './render-feature'
import type { StateSnapshot } from '../state/log'
import { featureStatus } from './status'

/**
 * A markdown report of one feature, for attaching to a PR or an issue: the
 * overseer view plus every blocker ever raised and the commit it was read at.
 */
export function exportFeature(snapshot: StateSnapshot, spec: string): string {
  featureStatus(snapshot, spec) // refuses an unknown spec with the list of known ones
  const feature = snapshot.projection.features[spec]
  const view = renderOverseerView(snapshot.projection, feature).trimEnd().split('\n')
  const blockers = Object.values(feature.blockers)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((b) => {
      const open = b.raised && (!b.cleared || b.raised.stamp > b.cleared.stamp)
      return [
        md(b.id),
        open ? 'open' : 'cleared',
        md(b.raised?.reason, 300),
        when(b.raised?.time),
        when(b.cleared?.time),
        md(b.cleared?.note, 200),
      ]
    })
  return document([
    view[0].replace(/ \(overseer\)$/, ' (report)'),
    '',
    `Read from state commit ${sha(snapshot.commit) || '_none_'}; ${feature.eventCount} event(s).`,
    ...view.slice(1).filter((line) => !line.includes('(../../README.md)')),
    '',
    '## Blocker history',
    '',
    ...(blockers.length ? table(['Id', 'State', 'Reason', 'Raised', 'Cleared', 'Note'], blockers) : ['_No blockers were raised._']),
  ])
}
