import { describe, expect, it } from '@jest/globals'
import type { AgentBranch, ConflictReport, PairResult, PairStatus } from '../../shared/conflicts'
import { buildReport } from '../../shared/conflicts/report'
import { conflictEvents, HEARTBEAT_MINUTES } from '../../shared/detect-conflicts/record'
import { applyEvent, emptyProjection } from '../../shared/state/projection/projection'

// The heartbeat (scan-completed, per feature) tallies each feature's pairs in one pass over the report:
// checked against the plain per-feature count, on a scan across features with every verdict and trial outcome.

const SPECS = ['001-alpha', '002-beta', '003-gamma']
const STATUSES: PairStatus[] = ['clean', 'conflicted', 'clean', 'error', 'unrelated', 'conflicted', 'clean']
const TRIALS = [undefined, 'build-conflict', undefined, 'test-conflict', 'passed'] as const

function scanReport(): ConflictReport {
  const branches: AgentBranch[] = SPECS.flatMap((spec, s) => [
    { name: `feature/${spec}/overseer`, sha: `${s}`.repeat(40), spec, role: 'overseer' as const },
    ...[1, 2, 3].map((n) => ({
      name: `feature/${spec}/impl-${n}`,
      sha: `${s}${n}`.repeat(20),
      spec,
      role: 'implementor' as const,
      index: n,
    })),
  ])
  const pairs: PairResult[] = []
  branches.forEach((left, i) =>
    branches.slice(i + 1).forEach((right, j) => {
      const status = STATUSES[(i + j) % STATUSES.length]!
      const trial = status === 'clean' ? TRIALS[(i * 3 + j) % TRIALS.length] : undefined
      pairs.push({
        left: left.name,
        right: right.name,
        leftSha: left.sha,
        rightSha: right.sha,
        status,
        files: status === 'conflicted' ? [{ path: 'app.py', kind: 'content', leftRanges: [], rightRanges: [] }] : [],
        ...(status === 'error' ? { error: 'merge-tree failed' } : {}),
        ...(trial ? { trial: { verdict: trial } } : {}),
      } as PairResult)
    }),
  )
  return buildReport({ scannedAt: '2026-12-07T12:00:00.000Z', scope: 'all', branches, pairs, divergence: [] })
}

/** The reference: each feature's pairs found by filtering the whole report for it. */
function perFeature(report: ConflictReport, feature: string): { pairs: number; conflicted: number; errors: number } {
  const spec = new Map(report.branches.map((b) => [b.name, b.spec]))
  const mine = report.pairs.filter((p) => spec.get(p.left) === feature || spec.get(p.right) === feature)
  const trialConflict = (p: PairResult) => p.trial?.verdict === 'build-conflict' || p.trial?.verdict === 'test-conflict'
  return {
    pairs: mine.length,
    conflicted: mine.filter((p) => p.status === 'conflicted').length + mine.filter(trialConflict).length,
    errors: mine.filter((p) => p.status === 'error').length,
  }
}

describe('the scan heartbeat', () => {
  const report = scanReport()
  const now = new Date('2026-12-07T12:00:00.000Z')

  it("counts each feature's pairs, conflicts (trials' too) and errors as a filter of the report for it does", () => {
    const beats = conflictEvents(report, emptyProjection(), { actor: 'ci', now }).events.filter((e) => e.kind === 'scan-completed')
    expect(beats.map((e) => e.feature)).toEqual(SPECS)
    for (const e of beats) {
      expect(e.data).toEqual({ scanner: 'conflicts', at: now.toISOString(), ...perFeature(report, e.feature) })
    }
    // Cross-feature pairs count for both features; a feature's own pairs once.
    expect(beats.reduce((n, e) => n + (e.data as { pairs: number }).pairs, 0)).toBeGreaterThan(report.pairs.length)
  })

  it('is recorded only for the features whose last one is older than the interval', () => {
    const projection = emptyProjection()
    const first = conflictEvents(report, projection, { actor: 'ci', now }).events
    for (const e of first) applyEvent(projection, e)
    // One feature's heartbeat made stale: only it beats again, with the same tally.
    const stale = projection.features['002-beta']!.scans.conflicts!
    stale.time = new Date(now.getTime() - (HEARTBEAT_MINUTES + 1) * 60_000).toISOString()
    const later = new Date(now.getTime() + 60_000)
    const again = conflictEvents(report, projection, { actor: 'ci', now: later }).events.filter((e) => e.kind === 'scan-completed')
    expect(again.map((e) => [e.feature, e.data])).toEqual([
      ['002-beta', { scanner: 'conflicts', at: later.toISOString(), ...perFeature(report, '002-beta') }],
    ])
  })
})
