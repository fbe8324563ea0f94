import { parseShard } from '../conflicts/shard'
import { renderConflictSummary } from '../conflicts/render-summary'
import { ConflictScope } from '../conflicts/types'
import { detectConflicts, DetectConflictsResult } from '../detect-conflicts/detect-conflicts'
import { Logger } from '../logger'
import { annotationLines, formatRanges, isEmptyRange } from '../conflicts/range-text'
import { scanVerdict } from '../conflicts/verdict'
import { COMMON_OPTIONS, TOKEN_OPTION } from '../options/options'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { commandIdentity } from './identity'
import { describeIdentity } from '../agents/role-source'
import { branchGlob } from '../naming/branch-pattern'
import { mergeOrderSummary } from '../integrate/summary-section'
import { causesSummary, causesText } from '../integrate/render-causes'
import { noPaint, type Paint, type Style } from '../cli/colour'
import { trialSettings, type TrialInputs } from '../trials/trial-settings'
import { trialOutputs, trialSummarySection, trialText, annotateTrials } from '../trials/render-trials'
import { resolveParallelism } from '../conflicts/pool'
import { InputError } from '../errors'
import { quote } from '../naming/validate'

const MAX_ANNOTATIONS = 50

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
        'Also build (build) or build and test (test) the merge of every clean pair in trial-scope, and each tip alone: finds build and test conflicts git cannot see. Runs branch code: use a job with a read-only token (see README).',
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
    if (values.string('merge-reports') && (values.string('trial') ?? 'none') !== 'none')
      throw new InputError(
        `trial ${quote(values.string('trial')!)} cannot be combined with merge-reports: the step that merges reports runs no code; run trials in the scanning job (see workflows-examples/conflict-trials.yml)`,
      )
    const ws = await openCommandWorkspace(values, ctx)
    const shardText = values.string('shard')
    const branches = values.list('branches')
    // The CLI in an agent's checkout scans that agent's feature unless told otherwise (an action scans all).
    if (ctx.localRoleFile && !branches.length && !shardText && !values.string('merge-reports') && values.string('scope') !== 'all') {
      const id = await commandIdentity(ctx, ws.git, ws.config.branches)
      if (id.feature) {
        branches.push(branchGlob(ws.config.branches, id.feature))
        ctx.logger.info(`scanning only feature ${id.feature}: ${describeIdentity(id)}; --branches '**' scans every feature`)
      }
    }
    const result = await detectConflicts(
      {
        scope: (values.string('scope') ?? ws.config.conflicts.scope) as ConflictScope,
        branches,
        shard: shardText ? parseShard(shardText) : undefined,
        maxParallel: values.int('max-parallel'),
        reportPath: values.string('report-path'),
        mergeReports: values.string('merge-reports'),
        notify: (values.string('notify') ?? 'none') as 'none' | 'pr',
        label: values.string('label') ?? 'merge-conflict',
        token: values.string('token'),
        record: values.bool('record'),
        cache: values.bool('cache'),
        trial: trialSettings(
          {
            trial: (values.string('trial') ?? 'none') as TrialInputs['trial'],
            scope: (values.string('trial-scope') ?? 'overseer') as TrialInputs['scope'],
            commands: values.string('trial-commands'),
            setup: values.string('trial-setup'),
            maxPairs: values.int('trial-max-pairs') ?? 20,
            timeoutSeconds: values.int('trial-timeout') ?? 600,
          },
          { cwd: ctx.cwd, config: ws.config, maxParallel: resolveParallelism(values.int('max-parallel')) },
        ),
      },
      { ...ws, ctx },
    )
    annotate(result, ctx.logger)
    annotateTrials(result.report, ctx.logger)
    const verdict = scanVerdict(result.report.pairs, values.bool('fail-on-conflict'))
    const conflicts = result.report.pairs.filter((p) => p.status === 'conflicted')
    return {
      exitCode: verdict.exitCode,
      failure: verdict.failure,
      outputs: {
        'conflict-count': String(conflicts.length),
        conflicts: JSON.stringify(
          conflicts.map((p) => ({
            left: p.left,
            right: p.right,
            leftSha: p.leftSha,
            rightSha: p.rightSha,
            files: p.files,
            ...(p.messages ? { messages: p.messages } : {}),
          })),
        ),
        'report-path': result.reportPath,
        clean: String(verdict.clean),
        'state-commit': result.stateCommit ?? '',
        ...trialOutputs(result.report),
      },
      summary:
        renderConflictSummary(result.report, { serverUrl: ctx.github.serverUrl, repository: ctx.github.repository }) +
        trialSummarySection(result.report) +
        noticesSection(result) +
        causesSummary(result.causes, result.causeNotices) +
        mergeOrderSummary(result.report, result.projection),
      text: renderText(result, ctx.paint ?? noPaint),
      json: {
        ...result.report,
        reportPath: result.reportPath,
        newConflicts: result.newConflicts,
        resolvedConflicts: result.resolvedConflicts,
        recorded: result.recorded,
        stateCommit: result.stateCommit,
        notices: result.notices,
        causes: result.causes,
        causeNotices: result.causeNotices,
      },
    }
  },
}

