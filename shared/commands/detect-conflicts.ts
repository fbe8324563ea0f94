import { parseShard } from '../conflicts/shard'
import { agentContext } from './caller'
import type { ConflictScope } from '../conflicts/types'
import { scanVerdict } from '../conflicts/verdict'
import { resolveParallelism } from '../conflicts/pool'
import { clockMark } from '../conflicts/phase-clock'
import { locatedBy, SIBLING_CACHE_FILE } from '../check-path'
import {
  annotateConflicts,
  detectConflicts,
  renderScanSummary,
  renderScanText,
  scanJson,
  scanJsonText,
  scanOutputs,
  type DetectConflictsOptions,
} from '../detect-conflicts'
import { mergeOrderSummary } from '../integrate'
import { annotateTrials, refuseTrialsInHoldingJob } from '../trials'
import { suggestSettings } from '../suggest'
import { trialSettings, type TrialInputs } from '../trials'
import { describeIdentity } from '../naming/role-source'
import { branchGlob } from '../naming/branch-pattern'
import { InputError } from '../errors'
import type { RunContext } from '../context'
import { noPaint } from '../text/paint'
import { type OptionValues } from '../options/options'
import type { Workspace } from '../workspace/workspace'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { commandIdentity } from './identity'
import { choiceOf } from './settings'
import { quote } from '../text/quote'
import { COMMON_OPTIONS, TOKEN_OPTION } from '../workspace/common-options'

