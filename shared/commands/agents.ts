import { readFileSync } from 'node:fs'
import type { AgentRole } from '../agents/claude-rules'
import { agentBrief, hookJson, parseBriefHookInput, renderBrief } from '../brief'
import { cliInvocation } from '../text/cli-invocation'
import { jsonSafe } from '../text/neutralize'
import type { RunContext } from '../context'
import type { CommandOutcome } from './command'
import { renderSetup } from '../agents/render-setup'
import { setupAgents, type AgentKind, type AgentsSetupOptions } from '../agents/setup'
import type { OptionValues } from '../options/options'
import { quote } from '../text/quote'
import { CommandDefinition } from './command'
import { DEFAULT_CONFIG_PATH } from '../config/config'
import { choiceOf } from './settings'
import { configPathOption } from '../config/config-source'
import { logUsageProblem, parseUsageHookInput, queueClaudeUsage, queueCodexUsage, recordPendingUsage } from '../usage'
import { resolve } from 'node:path'
import { InputError, messageOf } from '../errors'

/** `orchestrator agents setup`: the agent's side of a role (permission settings and guide), merged into a person's files. */
export const agentsCommand: CommandDefinition = {
  name: 'agents',
  summary:
    "Write the agent's side of its role: Claude Code or Codex permission rules (deny protected paths, destructive git, merging), the hooks (check-path before each edit, the brief at each session and prompt, usage after each turn) and a guide section, merged into your own files; --dry-run shows the changes. `agents brief`: what is new for this agent since it last asked (conflicts with both hunks, failing checks, guard, drift, blockers, assignments, merge order, review comments). `agents record-usage`: what the agent's model used since the last call (Claude Code's Stop and SessionEnd hook, or a Codex session log), priced and recorded in the background.",
  options: [
    {
      name: 'action',
      type: 'string',
      required: true,
      positional: 0,
      choices: ['setup', 'brief', 'record-usage'],
      description:
        "setup: write the files; brief: print what is new for this agent (nothing when nothing is); record-usage (reads the hook's JSON on stdin, or --codex-log; never fails: problems go to .git/orchestrator/usage.log).",
    },
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
    {
      name: 'codex-log',
      type: 'string',
      description: 'record-usage: a Codex session log (~/.codex/sessions/…/rollout-*.jsonl) to read instead of the hook input.',
    },
    {
      name: 'record-pending',
      type: 'boolean',
      default: 'false',
      description: 'Internal: record the queued usage (the background recorder record-usage starts).',
    },
    {
      name: 'hook',
      type: 'boolean',
      default: 'false',
      description:
        'brief: read a Claude Code or Codex SessionStart / UserPromptSubmit payload on stdin and answer as its hook (JSON with hookSpecificOutput.additionalContext); always exits 0.',
    },
    {
      name: 'fetch-timeout',
      type: 'integer',
      default: '3',
      description:
        'brief: fetch the state branch and the feature branches first, stopped after this many seconds (0: read what is fetched).',
    },
    {
      name: 'record',
      type: 'boolean',
      description: 'brief: record a brief-delivered event (in the background) when something was told. Default: on with --hook.',
    },
    {
      name: 'token',
      type: 'string',
      description: 'brief: a GitHub token (default GITHUB_TOKEN or GH_TOKEN) to read new comments on your pull request.',
    },
  ],
  outputs: [],
  async run(values, ctx) {
    if (values.requireString('action') === 'record-usage') return recordUsage(values, ctx)
    if (values.requireString('action') === 'brief') return runBrief(values, ctx)
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

/**
 * `agents record-usage`: as a hook it never fails the agent (exit 0, nothing printed): a
 * problem goes to the usage log. With --codex-log a person or a wrapper runs it: a bad path is exit 2.
 */
async function recordUsage(values: OptionValues, ctx: RunContext): Promise<CommandOutcome> {
  const remote = values.string('remote') ?? 'origin'
  const configPath = configPathOption(values.string('config'))
  const now = ctx.now()
  if (values.bool('record-pending')) {
    try {
      const r = await recordPendingUsage(ctx.cwd, remote, ctx.logger, configPath, now)
      return { exitCode: 0, outputs: {}, text: `recorded ${r.usage} agent-usage and ${r.crossings} budget-crossed event(s)`, json: r }
    } catch (error) {
      await logUsageProblem(ctx.cwd, `${now.toISOString()} usage recorder: ${messageOf(error)}`)
      throw error
    }
  }
  const queue = { now, cliScript: ctx.cliScript, remote, configPath }
  const codexLog = values.string('codex-log')
  if (codexLog !== undefined) {
    // The agent's own log, outside the workspace (~/.codex): read only as a regular .jsonl file, never through a link.
    const path = resolve(ctx.cwd, codexLog)
    if (!path.endsWith('.jsonl') || codexLog.includes('\0'))
      throw new InputError(`--codex-log ${quote(codexLog)} must be a Codex session log (a .jsonl file)`)
    const r = await queueCodexUsage(ctx.cwd, path, queue)
    return { exitCode: 0, outputs: {}, text: `queued ${r.queued} stretch(es) of usage${r.reason ? ` (${r.reason})` : ''}`, json: r }
  }
  try {
    const input = parseUsageHookInput(readFileSync(0, 'utf8'), process.env.CLAUDE_PROJECT_DIR || ctx.cwd)
    const r = await queueClaudeUsage(input, queue)
    if (r.reason) await logUsageProblem(input.cwd, `${now.toISOString()} usage hook: ${r.reason}`)
    return { exitCode: 0, outputs: {}, text: '', json: r }
  } catch (error) {
    await logUsageProblem(ctx.cwd, `${now.toISOString()} usage hook: ${messageOf(error)}`)
    return { exitCode: 0, outputs: {}, text: '', json: {} }
  }
}

/** `agents brief [--hook]`: never fails (exit 0); what could not be told is one line (the hook's systemMessage). */
async function runBrief(values: OptionValues, ctx: RunContext): Promise<CommandOutcome> {
  const hook = values.bool('hook')
  const input = hook ? parseBriefHookInput(readFileSync(0, 'utf8'), ctx.cwd) : { event: 'UserPromptSubmit' as const, cwd: ctx.cwd }
  const token = values.string('token')
  const result = await agentBrief({
    cwd: input.cwd,
    remote: values.string('remote') ?? 'origin',
    configPath: configPathOption(values.string('config')),
    fetchTimeoutMs: Math.max(0, values.int('fetch-timeout') ?? 3) * 1000,
    cli: ctx.cliScript ? cliInvocation(ctx.cliScript, input.cwd) : 'npx orchestrator',
    cliScript: ctx.cliScript,
    record: values.has('record') ? values.bool('record') : hook,
    ...(token ? { github: { token, apiUrl: ctx.github.apiUrl ?? 'https://api.github.com', repository: ctx.github.repository } } : {}),
    readRoleFile: ctx.localRoleFile === true,
    // A new session (or a compacted one) has lost what earlier ones were told: it hears everything still true.
    full: input.event === 'SessionStart',
    now: ctx.now(),
    logger: ctx.logger,
  })
  const json = { agent: result.agent, items: result.items, note: result.note, queued: result.queued }
  if (hook) return { exitCode: 0, outputs: {}, text: jsonSafe(hookJson(input.event, result)), json }
  const text = [renderBrief(result), result.note ? `agent-orchestrator brief: ${result.note}` : ''].filter(Boolean).join('\n')
  return { exitCode: 0, outputs: {}, text, json }
}
