import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { numberLines, type NumberedBlob } from '../../shared/conflicts/blob-lines'
import { classifyConflicts, type ClassifiedFile } from '../../shared/conflicts/conflict-kinds'
import { DEFAULT_MARKER_SIZE, hasMarkerLikeLines, splitLines } from '../../shared/conflicts/conflict-markers'
import { describeConflicts, type ConflictedMerge } from '../../shared/conflicts/file-details'
import { alignIds, LineTable, matchLines } from '../../shared/conflicts/line-diff'
import { MergeSandbox } from '../../shared/conflicts/merge-sandbox'
import { runMerges } from '../../shared/conflicts/merge-tree-runner'
import { DEFAULT_RANGE_LIMITS, RangeBudget, type RangeLimits } from '../../shared/conflicts/range-budget'
import type { ConflictFile } from '../../shared/conflicts/types'
import { messageOf } from '../../shared/errors'
import { blobSizes, readObjects } from '../../shared/git/cat-file'
import type { Git } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'
import { cloneCorpus, requireCorpus } from '../support/corpus'
import { referenceConflictLineRanges, ReferenceBudgetExceeded, referenceMatchLines } from '../support/reference-ranges'
import { cleanupTemp } from '../support/repo'

// The scan's line ranges are computed on line ids, with sides numbered once per scan, merged files numbered
// from their sides, and alignments that provably pass the budget skipped (charged what they would have
// counted). The reference is the code before (test/support/reference-ranges.ts): every range, every
// reason and every step of work must be the same.

afterAll(cleanupTemp)

/** Small deterministic PRNG, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** The reference's answer: the match, or null and the work counted when it gave up. */
function reference(a: string[], b: string[], budget: number): { match: Int32Array | null; work: number } {
  const stats = { work: 0 }
  try {
    return { match: referenceMatchLines(a, b, budget, stats), work: stats.work }
  } catch (e) {
    if (!(e instanceof ReferenceBudgetExceeded)) throw e
    return { match: null, work: stats.work }
  }
}

describe('alignIds against the reference aligner', () => {
  it('gives the same match and counts the same work, within budget or past it (skipped alignments included)', () => {
    const next = random(7)
    let skippedOrStopped = 0
    for (let round = 0; round < 3000; round++) {
      const alphabet = 2 + Math.floor(next() * 30)
      const base = Array.from({ length: Math.floor(next() * 120) }, () => `l${Math.floor(next() * alphabet)}`)
      // Realistic pairs too: a copy with a few edits (long common runs, a small edit distance).
      const edit = (lines: string[]): string[] =>
        lines.flatMap((l) => (next() < 0.1 ? [] : next() < 0.1 ? [l, `new${Math.floor(next() * alphabet)}`] : [l]))
      const a = base
      const b = next() < 0.5 ? edit(base) : Array.from({ length: Math.floor(next() * 120) }, () => `l${Math.floor(next() * alphabet)}`)
      const budget = next() < 0.2 ? 50_000_000 : Math.floor(next() * 3000)
      const want = reference(a, b, budget)
      const table = new LineTable()
      const stats = { work: 0 }
      const got = alignIds(table.intern(a), table.intern(b), budget, stats)
      expect(stats.work).toBe(want.work)
      expect(got === null ? null : [...got]).toEqual(want.match === null ? null : [...want.match])
      if (!got) skippedOrStopped++
    }
    expect(skippedOrStopped).toBeGreaterThan(100)
  })

  it('matchLines (the string interface) is the reference', () => {
    const next = random(11)
    for (let round = 0; round < 300; round++) {
      const gen = (): string[] => Array.from({ length: Math.floor(next() * 60) }, () => 'abcdef'[Math.floor(next() * 6)]!)
      const a = gen()
      const b = gen()
      expect([...matchLines(a, b)]).toEqual([...referenceMatchLines(a, b)])
    }
  })
})

