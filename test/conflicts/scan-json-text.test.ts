// `check-conflicts --json` prints the report's text as written to report-path with the run's fields after it,
// instead of serializing the megabyte of pairs a second time: it must be byte for byte what serializing gives.
import { describe, expect, it } from '@jest/globals'
import { scanJson, scanJsonText } from '../../shared/detect-conflicts'
import type { DetectConflictsResult } from '../../shared/detect-conflicts/detect-conflicts'
import type { ConflictReport, PairResult } from '../../shared/conflicts/types'
import { SCAN_PHASES, type ScanTimings } from '../../shared/conflicts/phase-clock'

const sha = (n: number) => n.toString(16).padStart(40, '0')
// Text that JSON escapes or that a careless splice would trip on: quotes, backslashes, braces, line separators.
const ODD = ['src/"quoted"\\path}.py', 'docs/\u2028line\u2029sep.md', 'ünï/ç😀de.txt', 'a\n}\n{b.txt']

function pair(i: number, status: PairResult['status']): PairResult {
  return {
    left: `feature/001-a/impl-${i}`,
    right: `feature/001-a/impl-${i + 1}`,
    leftSha: sha(i),
    rightSha: sha(i + 1),
    status,
    mergeBase: sha(1000 + i),
    files:
      status === 'conflicted'
        ? ODD.map((path, k) => ({
            path,
            kind: 'content',
            leftRanges: [{ start: k + 1, end: k + 4 }],
            rightRanges: [],
            ...(k === 1 ? { pathBase64: Buffer.from(path).toString('base64') } : {}),
          }))
        : [],
    ...(status === 'conflicted' ? { messages: [{ paths: [ODD[0]!], type: 'CONFLICT (contents)', text: 'Merge conflict in "x"\n' }] } : {}),
  } as PairResult
}

function result(run: Partial<DetectConflictsResult>): DetectConflictsResult {
  const pairs = [pair(1, 'conflicted'), pair(2, 'clean'), pair(3, 'conflicted')]
  const report: ConflictReport = {
    version: 2,
    scannedAt: '2026-03-01T09:00:00.000Z',
    scope: 'all',
    branches: [1, 2, 3, 4].map((i) => ({ name: `feature/001-a/impl-${i}`, sha: sha(i), spec: '001-a', role: 'implementor', index: i })),
    pairs,
    divergence: [{ branch: 'feature/001-a/impl-1', against: 'feature/001-a/overseer', ahead: 3, behind: 0 }],
    summary: { pairs: 3, conflicted: 2, clean: 1, errors: 0 } as ConflictReport['summary'],
  }
  const timings = Object.fromEntries([...SCAN_PHASES, 'total'].map((p, i) => [p, { ms: i * 7, git: i }])) as unknown as ScanTimings
  return {
    report,
    reportPath: '/tmp/conflict-report.json',
    reportText: `${JSON.stringify(report, null, 2)}\n`,
    conflictCount: 2,
    newConflicts: 1,
    resolvedConflicts: 0,
    recorded: 5,
    stateCommit: null,
    notices: [],
    dryRun: false,
    projection: null,
    causes: [],
    causeNotices: [],
    timings,
    ...run,
  }
}

describe('scanJsonText', () => {
  it('equals serializing scanJson, for the report with odd text and every kind of run field', () => {
    for (const r of [
      result({}),
      result({ stateCommit: sha(77), notices: [{ pr: 12, pair: 'a|b', posted: true } as never], recorded: 0 }),
      result({ reportPath: 'with "quotes" and \u2028.json' }),
    ]) {
      const text = scanJsonText(r)
      expect(text).toBe(JSON.stringify(scanJson(r), null, 2))
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(scanJson(r))))
    }
  })
})
