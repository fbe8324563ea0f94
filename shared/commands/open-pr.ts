import { COMMON_OPTIONS, TOKEN_OPTION } from '../options/options'
import { openPullRequest, OpenPrResult } from '../open-pr/open-pr'
import { link, md } from '../markdown'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { identityBranch } from './identity'

export const openPrCommand: CommandDefinition = {
  name: 'open-pr',
  summary:
    "Open or update the agent branch's pull request: implementor → its overseer branch, overseer → the integration branch. The body is generated from state (tasks, tests, conflicts); text people add is kept. On a pull_request closed event, records the pull request as merged or closed.",
  options: [
    { name: 'branch', type: 'string', positional: 0, description: 'The head branch (default: the pushed or checked-out branch).' },
    { name: 'draft', type: 'boolean', default: 'false', description: 'Create the pull request as a draft.' },
    { name: 'title', type: 'string', description: 'Pull request title (default: "[<spec>] <feature name>: <agent>").' },
    { name: 'body-extra', type: 'multiline', description: 'Markdown added at the end of the generated part of the body.' },
    { name: 'labels', type: 'list', description: 'Labels to add (comma or newline separated).' },
    ...COMMON_OPTIONS,
    TOKEN_OPTION,
  ],
  outputs: [
    { name: 'pr-number', description: 'Number of the pull request.' },
    { name: 'pr-url', description: 'Web address of the pull request.' },
    { name: 'created', description: 'true when this run created the pull request, false when it existed.' },
  ],
  async run(values, ctx) {
    const ws = await openCommandWorkspace(values, ctx)
    const r = await openPullRequest(
      {
        branch: values.string('branch') ?? (await identityBranch(ctx, ws)),
        draft: values.bool('draft'),
        title: values.string('title'),
        bodyExtra: values.string('body-extra'),
        labels: values.list('labels'),
        token: values.string('token'),
      },
      { ...ws, ctx },
    )
    return {
      exitCode: 0,
      outputs: { 'pr-number': r.number === null ? '' : String(r.number), 'pr-url': r.url ?? '', created: String(r.created) },
      summary: renderSummary(r),
      text: renderText(r),
      json: r,
    }
  },
}

function renderSummary(r: OpenPrResult): string {
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

function renderText(r: OpenPrResult): string {
  if (r.closed) return `Recorded #${r.number} ${r.head} -> ${r.base} as ${r.closed}: ${r.url}`
  if (r.number === null && !r.dryRun) return 'Nothing to record.'
  if (r.dryRun) return `[dry run] would open or update ${r.head} -> ${r.base}: "${r.title}"\n\n${r.body}`
  return `${r.created ? 'Opened' : r.updated ? 'Updated' : 'Unchanged:'} #${r.number} ${r.head} -> ${r.base}: ${r.url}`
}