export const detectConflictsCommand: CommandDefinition = {
  name: 'detect-conflicts',
  aliases: ['check-conflicts'],
  summary:
    'Predict merge conflicts between the agent branches before anyone rebases: every implementor against the others and its overseer (or every pair), with files, line ranges and divergence; records new and resolved conflicts.',
  options: [
    {
      name: 'scope',
      type: 'string',
      choices: ['feature', 'all'],
      default: 'feature',
      description:
        'feature: pairs within each feature (implementors with each other and with their overseer); all: every pair of the selected branches, across features.',
    },
    {
      name: 'branches',
      type: 'list',
      description:
        "Glob patterns (comma or newline separated) that narrow the agent branches scanned, e.g. feature/004-*/** (CLI default: the checkout's own feature, when its branch or role file names one; '**' for all).",
    },
    { name: 'fail-on-conflict', type: 'boolean', default: 'true', description: 'Fail the step (CLI: exit 1) when conflicts exist.' },
    { name: 'max-parallel', type: 'integer', min: 1, max: 64, description: 'Concurrent git merges (default: the number of CPUs).' },
    {
      name: 'shard',
      type: 'string',
      description:
        'Scan only the i-th of n deterministic slices of the pairs, e.g. 2/4 (for a workflow matrix); merge the reports with merge-reports.',
    },
    {
      name: 'merge-reports',
      type: 'string',
      description: 'Glob of shard report files to combine into one summary and one set of events, instead of scanning.',
    },
    {
      name: 'report-path',
      type: 'string',
      description: 'Where to write the full JSON report (default: $RUNNER_TEMP/conflict-report.json).',
    },
    {
      name: 'notify',
      type: 'string',
      choices: ['none', 'pr'],
      default: 'none',
      description:
        'pr: keep one comment and a label on each open pull request whose branch is in a conflicting pair (needs pull-requests: write).',
    },
    {
      name: 'label',
      type: 'string',
      default: 'merge-conflict',
      description: 'Label added to pull requests with conflicts (notify: pr) and removed when they are gone.',
    },
    { name: 'record', type: 'boolean', default: 'true', description: 'Record conflict and divergence events on the state branch.' },
    {
      name: 'cache',
      type: 'boolean',
      default: 'true',
      description:
        'Reuse the verdicts of earlier scans kept on the state branch (a verdict depends only on the two commits, git’s version and the pinned merge settings) and keep the new ones; false merges every pair again.',
    },
    {
      name: 'trial',
      type: 'string',
      choices: ['none', 'build', 'test'],
      default: 'none',
      description:
        "Also build (build) or build and test (test) the merge of every clean pair in trial-scope, and each tip alone: finds build and test conflicts git cannot see. Runs branch code: refused unless the job holds nothing (record: false, token: '', no secret in its environment or git configuration; see README).",
    },
    {
      name: 'trial-scope',
      type: 'string',
      choices: ['overseer', 'all'],
      default: 'overseer',
      description: 'overseer: each implementor merged into its overseer; all: every clean pair the scan saw.',
    },
    {
      name: 'trial-commands',
      type: 'multiline',
      description:
        'Checks to run, one "name: command" per line (names with test, spec or e2e are test checks, the others build checks); default: what role-ci runs for the overseer.',
    },
    {
      name: 'trial-setup',
      type: 'string',
      description:
        'Command run once per tip before its checks (e.g. npm ci); a merge with the same dependency manifests as a tip reuses its products (hard links).',
    },
    {
      name: 'trial-max-pairs',
      type: 'integer',
      min: 1,
      max: 10000,
      default: '20',
      description: 'Most pairs tried in one run (cached ones are free); the rest are reported as skipped.',
    },
    {
      name: 'trial-timeout',
      type: 'integer',
      min: 1,
      max: 21600,
      default: '600',
      description: 'Seconds each trial command may run before it is stopped.',
    },
    {
      name: 'suggest',
      type: 'boolean',
      default: 'false',
      description:
        'Run suggest-command on each conflicting pair the state has no suggestion for (at these tips, from this command), in a sandbox: a repository of its own with the merge in progress (markers in the files), the conflict brief on stdin, no token, HOME and TMPDIR inside it. A suggestion is proven only if no marker is left, only the conflicting files changed and the merge passes the trial checks; the job that records the report (merge-reports) pushes it as orchestrator/suggest/<pair-id>. Runs untrusted code: refused unless the job holds nothing, like trial.',
    },
    {
      name: 'suggest-command',
      type: 'string',
      description:
        'The resolver: a program and its arguments (an agent CLI such as claude -p, or a script), split into words like a shell would but run without one (no variables, globs, pipes or redirections; quote with \' or "). It reads the brief on stdin and edits the conflicting files in its working folder.',
    },
    {
      name: 'suggest-max-pairs',
      type: 'integer',
      min: 1,
      max: 1000,
      default: '5',
      description: 'Most resolver runs in one scan (pairs the state answers are free); the rest are reported as skipped.',
    },
    {
      name: 'suggest-timeout',
      type: 'integer',
      min: 1,
      max: 21600,
      default: '900',
      description: 'Seconds one resolver run may take; then its whole process group is killed and the suggestion rejected.',
    },
    ...COMMON_OPTIONS,
    TOKEN_OPTION,
  ],
  outputs: [
    { name: 'conflict-count', description: 'Number of conflicting branch pairs.' },
    { name: 'conflicts', description: 'JSON array of the conflicting pairs: branches, files, kinds and line ranges on each side.' },
    { name: 'report-path', description: 'Path of the full JSON report (all pairs, divergence).' },
    { name: 'clean', description: 'true when no pair conflicts, else false.' },
    { name: 'state-commit', description: 'Commit of the state branch after recording (empty when nothing new).' },
    {
      name: 'trial-conflicts',
      description:
        'JSON array of the build and test conflicts found by trials: branches, commits, verdict, failing check (empty array without trial).',
    },
    {
      name: 'trial-untested',
      description: 'JSON array of the pairs a trial could not judge because a side fails on its own, with that side.',
    },
  ],
  async run(values, ctx) {
    // Every git process this command starts is in the report's timings, opening the repository's too.
    const since = clockMark()
    const mergeReports = values.string('merge-reports')
    const trial = choiceOf<TrialInputs['trial']>(values, 'trial', 'none')
    if (mergeReports && trial !== 'none')
      throw new InputError(
        `trial ${quote(trial)} cannot be combined with merge-reports: the step that merges reports runs no code; run trials in the scanning job (see workflows-examples/conflict-trials.yml)`,
      )
    if (mergeReports && values.bool('suggest'))
      throw new InputError(
        'suggest cannot be combined with merge-reports: the step that merges reports runs no code and pushes the proven suggestions it finds in them; run the resolver in the scanning job (see workflows-examples/conflict-suggestions.yml)',
      )
    // The CLI in a checkout: the checked-out branch (an agent's is the actor of what it records) and where
    // check-path's cache lies (refreshed after the scan), asked in the rev-parse that opens the repository.
    const inCheckout = Boolean(ctx.cliScript && !mergeReports)
    const ws = await openCommandWorkspace(values, ctx, inCheckout ? { checkoutFacts: SIBLING_CACHE_FILE } : {})
    const settings = await detectConflictsSettings(values, ctx, ws)
    // Trials run branch code: only in a job that holds nothing (no write, no token, no secret), else refused before any work.
    if (settings.trial)
      await refuseTrialsInHoldingJob({
        trial: settings.trial.mode,
        record: settings.record,
        secretInputs: detectConflictsCommand.options.filter((o) => o.secret && values.string(o.name)).map((o) => o.name),
        git: ws.git,
      })
    // The resolver is untrusted code like branch code (it reads branch content; its merge is built and tested): the same rule.
    if (settings.suggest)
      await refuseTrialsInHoldingJob({
        trial: settings.trial?.mode ?? 'test',
        subject: {
          what: 'suggest runs suggest-command on branch content and builds and tests the merge it makes',
          example: 'workflows-examples/conflict-suggestions.yml',
        },
        record: settings.record,
        secretInputs: detectConflictsCommand.options.filter((o) => o.secret && values.string(o.name)).map((o) => o.name),
        git: ws.git,
      })
    const checkout = inCheckout ? locatedBy(ctx.cwd, ws.checkout ?? null) : undefined
    const result = await detectConflicts(
      { ...settings, since, ...(checkout !== undefined ? { checkout } : {}) },
      { ...ws, ctx: await agentContext(ctx, ws, checkout ? checkout.branch : undefined) },
    )
    annotateConflicts(result, ctx.logger)
    annotateTrials(result.report, ctx.logger)
    const verdict = scanVerdict(result.report.pairs, values.bool('fail-on-conflict'))
    // Rendered when read: the CLI prints the text or the JSON and never the summary (on 2,000 pairs each costs tens of ms).
    const outputs = once(() => scanOutputs(result, verdict.clean))
    const summary = once(() => renderScanSummary(result, ctx.github) + mergeOrderSummary(result.report, result.projection))
    const text = once(() => renderScanText(result, ctx.paint ?? noPaint))
    return {
      exitCode: verdict.exitCode,
      failure: verdict.failure,
      get outputs() {
        return outputs()
      },
      get summary() {
        return summary()
      },
      get text() {
        return text()
      },
      json: scanJson(result),
      // The report's text as written, with this run's fields: the pairs are serialized once.
      jsonText: () => scanJsonText(result),
    }
  },
}

