import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ChangeSet } from '../../shared/conflicts/disjoint'
import { scanPairs } from '../../shared/conflicts'
import { MemoryLogger } from '../../shared/logger'
import { rawMergeTree } from '../support/merge-oracle'
import { CommitBuilder, type TreeSpec } from '../support/plumbing'
import { cleanupTemp } from '../support/repo'

/**
 * Attempts to break the "cannot conflict" proof of disjoint.ts: histories
 * where the two sides' changed paths barely miss each other, or meet only
 * through a rename, a folder, a mode, a submodule or several merge bases.
 * Every verdict and file list must equal raw `git merge-tree`'s, and the
 * shortcut must settle the pairs it can prove (exact changes, not per-commit
 * unions: a change made and reverted on one side does not count).
 */
const five = 'line1\nline2\nline3\nline4\nline5\n'
const edit = (n: number, text: string): string => five.replace(`line${n}\n`, `${text}\n`)
const SUB = 'a'.repeat(40)
const SUB2 = 'b'.repeat(40)

interface Attempt {
  name: string
  base: TreeSpec
  /** Commits of each side, applied in turn (several: churn on one side). */
  left: TreeSpec[]
  right: TreeSpec[]
  /** Main moves between the left fork (base) and the right fork. */
  mainBetween?: TreeSpec
  criss?: boolean
  /** The shortcut must settle this pair (it provably cannot conflict). */
  settles?: boolean
}

const ATTEMPTS: Attempt[] = [
  {
    name: 'rename vs modify of the source',
    base: { 'a.txt': five },
    left: [{ 'a.txt': null, 'b.txt': five }],
    right: [{ 'a.txt': edit(2, 'R') }],
  },
  {
    name: 'rename/rename to two names',
    base: { 'a.txt': five },
    left: [{ 'a.txt': null, 'b.txt': five }],
    right: [{ 'a.txt': null, 'c.txt': five }],
  },
  {
    name: 'rename/rename to one name',
    base: { 'a.txt': five, 'b.txt': 'other\nfile\nhere\n' },
    left: [{ 'a.txt': null, 'c.txt': five }],
    right: [{ 'b.txt': null, 'c.txt': 'other\nfile\nhere\n' }],
  },
  {
    name: 'rename onto a path the other side adds',
    base: { 'a.txt': five },
    left: [{ 'a.txt': null, 'b.txt': five }],
    right: [{ 'b.txt': 'new\n' }],
  },
  {
    name: 'directory rename moves the other side’s new file onto its own',
    base: { 'dir/x.txt': 'x\n', 'dir/y.txt': 'y\n' },
    left: [{ 'dir/x.txt': null, 'dir/y.txt': null, 'new/x.txt': 'x\n', 'new/y.txt': 'y\n', 'new/z.txt': 'left z\n' }],
    right: [{ 'dir/z.txt': 'right z\n' }],
  },
  {
    name: 'directory rename with a new file beside it',
    base: { 'dir/x.txt': 'x\n', 'dir/y.txt': 'y\n' },
    left: [{ 'dir/x.txt': null, 'dir/y.txt': null, 'new/x.txt': 'x\n', 'new/y.txt': 'y\n' }],
    right: [{ 'dir/z.txt': 'right z\n' }],
  },
  { name: 'file vs directory (both added)', base: { 'keep.txt': 'k\n' }, left: [{ p: 'file\n' }], right: [{ 'p/q.txt': 'in a folder\n' }] },
  { name: 'file becomes a directory vs modify', base: { p: five }, left: [{ p: null, 'p/q.txt': 'q\n' }], right: [{ p: edit(3, 'R') }] },
  { name: 'deleted file vs a folder of that name', base: { a: five }, left: [{ a: null }], right: [{ a: null, 'a/b.txt': 'b\n' }] },
  { name: 'mode change vs content change', base: { 's.sh': five }, left: [{ 's.sh': { exec: five } }], right: [{ 's.sh': edit(1, 'R') }] },
  {
    name: 'mode change vs another file',
    base: { 's.sh': five, 'o.txt': five },
    left: [{ 's.sh': { exec: five } }],
    right: [{ 'o.txt': edit(1, 'R') }],
    settles: true,
  },
  {
    name: 'submodule moved on both sides',
    base: { sub: { gitlink: SUB } },
    left: [{ sub: { gitlink: SUB2 } }],
    right: [{ sub: { gitlink: 'c'.repeat(40) } }],
  },
  {
    name: 'submodule vs a folder in its place',
    base: { sub: { gitlink: SUB } },
    left: [{ sub: { gitlink: SUB2 } }],
    right: [{ sub: null, 'sub/f.txt': 'f\n' }],
  },
  {
    name: 'submodule vs a file in its place',
    base: { sub: { gitlink: SUB } },
    left: [{ sub: { gitlink: SUB2 } }],
    right: [{ sub: 'a file now\n' }],
  },
  {
    name: 'symlink vs a folder of that name',
    base: { 'k.txt': 'k\n' },
    left: [{ link: { symlink: 'k.txt' } }],
    right: [{ 'link/x.txt': 'x\n' }],
  },
  {
    name: 'folder emptied vs a file added in it',
    base: { 'dir/only.txt': 'o\n' },
    left: [{ 'dir/only.txt': null }],
    right: [{ 'dir/new.txt': 'n\n' }],
  },
  {
    name: 'a file added in a folder where the other side edits another file',
    base: { 'd/x.txt': five, 'd/y.txt': five },
    left: [{ 'd/new.txt': 'new\n' }],
    right: [{ 'd/y.txt': edit(1, 'R') }],
    settles: true,
  },
  {
    name: 'a file deleted from a folder where the other side adds one',
    base: { 'd/x.txt': five, 'd/y.txt': five },
    left: [{ 'd/x.txt': null }],
    right: [{ 'd/z.txt': 'z\n' }],
  },
  {
    name: 'criss-cross with disjoint changes',
    base: { 'f.txt': five, 'g.txt': five },
    left: [{ 'f.txt': edit(1, 'L') }],
    right: [{ 'g.txt': edit(1, 'R') }],
    criss: true,
  },
  {
    name: 'criss-cross where the bases disagree',
    base: { 'f.txt': five },
    left: [{ 'f.txt': edit(5, 'L') }],
    right: [{ 'f.txt': edit(5, 'R') }],
    criss: true,
  },
  {
    name: 'a change made and reverted on one side',
    base: { 'x.txt': five, 'y.txt': five },
    left: [{ 'x.txt': edit(3, 'tmp') }, { 'x.txt': five, 'y.txt': edit(1, 'L') }],
    right: [{ 'x.txt': edit(3, 'R') }],
    settles: true,
  },
  {
    name: 'forks from different points of main, disjoint',
    base: { 'a.txt': five, 'b.txt': five, 'm.txt': five },
    mainBetween: { 'm.txt': edit(2, 'main') },
    left: [{ 'a.txt': edit(1, 'L') }],
    right: [{ 'b.txt': edit(1, 'R') }],
    settles: true,
  },
  {
    name: 'forks from different points of main, meeting on main’s change',
    base: { 'a.txt': five, 'm.txt': five },
    mainBetween: { 'm.txt': edit(2, 'main') },
    left: [{ 'm.txt': edit(2, 'L') }],
    right: [{ 'a.txt': edit(1, 'R') }],
  },
]

