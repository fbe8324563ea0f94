import { parseCommandLines } from '../config/commands'
import { quote } from '../naming/validate'
import { COMMON_OPTIONS } from '../options/options'
import { renderRoleCiSummary, renderRoleCiText } from '../role-ci'
import type { RoleCiOutcome, RoleCiReport } from '../role-ci/outcome'
import { runRoleCi } from '../role-ci/run-role-ci'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { commandIdentity } from './identity'
import type { AgentIdentity } from '../agents/role-source'
import { trustedConfig } from '../role-ci/trusted-config'
import type { GitHubRunInfo } from '../context'
import { checkedOutBranch } from '../agent-branches'

/** The base branch of the pull request the run is about, if it is about one. */
function pullRequestBase(gh: GitHubRunInfo): string | undefined {
  if (!gh.eventName?.startsWith('pull_request')) return undefined
  const pr = gh.event?.pull_request as { base?: { ref?: unknown } } | undefined
  const ref = gh.baseRef || (typeof pr?.base?.ref === 'string' ? pr.base.ref : undefined)
  return ref || undefined
}

/** The pushed branch, by name only (its content is not read). */
function branchOfRun(gh: GitHubRunInfo): string | undefined {
  if (gh.ref?.startsWith('refs/heads/')) return gh.ref.slice('refs/heads/'.length)
  return gh.headRef || undefined
}

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
    const ws = await openCommandWorkspace(values, ctx, {
      config: async (git, remote, path) => {
        const read = (branch: string | undefined) =>
          trustedConfig({ git, remote, path, pullRequestBase: pullRequestBase(ctx.github), branch, logger: ctx.logger })
        let trusted = await read(values.string('branch') ?? branchOfRun(ctx.github) ?? (await checkedOutBranch(git)) ?? undefined)
        // The CLI on a checkout whose branch does not tell the role: the role file may (never in an action; a file
        // that contradicts an agent branch is an error). It only adds a role where there was none, and the rules
        // then come from the overseer of the file's feature, as for that agent's own branch.
        if (ctx.localRoleFile && !values.has('role') && !values.has('branch')) {
          identity = await commandIdentity(ctx, git, trusted.config.branches)
          if (identity.sources.role === 'file' && identity.branch) trusted = await read(identity.branch)
        }
        return trusted.config
      },
    })
    const fromFile = (identity as AgentIdentity | null)?.sources.role === 'file' ? identity! : null
    const commandsText = values.string('commands')
    const run = await runRoleCi(
      {
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
      },
      { ...ws, ctx },
    )
    const { report, outcome } = run
    const checks = report.checks
    const results = {
      role: report.role,
      branch: report.branch,
      commit: run.commit,
      passed: outcome.passed,
      guard: { ok: report.guard.ok, violations: report.guard.violations },
      scope: report.scope
        ? {
            mode: report.scope.mode,
            source: report.scope.scope.source,
            tasks: report.scope.scope.tasks,
            ...(report.scope.unbounded ? { unchecked: report.scope.unbounded } : {}),
            drift: report.scope.drift,
          }
        : null,
      checks: checks.map((c) => ({
        name: c.name,
        command: c.command,
        passed: c.passed,
        skipped: Boolean(c.skipped),
        exitCode: c.exitCode,
        durationMs: Math.round(c.durationMs),
        reason: c.reason,
      })),
      junit: report.junit.map((j) => ({
        file: j.file,
        tests: j.tests,
        passed: j.passed,
        failed: j.failed,
        skipped: j.skipped,
        failures: j.failures.slice(0, 20),
      })),
      stateCommit: run.stateCommit,
    }
    return {
      exitCode: outcome.passed ? 0 : 1,
      failure: failureText(report, outcome),
      outputs: {
        role: report.role,
        passed: String(checks.filter((c) => c.passed).length),
        failed: String(checks.filter((c) => !c.passed && !c.skipped).length + (report.guard.ok ? 0 : 1) + (scopeFailed(report) ? 1 : 0)),
        skipped: String(checks.filter((c) => c.skipped).length),
        results: JSON.stringify(results),
        'scope-drift': JSON.stringify(report.scope?.drift ?? []),
      },
      summary: renderRoleCiSummary(report),
      text: renderRoleCiText(report, ctx.paint),
      json: results,
    }
  },
}

const SHOWN_VIOLATIONS = 5

function scopeFailed(report: RoleCiReport): boolean {
  return report.scope?.mode === 'fail' && report.scope.drift.length > 0
}

/** Why the step failed; a guard failure names what was refused (the paths, or the pull request's branches). */
function failureText(report: RoleCiReport, outcome: RoleCiOutcome): string {
  const violations = report.guard.violations
  const drift = report.scope?.drift ?? []
  const scoped = (f: string) =>
    f.startsWith('scope:')
      ? `${f} (${drift
          .slice(0, SHOWN_VIOLATIONS)
          .map((d) => quote(d.path))
          .join(', ')}${drift.length > SHOWN_VIOLATIONS ? ', ...' : ''})`
      : f
  if (report.guard.ok || violations.length === 0) return outcome.failures.map(scoped).join('; ')
  const shown = violations
    .slice(0, SHOWN_VIOLATIONS)
    .map((v) => (v.kind === 'pr-target' || v.path === undefined ? v.detail : `protected path ${quote(v.path)}`))
  const more = violations.length > SHOWN_VIOLATIONS ? `; and ${violations.length - SHOWN_VIOLATIONS} more` : ''
  return outcome.failures.map((f) => (f.startsWith('guard:') ? `${f} (${shown.join('; ')}${more})` : scoped(f))).join('; ')
}
