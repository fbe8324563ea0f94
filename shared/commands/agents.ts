import type { AgentRole } from '../agents/claude-rules'
import { renderSetup } from '../agents/render-setup'
import { setupAgents, type AgentKind, type AgentsSetupOptions } from '../agents/setup'
import type { OptionValues } from '../options/options'
import { CommandDefinition } from './command'
import { DEFAULT_CONFIG_PATH } from '../config/config'
import { choiceOf } from './settings'

/** `orchestrator agents setup`: the agent's side of a role (permission settings and guide), merged into a person's files. */
export const agentsCommand: CommandDefinition = {
  name: 'agents',
  summary:
    "Write the agent's side of its role: Claude Code or Codex permission rules (deny protected paths, destructive git, merging) and a guide section, merged into your own files; --dry-run shows the changes.",
  options: [
    { name: 'action', type: 'string', required: true, positional: 0, choices: ['setup'], description: 'setup.' },
    {
      name: 'role',
      type: 'string',
      choices: ['overseer', 'implementor'],
      description: 'The role (default: from the branch, else .orchestrator/agent.local).',
    },
    {
      name: 'agent',
      type: 'string',
      choices: ['claude', 'codex', 'generic'],
      default: 'claude',
      description:
        'claude: .claude settings and CLAUDE.md; codex: .codex/rules and AGENTS.md (AGENTS.override.md for an implementor); generic: AGENTS.md only.',
    },
    {
      name: 'config',
      type: 'string',
      default: DEFAULT_CONFIG_PATH,
      description: 'Path of the configuration file, read from a trusted commit (never the work tree).',
    },
    { name: 'remote', type: 'string', default: 'origin', description: 'Git remote to read the trusted configuration from.' },
    {
      name: 'block',
      type: 'boolean',
      default: 'false',
      description: 'Claude Code: the check-path hook denies an edit of a file a sibling changed (default: it warns the agent).',
    },
    { name: 'dry-run', type: 'boolean', default: 'false', description: 'Show what would change; write nothing.' },
  ],
  outputs: [],
  async run(values, ctx) {
    const settings = agentsSettings(values)
    const { dryRun } = settings
    const r = await setupAgents(settings, ctx)
    const changed = r.files.filter((f) => f.changed).map((f) => f.path)
    return {
      exitCode: 0,
      outputs: {},
      text: renderSetup(r, dryRun),
      json: { role: r.role, branch: r.branch, spec: r.spec, rules: r.rules, changed, dryRun },
    }
  },
}

function agentsSettings(values: OptionValues): AgentsSetupOptions {
  return {
    role: choiceOf<AgentRole>(values, 'role'),
    agent: choiceOf<AgentKind>(values, 'agent', 'claude'),
    remote: values.string('remote') ?? 'origin',
    configPath: values.string('config'),
    dryRun: values.bool('dry-run'),
    block: values.bool('block'),
  }
}