/** A warning on each conflicting file and line range, on both sides, so they show on the pull requests' changed files. */
function annotate(result: DetectConflictsResult, logger: Logger): void {
  let count = 0
  for (const pair of result.report.pairs) {
    if (pair.status === 'error' || pair.status === 'unrelated')
      logger.warning(`${pair.left} ↔ ${pair.right}: ${pair.error ?? 'could not be merged'}`)
    if (pair.status !== 'conflicted') continue
    for (const m of pair.messages ?? []) logger.warning(`conflict between ${pair.left} and ${pair.right}: ${m.text}`)
    for (const file of pair.files) {
      for (const [side, other, ranges] of [
        [pair.left, pair.right, file.leftRanges],
        [pair.right, pair.left, file.rightRanges],
      ] as const) {
        const list = ranges.length ? ranges : [null]
        for (const r of list) {
          if (count++ >= MAX_ANNOTATIONS) return
          const where = r ? (isEmptyRange(r) ? ` (${formatRanges([r])} of ${side})` : ` (lines ${formatRanges([r])} of ${side})`) : ''
          logger.warning(`${file.kind} conflict between ${side} and ${other}${where}`, {
            title: 'Predicted merge conflict',
            // A quoted path names no file of the repository: the annotation goes on the run instead.
            ...(file.pathBase64 === undefined ? { file: file.path, ...(r ? annotationLines(r) : {}) } : {}),
          })
        }
      }
    }
  }
}

function noticesSection(r: DetectConflictsResult): string {
  if (!r.notices.length) return ''
  const rows = r.notices.map(
    (n) =>
      `| #${n.pull} | ${n.conflicts} | ${n.comment}${n.duplicatesRemoved ? ` (${n.duplicatesRemoved} duplicate${n.duplicatesRemoved === 1 ? '' : 's'} removed)` : ''} | ${n.labelAdded ? 'added' : n.labelRemoved ? 'removed' : '-'} |`,
  )
  return [
    '',
    '### Pull request notices',
    '',
    '| Pull request | Conflicts | Comment | Label |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}

/** The scan for a terminal; `paint` colours our own words (labels, counts), never branch names or paths. */
function renderText(r: DetectConflictsResult, paint: Paint): string {
  const s = r.report.summary
  const count = (n: number, word: string, style: Style) => (n ? paint(style, `${n} ${word}`) : `${n} ${word}`)
  const lines = [
    `${s.pairs} pair(s) scanned: ${count(s.conflicted, 'conflicting', 'bad')}, ${paint('ok', `${s.clean} clean`)}, ${s.unrelated} without common history, ${count(s.errors, 'error(s)', 'error')}${r.dryRun ? ' [dry run]' : ''}`,
  ]
  const LABEL = {
    conflicted: paint('bad', 'CONFLICT '),
    unrelated: paint('warning', 'UNRELATED'),
    error: paint('error', 'ERROR    '),
  } as const
  for (const p of r.report.pairs) {
    if (p.status === 'clean') continue
    lines.push(`${LABEL[p.status]} ${p.left} <-> ${p.right}${p.error ? `: ${p.error}` : ''}`)
    for (const f of p.files) {
      const fmt = (rs: { start: number; end: number }[]) => formatRanges(rs, { empty: '-' })
      const where = f.rangesSkipped ? `no line ranges: ${f.rangesSkipped}` : `lines ${fmt(f.leftRanges)} | ${fmt(f.rightRanges)}`
      lines.push(`    ${f.path} (${f.kind}) ${where}`)
    }
    for (const m of p.messages ?? []) lines.push(`    ${m.text}`)
  }
  lines.push(...trialText(r.report))
  lines.push(...causesText(r.causes))
  for (const d of r.report.divergence) lines.push(`  ${d.branch} vs ${d.against}: ${d.ahead ?? '?'} ahead, ${d.behind ?? '?'} behind`)
  if (r.newConflicts || r.resolvedConflicts)
    lines.push(`New conflicts: ${r.newConflicts}; resolved since last scan: ${r.resolvedConflicts}`)
  if (r.recorded) lines.push(`Recorded ${r.recorded} event(s)${r.stateCommit ? ` in ${r.stateCommit.slice(0, 12)}` : ''}`)
  lines.push(`Report: ${r.reportPath}`)
  return lines.join('\n')
}
