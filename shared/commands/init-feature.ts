import { initFeature } from '../init-feature/init-feature'

import { type InitFeatureOptions } from '../init-feature/init-feature'
import { renderInitSummary, renderInitText } from '../init-feature/render-result'
import { type OptionValues } from '../options/options'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { parseAgentKinds } from '../init-feature/agent-settings-commit'
import { COMMON_OPTIONS } from '../workspace/common-options'

export const initFeatureCommand: CommandDefinition = {
  name: 'init-feature',
  summary:
    'Create the overseer branch and N implementor branches for a spec in one atomic push, and register the feature and its agents on the state branch.',
  options: [
    {
      name: 'spec-id',
      type: 'string',
      required: true,
      positional: 0,
      description: 'The spec folder name, e.g. 004-user-auth (NNN-slug or YYYYMMDD-HHMMSS-slug).',
    },
    {
      name: 'implementors',
      type: 'integer',
      min: 1,
      max: 20,
      default: '3',
      description: 'How many implementor branches to create (1 to 20).',
    },
    {
      name: 'base',
      type: 'string',
      description: "Branch, tag or commit the branches start from (default: the repository's default branch).",
    },
    { name: 'name', type: 'string', description: 'Human title of the feature (default: the first heading of specs/<spec-id>/spec.md).' },
    {
      name: 'agents',
      type: 'string',
      default: 'none',
      description:
        "Commit the overseer's shared agent settings (claude, codex, generic; comma-separated) on top of base before the branches are cut, so every branch starts with them; none: off.",
    },
    {
      name: 'allow-missing-spec',
      type: 'boolean',
      default: 'false',
      description:
        'Create the branches even though the repository has spec folders and none is named spec-id (by default that is refused as a likely typo).',
    },
    ...COMMON_OPTIONS,
  ],
  outputs: [
    { name: 'overseer-branch', description: 'Name of the overseer branch.' },
    { name: 'implementor-branches', description: 'JSON array of the implementor branch names.' },
    { name: 'created', description: 'JSON array of the branches this run created (empty on a re-run).' },
    {
      name: 'agent-settings-commit',
      description: 'With agents: the commit holding the shared agent settings the new branches start from (empty when none was needed).',
    },
    {
      name: 'state-commit',
      description: 'Commit of the state branch after recording (empty when nothing new was recorded or in dry-run).',
    },
  ],
  async run(values, ctx) {
    const ws = await openCommandWorkspace(values, ctx)
    const result = await initFeature(initFeatureSettings(values), { ...ws, ctx })
    return {
      exitCode: 0,
      outputs: {
        'overseer-branch': result.overseer,
        'implementor-branches': JSON.stringify(result.implementors),
        created: JSON.stringify(result.created),
        'agent-settings-commit': result.agentSettings?.commit ?? '',
        'state-commit': result.stateCommit ?? '',
      },
      summary: renderInitSummary(result, ctx.github.serverUrl, ctx.github.repository),
      text: renderInitText(result),
      json: result,
    }
  },
}

function initFeatureSettings(values: OptionValues): InitFeatureOptions {
  return {
    spec: values.requireString('spec-id'),
    implementors: values.int('implementors') ?? 3,
    base: values.string('base'),
    name: values.string('name'),
    agents: parseAgentKinds(values.string('agents')),
    configPath: values.string('config'),
    allowMissingSpec: values.bool('allow-missing-spec'),
  }
}
