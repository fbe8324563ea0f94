import { openPullRequest } from '../open-pr/open-pr'
import type { RunContext } from '../context'
import { type OptionValues } from '../options/options'
import { type OpenPrOptions } from '../open-pr/open-pr'
import { renderOpenPrSummary, renderOpenPrText } from '../open-pr/render-result'
import type { Workspace } from '../workspace/workspace'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { branchOrIdentity, trustedConfigOf } from './settings'
import { COMMON_OPTIONS, TOKEN_OPTION } from '../workspace/common-options'

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
    // Rules and destinations come from the trusted configuration, never from the pushed branch's copy.
    const ws = await openCommandWorkspace(values, ctx, { config: trustedConfigOf(values, ctx) })
    const r = await openPullRequest(await openPrSettings(values, ctx, ws), { ...ws, ctx })
    return {
      exitCode: 0,
      outputs: { 'pr-number': r.number === null ? '' : String(r.number), 'pr-url': r.url ?? '', created: String(r.created) },
      summary: renderOpenPrSummary(r),
      text: renderOpenPrText(r),
      json: r,
    }
  },
}

async function openPrSettings(values: OptionValues, ctx: RunContext, ws: Workspace): Promise<OpenPrOptions> {
  return {
    branch: await branchOrIdentity(values, ctx, ws),
    draft: values.bool('draft'),
    title: values.string('title'),
    bodyExtra: values.string('body-extra'),
    labels: values.list('labels'),
    token: values.string('token'),
  }
}
