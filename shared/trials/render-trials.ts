import type { ConflictReport, PairResult } from '../conflicts/types'
import { mdStrict } from '../text/markdown'
import type { Logger } from '../logger'
import { neutralize } from '../text/neutralize'
import type { CheckFailure, PairTrial } from './types'

const MAX_ROWS = 50
const MAX_TAILS = 10

type Tried = PairResult & { trial: PairTrial }

function tried(report: ConflictReport): Tried[] {
  return report.pairs.filter((p): p is Tried => p.trial !== undefined)
}
function conflicts(report: ConflictReport): Tried[] {
  return tried(report).filter((p) => p.trial.verdict === 'build-conflict' || p.trial.verdict === 'test-conflict')
}

/** The `trial-conflicts` and `trial-untested` outputs (empty arrays without a trial, so a workflow can always parse them). */
export function trialOutputs(report: ConflictReport): Record<string, string> {
  const bad = conflicts(report).map((p) => ({
    left: p.left,
    right: p.right,
    leftSha: p.leftSha,
    rightSha: p.rightSha,
    verdict: p.trial.verdict,
    check: p.trial.failure?.check,
    exitCode: p.trial.failure?.exitCode ?? null,
  }))
  const untested = tried(report)
    .filter((p) => p.trial.verdict === 'untested')
    .map((p) => ({
      left: p.left,
      right: p.right,
      broken: (p.trial.brokenSides ?? []).map((s) => ({ side: s.side, branch: s.branch, check: s.failure.check })),
    }))
  return { 'trial-conflicts': JSON.stringify(bad), 'trial-untested': JSON.stringify(untested) }
}

function describe(f: CheckFailure): string {
  return `${f.check} (${f.kind}) ${f.reason ?? `exit ${f.exitCode ?? '?'}`}`
}

/** A fenced block no line of `text` can close. */
function fenced(text: string): string {
  const clean = neutralize(text, { multiline: true })
  const longest = Math.max(2, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}text\n${clean}\n${fence}`
}

/** The job summary's trial section: counts and cost, each conflict with the failing check's output tail, untested and skipped pairs. */
export function trialSummarySection(report: ConflictReport): string {
  const t = report.trials
  if (!t) return ''
  const per = t.tried ? ` (${(t.durationMs / t.tried / 1000).toFixed(1)} s per trial)` : ''
  const lines = [
    '',
    `## Build and test trials (${mdStrict(t.mode)})`,
    '',
    `${t.buildConflicts + t.testConflicts ? `**${t.buildConflicts} build and ${t.testConflicts} test conflict(s)**` : 'No build or test conflicts'} · ` +
      `${t.untested} untested · ${t.flaky} flaky · ${t.errors} not tried (error) — ${t.pairs} clean pair(s) in scope ${mdStrict(t.scope)}; ` +
      `${t.tried} tried, ${t.cached} from the cache, ${t.skipped} skipped; ${t.tipsRun} tip(s) checked alone, ${t.tipsCached} from the cache; ` +
      `setup reused ${t.setupReused} time(s)${t.setupReused ? ` (about ${(t.setupSavedMs / 1000).toFixed(1)} s of setup saved)` : ''}; ${(t.durationMs / 1000).toFixed(1)} s${per}.`,
    '',
    `Checks: ${t.commands.map((c) => `${mdStrict(c.name)} (${c.kind})`).join(', ')}${t.setup ? `; setup: ${mdStrict(t.setup)}` : ''}.`,
    '',
  ]
  const bad = conflicts(report)
  if (bad.length) {
    lines.push('| Pair | Verdict | Failing check |', '| --- | --- | --- |')
    for (const p of bad.slice(0, MAX_ROWS))
      lines.push(`| ${mdStrict(p.left)} ↔ ${mdStrict(p.right)} | ${p.trial.verdict} | ${mdStrict(describe(p.trial.failure!))} |`)
    if (bad.length > MAX_ROWS) lines.push('', `${bad.length - MAX_ROWS} more in the JSON report.`)
    lines.push('')
    for (const p of bad.slice(0, MAX_TAILS)) {
      lines.push(
        `<details><summary>${mdStrict(p.left)} ↔ ${mdStrict(p.right)}: ${mdStrict(p.trial.failure!.check)} output (last lines)</summary>`,
        '',
        fenced(p.trial.failure!.tail || '(no output)'),
        '',
        '</details>',
        '',
      )
    }
  }
  const untested = tried(report).filter((p) => p.trial.verdict === 'untested')
  if (untested.length) {
    lines.push('### Not tried: a side fails on its own', '', '| Pair | Fails alone | Check |', '| --- | --- | --- |')
    for (const p of untested.slice(0, MAX_ROWS))
      for (const s of p.trial.brokenSides ?? [])
        lines.push(`| ${mdStrict(p.left)} ↔ ${mdStrict(p.right)} | ${mdStrict(s.branch)} (${s.side}) | ${mdStrict(describe(s.failure))} |`)
    lines.push('')
  }
  const other = tried(report).filter((p) => ['flaky', 'skipped', 'error'].includes(p.trial.verdict))
  if (other.length) {
    lines.push('### Flaky, skipped and failed trials', '', '| Pair | Verdict | Why |', '| --- | --- | --- |')
    for (const p of other.slice(0, MAX_ROWS))
      lines.push(`| ${mdStrict(p.left)} ↔ ${mdStrict(p.right)} | ${p.trial.verdict} | ${mdStrict(p.trial.reason ?? '')} |`)
    lines.push('')
  }
  return lines.join('\n')
}

/** CLI text lines for the trials. */
export function trialText(report: ConflictReport): string[] {
  const t = report.trials
  if (!t) return []
  const out = [
    `Trials (${t.mode}): ${t.buildConflicts} build conflict(s), ${t.testConflicts} test conflict(s), ${t.untested} untested, ${t.flaky} flaky, ${t.skipped} skipped; ${t.tried} tried, ${t.cached} from the cache`,
  ]
  const label: Partial<Record<PairTrial['verdict'], string>> = {
    'build-conflict': 'BUILD    ',
    'test-conflict': 'TEST     ',
    untested: 'UNTESTED ',
    flaky: 'FLAKY    ',
    skipped: 'SKIPPED  ',
    error: 'ERROR    ',
  }
  for (const p of tried(report)) {
    const l = label[p.trial.verdict]
    if (!l) continue
    const why = p.trial.failure ? describe(p.trial.failure) : (p.trial.reason ?? '')
    out.push(neutralize(`${l} ${p.left} <-> ${p.right}: ${why}`))
  }
  return out
}

/** Warnings on the run for trial conflicts and for branches that fail alone. */
export function annotateTrials(report: ConflictReport, logger: Logger): void {
  for (const p of tried(report)) {
    const v = p.trial.verdict
    if (v === 'build-conflict' || v === 'test-conflict')
      logger.warning(
        neutralize(`${v} between ${p.left} and ${p.right}: the merge fails ${describe(p.trial.failure!)}; each passes alone`),
        {
          title: v === 'build-conflict' ? 'Predicted build conflict' : 'Predicted test conflict',
        },
      )
    else if (v === 'untested')
      for (const s of p.trial.brokenSides ?? [])
        logger.warning(
          neutralize(
            `${s.branch} fails ${describe(s.failure)} on its own: its merge with ${s.side === 'left' ? p.right : p.left} was not tried`,
          ),
        )
    else if (v === 'error') logger.warning(neutralize(`trial of ${p.left} and ${p.right} could not run: ${p.trial.reason ?? ''}`))
  }
}
