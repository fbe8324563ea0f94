import { initFeature, InitFeatureResult } from '../init-feature/init-feature'
import { COMMON_OPTIONS } from '../options/options'
import { link, md, table } from '../markdown'
import { CommandDefinition } from './command'
import { openWorkspace } from './workspace'
import { parseAgentKinds } from '../init-feature/agent-settings-commit'

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
    const ws = await openWorkspace(values, ctx)
    const result = await initFeature(
      {
        spec: values.requireString('spec-id'),
        implementors: values.int('implementors') ?? 3,
        base: values.string('base'),
        name: values.string('name'),
        agents: parseAgentKinds(values.string('agents')),
        configPath: values.string('config'),
        allowMissingSpec: values.bool('allow-missing-spec'),
      },
      { ...ws, ctx },
    )
    return {
      exitCode: 0,
      outputs: {
        'overseer-branch': result.overseer,
        'implementor-branches': JSON.stringify(result.implementors),
        created: JSON.stringify(result.created),
        'agent-settings-commit': result.agentSettings?.commit ?? '',
        'state-commit': result.stateCommit ?? '',
      },
      summary: renderSummary(result, ctx.github.serverUrl, ctx.github.repository),
      text: renderText(result),
      json: result,
    }
  },
}

function branchUrl(serverUrl: string | undefined, repository: string | undefined, branch: string): string | undefined {
  return serverUrl && repository ? `${serverUrl}/${repository}/tree/${branch.split('/').map(encodeURIComponent).join('/')}` : undefined
}

function renderSummary(r: InitFeatureResult, serverUrl?: string, repository?: string): string {
  const rows = r.branches.map((b) => [
    link(b.branch, branchUrl(serverUrl, repository, b.branch)),
    b.role === 'overseer' ? 'overseer' : `implementor ${b.index}`,
    b.status + (b.diverged ? ' ⚠ does not descend from base' : ''),
    `\`${b.sha.slice(0, 7)}\``,
  ])
  return [
    `## init-feature: ${md(r.spec)}${r.dryRun ? ' (dry run)' : ''}`,
    '',
    `**${md(r.name)}** from ${md(r.base.name)} (\`${r.base.sha.slice(0, 7)}\`), ${r.tasks} task(s) registered.`,
    '',
    ...table(['Branch', 'Role', 'Status', 'Commit'], rows),
    '',
    r.created.length ? `Created ${r.created.length} branch(es) in one atomic push.` : 'No branch needed creating.',
    ...agentSettingsLines(r).map((l) => md(l)),
    r.stateCommit
      ? `State recorded in \`${r.stateCommit.slice(0, 7)}\`.`
      : r.dryRun
        ? 'Dry run: nothing was pushed or recorded.'
        : 'State already up to date.',
    '',
  ].join('\n')
}

function renderText(r: InitFeatureResult): string {
  const lines = [
    `${r.dryRun ? '[dry run] ' : ''}Feature ${r.spec} "${r.name}" from ${r.base.name} (${r.base.sha.slice(0, 7)}), ${r.tasks} task(s)`,
  ]
  for (const b of r.branches)
    lines.push(`  ${b.status.padEnd(12)} ${b.branch}${b.diverged ? '  (warning: does not descend from base)' : ''}`)
  lines.push(...agentSettingsLines(r))
  lines.push(r.stateCommit ? `State: ${r.stateCommit.slice(0, 7)}` : r.dryRun ? 'State: not recorded (dry run)' : 'State: unchanged')
  return lines.join('\n')
}

/** What `agents` did: the shared settings the new branches start with. */
function agentSettingsLines(r: InitFeatureResult): string[] {
  const s = r.agentSettings
  if (!s) return []
  if (!s.files.length) return ['Agent settings: already as wanted on the base; the branches start from the base.']
  const what = s.files.join(', ')
  return [
    s.commit
      ? `Agent settings: ${what} committed in ${s.commit.slice(0, 7)}, which the new branches start from.`
      : `Agent settings: ${what} would be committed before the branches are cut.`,
  ]
}
