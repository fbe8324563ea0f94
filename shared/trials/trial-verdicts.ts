import type { AgentBranch, PairResult } from '../conflicts/types'
import type { CachedTip } from './trial-cache'
import type { PairTrial, TrialSettings, TrialSummary } from './types'

/** The clean pairs a trial looks at: implementor × overseer, or all of them. */
export function pairsInScope(pairs: readonly PairResult[], branches: readonly AgentBranch[], scope: TrialSettings['scope']): PairResult[] {
  const role = new Map(branches.map((b) => [b.name, b.role]))
  return pairs.filter((p) => p.status === 'clean' && (scope === 'all' || new Set([role.get(p.left), role.get(p.right)]).size === 2))
}

/** A pair one of whose tips fails alone: which side(s), and their check. Nothing is said about the merge. */
export function untested(pair: PairResult, l: CachedTip | undefined, r: CachedTip | undefined): PairTrial {
  const brokenSides: NonNullable<PairTrial['brokenSides']> = []
  if (l && !l.ok) brokenSides.push({ side: 'left', branch: pair.left, failure: l.failure! })
  if (r && !r.ok) brokenSides.push({ side: 'right', branch: pair.right, failure: r.failure! })
  const names = brokenSides.map((s) => `${s.branch} fails ${s.failure.check} on its own`).join('; ')
  return { verdict: 'untested', brokenSides, reason: names }
}

/** A summary with every count at zero. */
export function emptySummary(settings: TrialSettings, pairs: number): TrialSummary {
  return {
    mode: settings.mode,
    scope: settings.scope,
    commands: settings.commands,
    ...(settings.setup ? { setup: settings.setup } : {}),
    pairs,
    tried: 0,
    cached: 0,
    skipped: 0,
    flaky: 0,
    buildConflicts: 0,
    testConflicts: 0,
    untested: 0,
    errors: 0,
    tipsRun: 0,
    tipsCached: 0,
    setupReused: 0,
    setupSavedMs: 0,
    durationMs: 0,
  }
}

const COUNTED: Partial<Record<PairTrial['verdict'], 'skipped' | 'flaky' | 'buildConflicts' | 'testConflicts' | 'untested' | 'errors'>> = {
  skipped: 'skipped',
  flaky: 'flaky',
  'build-conflict': 'buildConflicts',
  'test-conflict': 'testConflicts',
  untested: 'untested',
  error: 'errors',
}

/** Adds each trial's verdict to the summary's counts. */
export function countVerdicts(trials: Iterable<PairTrial>, summary: TrialSummary): void {
  for (const t of trials) {
    const key = COUNTED[t.verdict]
    if (key) summary[key]++
  }
}