describe('numberLines', () => {
  it('gives the ids interning every line would, whichever known versions it copies from', () => {
    const next = random(3)
    const table = new LineTable()
    const known: NumberedBlob[] = []
    const texts = ['', '\n', 'a', 'a\n', 'a\nb', 'a\nb\n', 'a\r\nb\r\n', '\n\n\nx\n\n']
    const words = ['x', 'y', '', 'z\r', 'long line with words', '=======', 'x']
    for (let round = 0; round < 400; round++) {
      const from = known.length > 0 && next() < 0.8 ? known[Math.floor(next() * known.length)]!.blob.toString('latin1') : ''
      const lines = from
        ? splitLines(from)
        : Array.from({ length: Math.floor(next() * 30) }, () => words[Math.floor(next() * words.length)]!)
      const edited = lines.flatMap((l) => (next() < 0.05 ? [] : next() < 0.05 ? [l, words[Math.floor(next() * words.length)]!] : [l]))
      const text = round < texts.length ? texts[round]! : edited.join('\n') + (next() < 0.8 ? '\n' : '')
      const blob = Buffer.from(text, 'latin1')
      const refs = known.filter(() => next() < 0.3)
      const numbering = numberLines(table, blob, refs)
      const all = splitLines(text)
      // Every line is already in the table now, so interning them again gives their ids.
      expect([...numbering.numbered.ids]).toEqual([...table.intern(all)])
      expect(numbering.lines).toEqual(all.slice(numbering.first, numbering.first + numbering.lines.length))
      const starts: number[] = []
      let at = 0
      for (const line of all) {
        starts.push(at)
        at += line.length + 1
      }
      expect([...numbering.numbered.starts]).toEqual([...starts, blob.length])
      known.push(numbering.numbered)
    }
  })
})

const TEXT_MODES = new Set(['100644', '100755'])

/** describeConflicts as it was, on the reference aligner: the same order, budget and reasons. */
async function referenceDescribe(sandbox: MergeSandbox, merges: readonly ConflictedMerge[], limits: RangeLimits) {
  // Per merge, by the file's raw path.
  const out: Array<Map<string, { leftRanges: unknown[]; rightRanges: unknown[]; rangesSkipped?: string }>> = []
  for (const m of merges) {
    const budget = new RangeBudget(limits)
    const result = new Map<string, { leftRanges: unknown[]; rightRanges: unknown[]; rangesSkipped?: string }>()
    const skip = (f: ClassifiedFile, why: string) => result.set(f.rawPath, { leftRanges: [], rightRanges: [], rangesSkipped: why })
    const wanted = classifyConflicts(m.record).files.filter(
      (f) =>
        (f.kind === 'content' || f.kind === 'add/add') && f.left && f.right && TEXT_MODES.has(f.left.mode) && TEXT_MODES.has(f.right.mode),
    )
    const sizes = await blobSizes(
      sandbox.git,
      wanted.flatMap((f) => [f.left!.oid, f.right!.oid]),
    )
    const admitted = wanted.filter((f, i) => {
      const why = budget.admit(sizes[i * 2] ?? null, sizes[i * 2 + 1] ?? null)
      if (why) skip(f, why)
      return !why
    })
    const labels = { left: m.leftSha, right: m.rightSha }
    const name = (tree: string, f: ClassifiedFile) => Buffer.concat([Buffer.from(`${tree}:`, 'latin1'), Buffer.from(f.rawPath, 'latin1')])
    const blobs = await readObjects(sandbox.git, [
      ...admitted.flatMap((f) => [f.left!.oid, f.right!.oid]),
      ...admitted.map((f) => name(m.record.tree, f)),
    ])
    const texts = new Map<ClassifiedFile, { merged?: string; left: string; right: string; size: number }>()
    admitted.forEach((f, i) => {
      const [left, right, merged] = [blobs[i * 2], blobs[i * 2 + 1], blobs[admitted.length * 2 + i]]
      if (!merged || !left || !right) return skip(f, 'a blob is missing')
      if ([merged, left, right].some((b) => b.subarray(0, 8000).includes(0))) return skip(f, 'binary content')
      const t = { left: left.toString('latin1'), right: right.toString('latin1'), size: DEFAULT_MARKER_SIZE }
      texts.set(
        f,
        hasMarkerLikeLines(t.left, labels) || hasMarkerLikeLines(t.right, labels) ? t : { ...t, merged: merged.toString('latin1') },
      )
    })
    const again = [...texts].filter(([, t]) => t.merged === undefined)
    if (again.length > 0) {
      const longest = (text: string) => Math.max(...text.split('\n').map((l) => l.length))
      const needed = Math.max(DEFAULT_MARKER_SIZE, ...again.map(([, t]) => Math.max(longest(t.left), longest(t.right)))) + 1
      const size = 2 ** Math.ceil(Math.log2(Math.max(16, needed)))
      const { outcomes } = await runMerges(sandbox, [m], { strategy: 'auto', maxParallel: 1, markerSize: size })
      const outcome = outcomes[0]!
      if (!outcome.ok) throw new Error(outcome.error)
      const merged = await readObjects(
        sandbox.git,
        again.map(([f]) => name(outcome.record.tree, f)),
      )
      again.forEach(([f, t], i) => texts.set(f, { ...t, merged: merged[i]!.toString('latin1'), size }))
    }
    for (const f of admitted) {
      const t = texts.get(f)
      if (!t) continue
      const allowance = budget.alignment()
      if (allowance === 0) {
        skip(f, budget.spentReason())
        continue
      }
      const stats = { work: 0 }
      try {
        result.set(
          f.rawPath,
          referenceConflictLineRanges({ merged: t.merged!, left: t.left, right: t.right }, labels, t.size, allowance, stats),
        )
      } catch (e) {
        skip(f, e instanceof ReferenceBudgetExceeded ? budget.tooCostlyReason(allowance) : messageOf(e))
      }
      budget.spend(stats.work)
    }
    out.push(result)
  }
  return out
}