afterAll(cleanupTemp)

describe('the exact-change shortcut against raw git', () => {
  let builder: CommitBuilder
  const tips = new Map<string, { left: string; right: string }>()
  beforeAll(async () => {
    builder = await CommitBuilder.init()
    for (const a of ATTEMPTS) {
      const base = await builder.commit(a.base, [], `${a.name}: base`)
      let left = base
      for (const c of a.left) left = await builder.commit(c, [left], 'left')
      let rightFork = a.mainBetween ? await builder.commit(a.mainBetween, [base], 'main moves on') : base
      if (a.criss) {
        // Two merge bases: each side merged the other's first commit.
        const l1 = await builder.commit({ 'side-l.txt': 'l\n' }, [base], 'l1')
        const r1 = await builder.commit({ 'side-r.txt': 'r\n' }, [base], 'r1')
        left = await builder.commit({ ...a.left[0], 'side-r.txt': 'r\n' }, [l1, r1], 'left merges r1')
        rightFork = await builder.commit({ 'side-l.txt': 'l\n' }, [r1, l1], 'right merges l1')
      }
      let right = rightFork
      for (const c of a.right) right = await builder.commit(c, [right], 'right')
      tips.set(a.name, { left, right })
    }
  })

  it.each(ATTEMPTS.map((a) => [a.name, a] as const))('%s', async (name, attempt) => {
    const { left, right } = tips.get(name)!
    const raw = await rawMergeTree(builder.git, left, right)
    const logger = new MemoryLogger()
    const [result] = await scanPairs(builder.git, [{ left: 'l', right: 'r', leftSha: left, rightSha: right }], { logger })
    const [merged] = await scanPairs(builder.git, [{ left: 'l', right: 'r', leftSha: left, rightSha: right }], {
      logger: new MemoryLogger(),
      skipDisjoint: false,
    })
    expect(result!.status).toBe(raw.exit === 0 ? 'clean' : 'conflicted')
    expect(result!.files.map((f) => f.path).sort()).toEqual(raw.paths.map((p) => p.toString('utf8')).sort())
    expect(result).toEqual(merged)
    const settled = logger.messages('debug').some((m) => /, 1 cannot conflict,/.test(m))
    if (settled) expect(raw.exit).toBe(0)
    if (attempt.settles) expect(settled).toBe(true)
    if (attempt.criss) expect(settled).toBe(false)
  })
})

describe('ChangeSet.meets', () => {
  const set = (...entries: Array<[string, string]>): ChangeSet => {
    const s = new ChangeSet()
    for (const [status, path] of entries) s.add(status, path)
    return s
  }
  it('meets on a shared path, a path that is the other side’s folder, and a change in a folder the other side deleted from', () => {
    expect(set(['M', 'a/b.txt']).meets(set(['M', 'a/b.txt']))).toBe(true)
    expect(set(['A', 'a']).meets(set(['A', 'a/b.txt']))).toBe(true)
    expect(set(['A', 'a/b/c.txt']).meets(set(['A', 'a/b']))).toBe(true)
    expect(set(['D', 'd/x.txt']).meets(set(['A', 'd/y.txt']))).toBe(true)
    expect(set(['A', 'd/sub/y.txt']).meets(set(['D', 'd/x.txt']))).toBe(true)
  })
  it('does not meet on siblings, on prefixes that are not folders, or on additions side by side', () => {
    expect(set(['M', 'a/b.txt']).meets(set(['M', 'a/c.txt']))).toBe(false)
    expect(set(['M', 'ab']).meets(set(['M', 'a/b']))).toBe(false)
    expect(set(['A', 'd/x.txt']).meets(set(['A', 'd/y.txt']))).toBe(false)
    expect(set().meets(set(['D', 'x']))).toBe(false)
  })
})
