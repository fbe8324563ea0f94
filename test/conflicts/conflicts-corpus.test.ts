import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { scanPairs, type PairResult } from '../../shared/conflicts'
import { planPairs } from '../../shared/conflicts'
import { listAgentBranches } from '../../shared/agent-branches'
import { fetchBranches } from '../../shared/git/remote'
import { DEFAULT_NAMING } from '../../shared/naming/branch-pattern'
import { MemoryLogger } from '../../shared/logger'
import { runCliProcess, showFile } from '../support/cli'
import { cloneCorpus, readTruth, requireCorpus, type TruthRow } from '../support/corpus'
import { cleanupTemp } from '../support/repo'
import type { Git } from '../../shared/git/git'

// Real history nobody here wrote: 64 merged pull-request branches of flask, with the
// verdict and conflicted files of raw `git merge-tree` for every one of the 2016 pairs.
const available = requireCorpus()
const maybe = available ? describe : describe.skip

function key(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`
}

maybe('the flask corpus (64 real pull-request branches, 2016 pairs)', () => {
  let corpus: { remote: string; work: string; git: Git }
  let truth: Map<string, TruthRow>
  let scanned: PairResult[] = []
  let slices = 0
  beforeAll(async () => {
    corpus = await cloneCorpus()
    truth = new Map(readTruth().map((t) => [key(t.left, t.right), t]))
  }, 120_000)
  afterAll(cleanupTemp)

  it('scanPairs gives exactly the verdicts and conflicted files of truth.txt', async () => {
    const listed = await listAgentBranches(corpus.git, corpus.remote, DEFAULT_NAMING)
    const fetched = await fetchBranches(
      corpus.git,
      corpus.remote,
      listed.map((b) => b.name),
    )
    const branches = listed.map((b) => ({ ...b, sha: fetched.get(b.name)! }))
    const pairs = planPairs(branches, { scope: 'all' })
    expect(pairs).toHaveLength(2016)
    const logger = new MemoryLogger()
    const results = await scanPairs(corpus.git, pairs, { logger, maxParallel: 2 })
    scanned = results
    slices = logger.messages('debug').filter((m) => m.startsWith('conflict scan: line ranges of')).length
    const mismatches: string[] = []
    for (const r of results) {
      const t = truth.get(key(r.left, r.right))
      if (!t) {
        mismatches.push(`not in truth: ${r.left} ${r.right}`)
        continue
      }
      const verdict = r.status === 'conflicted' ? 1 : r.status === 'clean' ? 0 : r.status
      const files = r.files.map((f) => f.path)
      if (verdict !== t.exit || files.join(',') !== t.files.join(','))
        mismatches.push(`${r.left} ${r.right}: ${verdict} [${files}] vs ${t.exit} [${t.files}]`)
    }
    expect(mismatches).toEqual([])
    expect(results.filter((r) => r.status === 'conflicted')).toHaveLength(185)
  }, 300_000)

  it('ranges worked out slice by slice while git merges the next slices equal those of every merge described at once', async () => {
    // The scan above described its conflicted merges slice by slice; merged one per process, they are described
    // together after the last merge. Same pairs, so every file, kind, range and reason must be the same.
    expect(slices).toBeGreaterThan(1)
    const conflicted = scanned.filter((r) => r.status === 'conflicted')
    const alone = await scanPairs(
      corpus.git,
      conflicted.map((r) => ({ left: r.left, right: r.right, leftSha: r.leftSha, rightSha: r.rightSha })),
      { logger: new MemoryLogger(), strategy: 'per-pair', maxParallel: 2 },
    )
    expect(alone).toHaveLength(185)
    expect(alone.flatMap((r) => r.files).filter((f) => f.leftRanges.length > 0).length).toBeGreaterThan(600)
    expect(JSON.stringify(alone)).toBe(JSON.stringify(conflicted))
  }, 300_000)

  it('the CLI scan with --scope all and recording on reports the same, exits 1, and a re-scan records nothing', async () => {
    const first = await runCliProcess(['check-conflicts', '--scope', 'all', '--json'], corpus.work)
    expect(first.stderr).not.toMatch(/error:/)
    expect(first.code).toBe(1)
    const report = JSON.parse(first.stdout) as {
      pairs: Array<{ left: string; right: string; status: string; files: Array<{ path: string; leftRanges: unknown[] }> }>
      recorded: number
      stateCommit: string | null
    }
    expect(report.pairs).toHaveLength(2016)
    const wrong = report.pairs.filter((p) => {
      const t = truth.get(key(p.left, p.right))!
      return (p.status === 'conflicted' ? 1 : 0) !== t.exit || p.files.map((f) => f.path).join(',') !== t.files.join(',')
    })
    expect(wrong).toEqual([])
    // Every conflict is on the state branch: one detection per feature of each conflicting pair.
    expect(report.stateCommit).toMatch(/^[0-9a-f]{40}$/)
    const conflicting = report.pairs.filter((p) => p.status === 'conflicted')
    const expectedEvents = conflicting.reduce((n, p) => n + (p.left.split('/')[1] === p.right.split('/')[1] ? 1 : 2), 0)
    const projection = JSON.parse((await showFile(corpus.git, report.stateCommit!, 'projection.json'))!) as {
      features: Record<string, { conflicts: Record<string, { openSince: string[] }> }>
    }
    const open = Object.values(projection.features).reduce(
      (n, f) => n + Object.values(f.conflicts).filter((c) => c.openSince.length > 0).length,
      0,
    )
    expect(open).toBe(expectedEvents)

    const again = await runCliProcess(['check-conflicts', '--scope', 'all', '--json'], corpus.work)
    expect(again.code).toBe(1)
    const second = JSON.parse(again.stdout) as { recorded: number; stateCommit: string | null; newConflicts: number }
    expect(second).toMatchObject({ recorded: 0, stateCommit: null, newConflicts: 0 })
  }, 300_000)
})
