import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { scanPairs } from '../../shared/conflicts'
import type { PairResult, PairSpec } from '../../shared/conflicts'
import { MemoryLogger } from '../../shared/logger'
import { rawMergeTree } from '../support/merge-oracle'
import { CommitBuilder, type TreeSpec } from '../support/plumbing'
import { cleanupTemp } from '../support/repo'

/**
 * The cover of `change-cover.ts` (each side's changes from a chain of short
 * diffs between merge bases) against raw `git merge-tree`, on seeded histories
 * of the shapes it must handle: branches forking from many points of a main
 * line that adds, edits, deletes and undoes files and turns files into
 * folders; branches forking from other branches; side lines merged back into
 * main, so that the merge bases do not all lie on one line. Every pair's
 * verdict and files must equal raw git's and the scan without the shortcut,
 * and the shortcut must settle pairs.
 */
const SEEDS = [1, 2, 3]
const PATHS = ['a.txt', 'b.txt', 'd/x.txt', 'd/y.txt', 'd/e/z.txt', 'f', 'f/g.txt', 'k/only.txt', 'm/n.txt', 'm/o.txt']

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A tree tracked beside the repository, so that no change makes a path both a file and a folder. */
class Shape {
  constructor(readonly files = new Map<string, string>()) {}
  clone(): Shape {
    return new Shape(new Map(this.files))
  }
  /** One random change (add, edit, delete), applied here and returned as a TreeSpec. */
  change(random: () => number, tag: string): TreeSpec {
    const path = PATHS[Math.floor(random() * PATHS.length)]!
    const spec: TreeSpec = {}
    const clash = [...this.files.keys()].filter((p) => p !== path && (p.startsWith(`${path}/`) || path.startsWith(`${p}/`)))
    if (this.files.has(path) && random() < 0.3) {
      spec[path] = null
      this.files.delete(path)
    } else {
      // A file where a folder was (or the other way round): the old entries go.
      for (const p of clash) {
        spec[p] = null
        this.files.delete(p)
      }
      const text = `line 1\nline 2 ${tag}\nline 3\n`
      spec[path] = text
      this.files.set(path, text)
    }
    return spec
  }
}

async function history(builder: CommitBuilder, seed: number): Promise<Array<{ name: string; sha: string }>> {
  const random = rng(seed)
  const shape = new Shape()
  const start: TreeSpec = { 'a.txt': 'a\n', 'd/x.txt': 'x\n', 'k/only.txt': 'k\n', 'm/n.txt': 'n\n' }
  for (const [p, t] of Object.entries(start)) shape.files.set(p, t as string)
  let main = await builder.commit(start, [], 'root')
  const points: Array<{ sha: string; shape: Shape }> = [{ sha: main, shape: shape.clone() }]
  for (let i = 0; i < 24; i++) {
    if (i % 8 === 7) {
      // A side line merged back: main's history is not a single line.
      const side = await builder.commit(shape.change(random, `side ${i}`), [main], `side ${i}`)
      main = await builder.commit({}, [main, side], `merge side ${i}`)
    } else main = await builder.commit(shape.change(random, `main ${i}`), [main], `main ${i}`)
    points.push({ sha: main, shape: shape.clone() })
  }
  const tips: Array<{ name: string; sha: string; shape: Shape }> = []
  for (let b = 0; b < 12; b++) {
    // Most fork from main; some from an earlier branch.
    const from = b > 3 && random() < 0.25 ? tips[Math.floor(random() * tips.length)]! : points[Math.floor(random() * points.length)]!
    const own = from.shape.clone()
    let sha = from.sha
    const commits = 1 + Math.floor(random() * 3)
    for (let c = 0; c < commits; c++) sha = await builder.commit(own.change(random, `branch ${b}.${c}`), [sha], `branch ${b}`)
    tips.push({ name: `b${String(b).padStart(2, '0')}`, sha, shape: own })
  }
  return tips.map(({ name, sha }) => ({ name, sha }))
}

afterAll(cleanupTemp)

describe('the change cover against raw git merge-tree', () => {
  let builder: CommitBuilder
  const cases = new Map<number, PairSpec[]>()
  beforeAll(async () => {
    builder = await CommitBuilder.init()
    for (const seed of SEEDS) {
      const tips = await history(builder, seed)
      const pairs: PairSpec[] = []
      for (let i = 0; i < tips.length; i++)
        for (let j = i + 1; j < tips.length; j++)
          pairs.push({ left: tips[i]!.name, right: tips[j]!.name, leftSha: tips[i]!.sha, rightSha: tips[j]!.sha })
      cases.set(seed, pairs)
    }
  }, 60_000)

  it.each(SEEDS)(
    'seed %d: every verdict and file list equals raw git, and the shortcut settles pairs',
    async (seed) => {
      const pairs = cases.get(seed)!
      const logger = new MemoryLogger()
      const results = await scanPairs(builder.git, pairs, { logger })
      const merged = await scanPairs(builder.git, pairs, { logger: new MemoryLogger(), skipDisjoint: false })
      const strip = (r: PairResult): unknown => ({ ...r, files: r.files.map((f) => f.path) })
      expect(results.map(strip)).toEqual(merged.map(strip))
      const wrong: string[] = []
      for (const r of results) {
        const raw = await rawMergeTree(builder.git, r.leftSha, r.rightSha)
        const paths = raw.paths.map((p) => p.toString('utf8')).sort()
        const status = raw.exit === 0 ? 'clean' : 'conflicted'
        if (r.status !== status || JSON.stringify(r.files.map((f) => f.path).sort()) !== JSON.stringify(paths))
          wrong.push(`${r.left} ${r.right}: ${r.status} [${r.files.map((f) => f.path)}] vs git ${status} [${paths}]`)
      }
      expect(wrong).toEqual([])
      const line = logger.messages('debug').find((m) => /cannot conflict/.test(m))!
      expect(Number(/, (\d+) cannot conflict,/.exec(line)![1])).toBeGreaterThan(0)
    },
    120_000,
  )
})
