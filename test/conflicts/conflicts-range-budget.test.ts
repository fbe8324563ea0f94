import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { describeConflicts, type ConflictedMerge } from '../../shared/conflicts/file-details'
import { MergeSandbox } from '../../shared/conflicts/merge-sandbox'
import { runMerges } from '../../shared/conflicts/merge-tree-runner'
import type { RangeLimits } from '../../shared/conflicts/range-budget'
import type { Git } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'
import { CommitBuilder } from '../support/plumbing'
import { cleanupTemp } from '../support/repo'

const lines = (prefix: string, n: number, first: string): string =>
  [first, ...Array.from({ length: n - 1 }, (_, i) => `${prefix} line ${i + 2}`)].join('\n') + '\n'

afterAll(cleanupTemp)

describe('line ranges within a budget', () => {
  let builder: CommitBuilder
  let left: string
  let right: string
  let right2: string
  beforeAll(async () => {
    builder = await CommitBuilder.init()
    const base = await builder.commit({
      'big.txt': lines('big', 200, 'base'),
      'a.txt': lines('a', 3, 'base'),
      'b.txt': lines('b', 3, 'base'),
    })
    left = await builder.commit({ 'big.txt': lines('big', 200, 'left'), 'a.txt': lines('a', 3, 'left'), 'b.txt': lines('b', 3, 'left') }, [
      base,
    ])
    right = await builder.commit(
      { 'big.txt': lines('big', 200, 'right'), 'a.txt': lines('a', 3, 'right'), 'b.txt': lines('b', 3, 'right') },
      [base],
    )
    // The same, plus a clean change far from the conflict: aligning the left side now takes work.
    right2 = await builder.commit({ 'big.txt': lines('big', 200, 'right').replace('big line 150\n', 'right 150\n') }, [right])
  })

  /** The conflicted files with a budget, and every object name cat-file --batch was asked for. */
  async function describe(budget: RangeLimits, theirs = right) {
    const sandbox = await MergeSandbox.open(builder.git)
    try {
      const { outcomes } = await runMerges(sandbox, [{ leftSha: left, rightSha: theirs }], { strategy: 'auto', maxParallel: 1 })
      const outcome = outcomes[0]!
      if (!outcome.ok) throw new Error(outcome.error)
      const merge: ConflictedMerge = { leftSha: left, rightSha: theirs, record: outcome.record }
      const asked: string[] = []
      const git: Git = sandbox.git
      const original = git.execBuffer.bind(git)
      git.execBuffer = async (args, options) => {
        if (args.includes('--batch') && options?.input) asked.push(options.input.toString('latin1'))
        return original(args, options)
      }
      const [details] = await describeConflicts(sandbox, [merge], 1, new MemoryLogger(), budget)
      return { files: new Map(details!.files.map((f) => [f.path, f])), asked: asked.join('\n'), record: outcome.record }
    } finally {
      sandbox.close()
    }
  }

  it("a file over the per-file limit and a file over what is left of the pair's budget get no ranges, say why, and are never read", async () => {
    const small = lines('a', 3, 'left').length + lines('a', 3, 'right').length
    const { files, asked, record } = await describe({
      fileBytes: small + 10,
      pairBytes: small + 10,
      fileWork: 1_000_000,
      pairWork: 10_000_000,
    })
    expect(files.get('a.txt')).toMatchObject({ leftRanges: [{ start: 1, end: 1 }], rightRanges: [{ start: 1, end: 1 }] })
    expect(files.get('a.txt')!.rangesSkipped).toBeUndefined()
    expect(files.get('big.txt')).toMatchObject({ leftRanges: [], rightRanges: [] })
    expect(files.get('big.txt')!.rangesSkipped).toMatch(/too large for line ranges/)
    expect(files.get('b.txt')!.rangesSkipped).toMatch(/this pair's budget for reading files/)
    // Neither side of a dropped file was read.
    const stages = record.entries.filter((e) => e.path !== 'a.txt').map((e) => e.oid)
    expect(stages.length).toBeGreaterThan(0)
    for (const oid of stages) expect(asked).not.toContain(oid)
  })

  it('the alignment budget of a pair ends at the same file every time, with the reason', async () => {
    const budget = (): RangeLimits => ({ fileBytes: 1 << 20, pairBytes: 1 << 20, fileWork: 1_000_000, pairWork: 1 })
    const first = await describe(budget(), right2)
    const second = await describe(budget(), right2)
    const skipped = [...first.files.values()].filter((f) => f.rangesSkipped)
    expect(skipped.length).toBeGreaterThan(0)
    expect(skipped.some((f) => /budget for aligning lines|exceed what is left/.test(f.rangesSkipped!))).toBe(true)
    expect([...second.files.values()]).toEqual([...first.files.values()])
  })

  it('a pair gets the same ranges scanned beside other pairs as scanned alone (the budget is per pair)', async () => {
    const limits: RangeLimits = { fileBytes: 1 << 20, pairBytes: 1 << 20, fileWork: 1_000_000, pairWork: 200 }
    const sandbox = await MergeSandbox.open(builder.git)
    try {
      const jobs = [
        { leftSha: left, rightSha: right },
        { leftSha: left, rightSha: right2 },
      ]
      const { outcomes } = await runMerges(sandbox, jobs, { strategy: 'auto', maxParallel: 1 })
      const merges: ConflictedMerge[] = jobs.map((j, i) => {
        const o = outcomes[i]!
        if (!o.ok) throw new Error(o.error)
        return { ...j, record: o.record }
      })
      const together = await describeConflicts(sandbox, merges, 1, new MemoryLogger(), limits)
      const alone = await describeConflicts(sandbox, [merges[1]!], 1, new MemoryLogger(), limits)
      expect(together[1]).toEqual(alone[0])
      expect(together[0]!.files.some((f) => f.leftRanges.length > 0)).toBe(true)
      expect(alone[0]!.files.some((f) => f.leftRanges.length > 0)).toBe(true)
    } finally {
      sandbox.close()
    }
  })
})