const available = requireCorpus()
const maybe = available ? describe : describe.skip

maybe('the flask corpus: every conflicting file, old and new ranges', () => {
  let git: Git
  let sandbox: MergeSandbox
  let merges: ConflictedMerge[]
  beforeAll(async () => {
    ;({ git } = await cloneCorpus())
    const refs = (await git.exec(['for-each-ref', '--format=%(objectname)', 'refs/remotes/origin/feature/'])).stdout
    const tips = refs.split('\n').filter(Boolean)
    const jobs = tips.flatMap((a, i) => tips.slice(i + 1).map((b) => ({ leftSha: a, rightSha: b })))
    sandbox = await MergeSandbox.open(git)
    const { outcomes } = await runMerges(sandbox, jobs, { strategy: 'auto', maxParallel: 2 })
    merges = []
    outcomes.forEach((o, i) => {
      if (o.ok && !o.record.clean) merges.push({ ...jobs[i]!, record: o.record })
    })
  }, 180_000)
  afterAll(() => sandbox?.close())

  const cases: Array<[string, RangeLimits]> = [
    ['the default budget', DEFAULT_RANGE_LIMITS],
    // Small enough that many alignments pass it: skipped ones, stopped ones, and pairs whose budget is spent.
    ['a small budget', { ...DEFAULT_RANGE_LIMITS, fileWork: 3_000, pairWork: 5_000 }],
  ]
  it.each(cases)(
    '%s: the same ranges and reasons, file by file',
    async (_, limits) => {
      expect(merges).toHaveLength(185)
      const got = await describeConflicts(sandbox, merges, 2, new MemoryLogger(), limits)
      const want = await referenceDescribe(sandbox, merges, limits)
      const differences: string[] = []
      const counts = { files: 0, ranged: 0, tooCostly: 0, spent: 0 }
      merges.forEach((m, i) => {
        const expected = classifyConflicts(m.record).files.map((f): ConflictFile => {
          const r = want[i]!.get(f.rawPath)
          return {
            path: f.path,
            ...(f.pathBase64 === undefined ? {} : { pathBase64: f.pathBase64 }),
            kind: f.kind,
            leftRanges: (r?.leftRanges ?? []) as ConflictFile['leftRanges'],
            rightRanges: (r?.rightRanges ?? []) as ConflictFile['rightRanges'],
            ...(r?.rangesSkipped ? { rangesSkipped: r.rangesSkipped } : {}),
            ...(f.message ? { message: f.message } : {}),
          }
        })
        const files = got[i]!.files
        if (JSON.stringify(files) !== JSON.stringify(expected))
          differences.push(`${m.leftSha} ${m.rightSha}:\n${JSON.stringify(files)}\n${JSON.stringify(expected)}`)
        for (const f of files) {
          counts.files++
          if (f.leftRanges.length > 0) counts.ranged++
          if (/costly|exceed what is left/.test(f.rangesSkipped ?? '')) counts.tooCostly++
          if (/budget for aligning lines/.test(f.rangesSkipped ?? '')) counts.spent++
        }
      })
      expect(differences).toEqual([])
      expect(counts.files).toBe(670)
      // Not vacuous: files with ranges, and with a small budget files whose alignment gave up or never started.
      expect(counts.ranged).toBeGreaterThan(300)
      if (limits !== DEFAULT_RANGE_LIMITS) {
        expect(counts.tooCostly).toBeGreaterThan(10)
        expect(counts.spent).toBeGreaterThan(10)
      }
    },
    120_000,
  )
})