/** The scan this run asks for, read once from its options. */
async function detectConflictsSettings(values: OptionValues, ctx: RunContext, ws: Workspace): Promise<DetectConflictsOptions> {
  const shardText = values.string('shard')
  const mergeReports = values.string('merge-reports')
  const branches = values.list('branches')
  // The CLI in an agent's checkout scans that agent's feature unless told otherwise (an action scans all).
  if (ctx.localRoleFile && !branches.length && !shardText && !mergeReports && values.string('scope') !== 'all') {
    const id = await commandIdentity(ctx, ws.git, ws.config.branches)
    if (id.feature) {
      branches.push(branchGlob(ws.config.branches, id.feature))
      ctx.logger.info(`scanning only feature ${id.feature}: ${describeIdentity(id)}; --branches '**' scans every feature`)
    }
  }
  const maxParallel = resolveParallelism(values.int('max-parallel'))
  const trialInputs = (mode: TrialInputs['trial']): TrialInputs => ({
    trial: mode,
    scope: choiceOf<TrialInputs['scope']>(values, 'trial-scope', 'overseer'),
    commands: values.string('trial-commands'),
    setup: values.string('trial-setup'),
    maxPairs: values.int('trial-max-pairs') ?? 20,
    timeoutSeconds: values.int('trial-timeout') ?? 600,
  })
  const trialMode = choiceOf<TrialInputs['trial']>(values, 'trial', 'none')
  const suggesting = values.bool('suggest')
  // A suggestion is proven with the trial's checks: test mode unless trial: build says only build.
  const proofChecks = () =>
    trialSettings(trialInputs(trialMode === 'none' ? 'test' : trialMode), { cwd: ctx.cwd, config: ws.config, maxParallel })
  return {
    suggest: suggestSettings(
      {
        suggest: suggesting,
        command: values.string('suggest-command'),
        maxPairs: values.int('suggest-max-pairs') ?? 5,
        timeoutSeconds: values.int('suggest-timeout') ?? 900,
      },
      proofChecks,
    ),
    scope: choiceOf<ConflictScope>(values, 'scope', ws.config.conflicts.scope),
    branches,
    shard: shardText ? parseShard(shardText) : undefined,
    maxParallel: values.int('max-parallel'),
    reportPath: values.string('report-path'),
    mergeReports,
    notify: choiceOf<'none' | 'pr'>(values, 'notify', 'none'),
    label: values.string('label') ?? 'merge-conflict',
    token: values.string('token'),
    record: values.bool('record'),
    cache: values.bool('cache'),
    trial: trialSettings(trialInputs(trialMode), { cwd: ctx.cwd, config: ws.config, maxParallel }),
  }
}

/** `make`'s value, computed on the first call only. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}
