import { parseCommandLines } from '../config/commands'
import { agentContext } from './caller'

import { renderRoleCiSummary, renderRoleCiText } from '../role-ci'
import { runRoleCi } from '../role-ci/run-role-ci'
import { type OptionValues } from '../options/options'
import { branchOfRun, pullRequestBase, roleCiCounts, roleCiFailure, roleCiResults, type RoleCiOptions } from '../role-ci'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { commandIdentity } from './identity'
import type { AgentIdentity } from '../naming/role-source'
import { checkedOutBranch } from '../agent-branches'
import { COMMON_OPTIONS } from '../workspace/common-options'
import { repositoryRemote } from '../role-ci'

export const roleCiCommand: CommandDefinition = {
  name: 'role-ci',
  aliases: ['run-tests'],
  summary:
    "Run the checks that fit the branch's role, after the role guard (implementors may not touch protected paths or target anything but their overseer branch); parse JUnit reports and record test results.",
  options: [
    {
      name: 'role',
      type: 'string',
      choices: ['overseer', 'implementor'],
      description: 'The role (default: worked out from the pushed branch or the pull request head with the naming pattern).',
    },
    {
      name: 'branch',
      type: 'string',
      description: 'The branch under test (default: from the run: the pushed ref or the pull request head).',
    },
    {
      name: 'commands',
      type: 'multiline',
      description:
        'Checks to run, one "name: command" per line (default: roles.<role>.commands from the config, else detected from package.json, pytest, go.mod or Cargo.toml).',
    },
    { name: 'junit', type: 'list', description: 'Glob patterns of JUnit XML reports to read after the checks, e.g. reports/**/*.xml.' },
    { name: 'guard-only', type: 'boolean', default: 'false', description: 'Run only the role guard.' },
    {
      name: 'fail-fast',
      type: 'boolean',
      default: 'false',
      description: 'Stop at the first failing check (the rest are reported as skipped).',
    },
    {
      name: 'conflict-check',
      type: 'boolean',
      default: 'true',
      description: 'For an implementor, also check for merge conflicts with its overseer and sibling implementors.',
    },
    { name: 'timeout-minutes', type: 'integer', min: 1, max: 360, description: 'Time limit per check command.' },
    {
      name: 'record',
      type: 'boolean',
      description: 'Record the results as test-result events on the state branch (default: true in the action, false in the CLI).',
    },
    {
      name: 'token',
      type: 'string',
      secret: true,
      description:
        "GitHub token (in a workflow). With it the guard reads the trusted side (the overseer branch, the pull request's base, the configuration) and records on the run's own repository, GITHUB_SERVER_URL/GITHUB_REPOSITORY, with the token as an extra header, never from origin's URL in .git/config. A job with a token may not run check commands (branch code): use guard-only.",
    },
    ...COMMON_OPTIONS,
  ],
  outputs: [
    { name: 'role', description: 'The role the checks ran for: overseer or implementor.' },
    { name: 'passed', description: 'Number of checks that passed.' },
    { name: 'failed', description: 'Number of checks that failed (guard violations count as one).' },
    { name: 'skipped', description: 'Number of checks skipped (fail-fast).' },
    {
      name: 'results',
      description: 'JSON: guard violations, each check (name, passed, exit code, duration) and JUnit totals with failed tests.',
    },
    {
      name: 'scope-drift',
      description:
        'JSON array of the files an implementor changed outside the paths of its tasks, each with the tasks whose paths cover it and their agents (empty when none, or not checked).',
    },
  ],
  async run(values, ctx) {
    // The rules come from a commit the branch under test cannot change, never from its work tree.
    let identity: AgentIdentity | null = null
    const token = values.string('token')?.trim()
    const ws = await openCommandWorkspace(values, ctx, {
      ...(token ? { remote: repositoryRemote(ctx.github, token) } : {}),
      config: async (git) => ({
        kind: 'trusted',
        pullRequestBase: pullRequestBase(ctx.github),
        branch: values.string('branch') ?? branchOfRun(ctx.github) ?? (await checkedOutBranch(git)) ?? undefined,
        // The CLI on a checkout whose branch does not tell the role: the role file may (never in an action; a file
        // that contradicts an agent branch is an error). It only adds a role where there was none, and the rules
        // then come from the overseer of the file's feature, as for that agent's own branch.
        reconsider:
          ctx.localRoleFile && !values.has('role') && !values.has('branch')
            ? async (naming) => {
                identity = await commandIdentity(ctx, git, naming)
                return identity.sources.role === 'file' && identity.branch ? identity.branch : undefined
              }
            : undefined,
      }),
    })
    const fromFile = (identity as AgentIdentity | null)?.sources.role === 'file' ? identity! : null
    const job = {
      inWorkflow: Boolean(ctx.github.inWorkflow),
      recordAsked: values.has('record') && values.bool('record'),
      token: Boolean(token),
    }
    const run = await runRoleCi({ ...roleCiSettings(values, fromFile), job }, { ...ws, ctx: await agentContext(ctx, ws) })
    const { report, outcome } = run
    const results = roleCiResults(run)
    return {
      exitCode: outcome.passed ? 0 : 1,
      failure: roleCiFailure(report, outcome),
      outputs: {
        role: report.role,
        ...roleCiCounts(report),
        results: JSON.stringify(results),
        'scope-drift': JSON.stringify(report.scope?.drift ?? []),
      },
      summary: renderRoleCiSummary(report),
      text: renderRoleCiText(report, ctx.paint),
      json: results,
    }
  },
}

/** The run's options, read once; `fromFile` is the identity the local role file supplied, if it supplied the role. */
function roleCiSettings(values: OptionValues, fromFile: AgentIdentity | null): RoleCiOptions {
  const commandsText = values.string('commands')
  return {
    role: values.string('role') ?? fromFile?.role,
    branch: values.string('branch'),
    spec: fromFile?.feature,
    commands: commandsText ? parseCommandLines(commandsText, values.source === 'input' ? 'input "commands"' : '--commands') : undefined,
    junit: values.list('junit'),
    guardOnly: values.bool('guard-only'),
    failFast: values.bool('fail-fast'),
    conflictCheck: values.bool('conflict-check'),
    record: values.has('record') ? values.bool('record') : values.source === 'input',
    timeoutMinutes: values.int('timeout-minutes'),
    configPath: values.string('config'),
  }
}
