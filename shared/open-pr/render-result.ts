import { link, md } from '../text/markdown'
import type { OpenPrResult } from './open-pr'

export function renderOpenPrSummary(r: OpenPrResult): string {
  if (r.closed)
    return `## open-pr: #${r.number} ${r.closed}\n\n${link(`#${r.number} ${r.title}`, r.url ?? undefined)}: ${md(r.head)} → ${md(r.base)} recorded as ${r.closed}.\n`
  if (r.number === null && !r.dryRun) return '## open-pr: nothing to record\n'
  const what = r.dryRun ? 'would open or update' : r.created ? 'opened' : r.updated ? 'updated' : 'unchanged'
  return [
    `## open-pr: ${md(r.head)} → ${md(r.base)}`,
    '',
    r.number ? `${link(`#${r.number} ${r.title}`, r.url ?? undefined)} (${what})` : `${md(r.title)} (${what})`,
    '',
    r.body,
    '',
  ].join('\n')
}

export function renderOpenPrText(r: OpenPrResult): string {
  if (r.closed) return `Recorded #${r.number} ${r.head} -> ${r.base} as ${r.closed}: ${r.url}`
  if (r.number === null && !r.dryRun) return 'Nothing to record.'
  if (r.dryRun) return `[dry run] would open or update ${r.head} -> ${r.base}: "${r.title}"\n\n${r.body}`
  return `${r.created ? 'Opened' : r.updated ? 'Updated' : 'Unchanged:'} #${r.number} ${r.head} -> ${r.base}: ${r.url}`
}
