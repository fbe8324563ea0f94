import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { scanPairs } from '../../shared/conflicts'
import { mergeBatch, mergeOne } from '../../shared/conflicts/merge-tree-runner'
import { MergeSandbox } from '../../shared/conflicts/merge-sandbox'
import type { PairResult, PairSpec, ScanOptions } from '../../shared/conflicts'
import { MemoryLogger } from '../../shared/logger'
import { cleanupTemp, makeRepo, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

const lines = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `L${from + i}`)
const text = (...parts: string[][]): string => parts.flat().join('\n') + '\n'

let repo: TestRepo
let base: string
const sha: Record<string, string> = {}

async function branch(name: string, files: Parameters<TestRepo['commit']>[1], from = 'main'): Promise<void> {
  sha[name] = await repo.commit(name, files, name, from)
}

function pair(left: string, right: string): PairSpec {
  return { left, right, leftSha: sha[left]!, rightSha: sha[right]! }
}

async function scanOne(left: string, right: string, options: Partial<ScanOptions> = {}): Promise<PairResult> {
  const [result] = await scanPairs(repo.git, [pair(left, right)], { logger: new MemoryLogger(), maxParallel: 2, ...options })
  return result!
}

beforeAll(async () => {
  repo = await makeRepo({
    'numbers.txt': text(lines(1, 40)),
    'other.txt': 'one\ntwo\nthree\n',
    'old.txt': text(lines(1, 10)),
    'gone.txt': 'keep me\n',
    'image.bin': Buffer.from([0, 1, 2, 3]).toString('latin1'),
    'dir with space/ünïcødé file.txt': 'same\nbase\nsame\n',
    'README.md': 'Title\n=======\n\nintro\n\nmiddle\n\nend\n',
  })
  base = (await repo.git.resolveCommit('main'))!
  // Sides add different numbers of lines above each conflict, so each side's line numbers differ.
  await branch('content-left', {
    'numbers.txt': text(
      lines(1, 5),
      ['a1', 'a2'],
      lines(6, 19),
      ['left20'],
      lines(21, 29),
      ['x1', 'x2', 'x3'],
      lines(32, 37),
      lines(39, 40),
    ),
  })
  await branch('content-right', {
    'numbers.txt': text(
      lines(1, 10),
      ['b1', 'b2', 'b3', 'b4', 'b5'],
      lines(11, 19),
      ['right20'],
      lines(21, 29),
      ['y1'],
      lines(32, 37),
      ['right38'],
      lines(39, 40),
    ),
  })
  await branch('clean-left', { 'other.txt': 'one\ntwo\nthree\nfour\n' })
  await branch('clean-right', { 'fresh.txt': 'new\n' })
  await branch('add-left', { 'added.txt': 'same\nleft\nsame2\n' })
  await branch('add-right', { 'added.txt': 'same\nright\nsame2\n' })
  await branch('modify', { 'gone.txt': 'keep me, changed\n' })
  await branch('delete', { 'gone.txt': null })
  await branch('rename', { 'old.txt': null, 'new.txt': text(lines(1, 10)) })
  await branch('edit-old', { 'old.txt': text(lines(1, 8), ['edited9'], lines(10, 10)) })
  await branch('rename-edit', { 'old.txt': null, 'new.txt': text(lines(1, 2), ['renamed3'], lines(4, 10)) })
  await branch('edit-old-3', { 'old.txt': text(lines(1, 2), ['edited3'], lines(4, 10)) })
  await branch('delete-old', { 'old.txt': null })
  await branch('file-here', { thing: 'a file\n' })
  await branch('dir-here', { 'thing/inner.txt': 'a file in a folder\n' })
  await branch('binary-left', { 'image.bin': Buffer.from([0, 9, 9, 9]).toString('latin1') })
  await branch('binary-right', { 'image.bin': Buffer.from([0, 7, 7, 7]).toString('latin1') })
  await branch('unicode-left', { 'dir with space/ünïcødé file.txt': 'same\nleft\nsame\n' })
  await branch('unicode-right', { 'dir with space/ünïcødé file.txt': 'same\nright\nsame\n' })
  await branch('md-left', { 'README.md': 'Title\n=======\n\nintro changed\n\nmiddle\n\nend\n' })
  await branch('md-right', { 'README.md': 'Title\n=======\n\nintro\n\nmiddle\n\nend changed\n' })
  await branch('md-heading-left', { 'README.md': 'Title\n=======\n\nLeft heading\n=======\n\nmiddle\n\nend\n' })
  await branch('md-heading-right', { 'README.md': 'Title\n=======\n\nRight heading\n=======\nmore\n\nmiddle\n\nend\n' })
  // Submodule pointers (gitlinks) moved to different commits on each side.
  for (const [name, from, target] of [
    ['sub-base', 'main', 'a'],
    ['sub-left', 'sub-base', 'b'],
    ['sub-right', 'sub-base', 'c'],
  ] as const) {
    await repo.git.run(['checkout', '-q', '-b', name, from])
    await repo.git.run(['update-index', '--add', '--cacheinfo', `160000,${target.repeat(40)},sub`])
    await repo.git.run(['commit', '-q', '-m', name])
    sha[name] = (await repo.git.resolveCommit(name))!
  }
  await repo.git.run(['checkout', '-q', '--orphan', 'unrelated'])
  await repo.git.run(['rm', '-q', '-r', '--cached', '.'])
  await branch('unrelated', { 'lonely.txt': 'no shared history\n' }, undefined)
})

describe('scanPairs on single pairs', () => {
  it('reports a clean pair with its merge base and no files', async () => {
    const r = await scanOne('clean-left', 'clean-right', { skipDisjoint: false })
    expect(r).toEqual({ ...pair('clean-left', 'clean-right'), status: 'clean', mergeBase: base, files: [] })
  })

  it('gives content-conflict line ranges in each side’s own numbering', async () => {
    const r = await scanOne('content-left', 'content-right')
    expect(r.status).toBe('conflicted')
    expect(r.files).toHaveLength(1)
    expect(r.files[0]).toMatchObject({
      path: 'numbers.txt',
      kind: 'content',
      // left20 is line 22 of the left file, right20 line 25 of the right one; L38 was deleted on the
      // left, which leaves the empty range after its line 40 (L37).
      leftRanges: [
        { start: 22, end: 22 },
        { start: 32, end: 34 },
        { start: 41, end: 40 },
      ],
      rightRanges: [
        { start: 25, end: 25 },
        { start: 35, end: 35 },
        { start: 42, end: 42 },
      ],
    })
  })

  it('names add/add, modify/delete, file/directory and binary conflicts', async () => {
    const add = await scanOne('add-left', 'add-right')
    expect(add.files).toEqual([
      expect.objectContaining({
        path: 'added.txt',
        kind: 'add/add',
        leftRanges: [{ start: 2, end: 2 }],
        rightRanges: [{ start: 2, end: 2 }],
      }),
    ])
    const md = await scanOne('modify', 'delete')
    expect(md.files).toEqual([expect.objectContaining({ path: 'gone.txt', kind: 'modify/delete', leftRanges: [], rightRanges: [] })])
    expect(md.files[0]!.message).toMatch(/CONFLICT \(modify\/delete\)/)
    const fd = await scanOne('file-here', 'dir-here')
    expect(fd.status).toBe('conflicted')
    expect(fd.files.length).toBeGreaterThan(0)
    expect(fd.files.every((f) => f.kind === 'file/directory' && f.leftRanges.length === 0)).toBe(true)
    const bin = await scanOne('binary-left', 'binary-right')
    expect(bin.files).toEqual([expect.objectContaining({ path: 'image.bin', kind: 'binary', leftRanges: [], rightRanges: [] })])
  })

  it('names submodule conflicts, in batches and one by one (git prints free-text advice after them)', async () => {
    for (const strategy of ['batch', 'per-pair'] as const) {
      // The submodule pair first, so a batch must read past the advice to the next merge.
      const results = await scanPairs(repo.git, [pair('sub-left', 'sub-right'), pair('sub-left', 'md-heading-right')], {
        logger: new MemoryLogger(),
        strategy,
        skipDisjoint: false,
      })
      const sub = results.find((r) => r.right === 'sub-right')
      expect(results.find((r) => r.right === 'md-heading-right')).toMatchObject({ status: 'clean' })
      expect(sub).toMatchObject({ status: 'conflicted', files: [{ path: 'sub', kind: 'submodule', leftRanges: [], rightRanges: [] }] })
    }
  })

  it('follows renames: a rename and an edit merge cleanly; conflicting edits of a renamed file do not', async () => {
    expect((await scanOne('rename', 'edit-old')).status).toBe('clean')
    const both = await scanOne('rename-edit', 'edit-old-3')
    expect(both.files).toEqual([
      expect.objectContaining({
        path: 'new.txt',
        kind: 'content',
        leftRanges: [{ start: 3, end: 3 }],
        rightRanges: [{ start: 3, end: 3 }],
      }),
    ])
    const gone = await scanOne('rename', 'delete-old')
    expect(gone.status).toBe('conflicted')
    expect(gone.files.map((f) => f.kind)).toContain('rename')
  })

  it('keeps paths with spaces and non-ASCII characters intact', async () => {
    const r = await scanOne('unicode-left', 'unicode-right')
    expect(r.files.map((f) => f.path)).toEqual(['dir with space/ünïcødé file.txt'])
    expect(r.files[0]!.leftRanges).toEqual([{ start: 2, end: 2 }])
  })

  it('does not mistake a markdown ======= underline for a conflict marker', async () => {
    expect((await scanOne('md-left', 'md-right')).status).toBe('clean')
    const r = await scanOne('md-heading-left', 'md-heading-right')
    expect(r.files).toEqual([
      expect.objectContaining({
        path: 'README.md',
        kind: 'content',
        // The hunk itself holds underlines: left "Left heading / =======", right "Right heading / ======= / more".
        leftRanges: [{ start: 4, end: 5 }],
        rightRanges: [{ start: 4, end: 6 }],
      }),
    ])
  })

  it('gives the same result when the repository asks for diff3 or zdiff3 conflict style', async () => {
    const before = await scanPairs(repo.git, [pair('content-left', 'content-right'), pair('md-heading-left', 'md-heading-right')], {
      logger: new MemoryLogger(),
    })
    for (const style of ['diff3', 'zdiff3']) {
      await repo.git.run(['config', 'merge.conflictStyle', style])
      try {
        for (const strategy of ['batch', 'per-pair'] as const) {
          const after = await scanPairs(repo.git, [pair('content-left', 'content-right'), pair('md-heading-left', 'md-heading-right')], {
            logger: new MemoryLogger(),
            strategy,
          })
          expect(after).toEqual(before)
        }
      } finally {
        await repo.git.run(['config', '--unset', 'merge.conflictStyle'])
      }
    }
  })
})

describe('scanPairs errors', () => {
  it('reports an unknown commit as an error, never as a conflict', async () => {
    const ghost = 'f'.repeat(40)
    const results = await scanPairs(
      repo.git,
      [{ left: 'content-left', right: 'ghost', leftSha: sha['content-left']!, rightSha: ghost }, pair('content-left', 'content-right')],
      { logger: new MemoryLogger() },
    )
    const bad = results.find((r) => r.right === 'ghost')!
    expect(bad.status).toBe('error')
    expect(bad.error).toMatch(/not in this clone/)
    expect(results.find((r) => r.right === 'content-right')!.status).toBe('conflicted')
  })

  it('requires a tree id from merge-tree: an unknown ref exits 1 with no output, which is an error', async () => {
    const sandbox = await MergeSandbox.open(repo.git)
    try {
      const outcome = await mergeOne(sandbox, { leftSha: sha['content-left']!, rightSha: 'e'.repeat(40) })
      expect(outcome.ok).toBe(false)
    } finally {
      sandbox.close()
    }
  })

  it('stores what the merges write uncompressed, and git reads it back as the same objects', async () => {
    const sandbox = await MergeSandbox.open(repo.git)
    try {
      const outcome = await mergeOne(sandbox, { leftSha: sha['content-left']!, rightSha: sha['content-right']! })
      if (!outcome.ok) throw new Error(outcome.error)
      const objects = join(sandbox.dir, 'repo.git', 'objects')
      const loose = readdirSync(objects)
        .filter((d) => /^[0-9a-f]{2}$/.test(d))
        .flatMap((d) => readdirSync(join(objects, d)).map((f) => ({ id: d + f, file: join(objects, d, f) })))
      expect(loose.length).toBeGreaterThan(0)
      for (const { id, file } of loose) {
        const stored = readFileSync(file)
        const raw = inflateSync(stored)
        // A stored (level 0) deflate stream is the content plus a few bytes of framing: never smaller.
        expect(stored.length).toBeGreaterThan(raw.length)
        const [header] = raw.subarray(0, raw.indexOf(0)).toString('latin1').split(' ')
        const type = await sandbox.git.run(['cat-file', '-t', id])
        expect(header).toBe(type.trim())
      }
      expect(loose.map((o) => o.id)).toContain(outcome.record.tree)
    } finally {
      sandbox.close()
    }
  })

  it('reports unrelated histories as "no common history" and scans the other pairs', async () => {
    for (const strategy of ['batch', 'per-pair'] as const) {
      const results = await scanPairs(
        repo.git,
        [pair('unrelated', 'content-left'), pair('content-left', 'content-right'), pair('clean-left', 'unrelated')],
        {
          logger: new MemoryLogger(),
          strategy,
          skipDisjoint: false,
        },
      )
      expect(results.map((r) => [r.left, r.right, r.status, r.error ?? null])).toEqual([
        ['clean-left', 'unrelated', 'unrelated', 'no common history'],
        ['content-left', 'content-right', 'conflicted', null],
        ['unrelated', 'content-left', 'unrelated', 'no common history'],
      ])
      expect(results.find((r) => r.left === 'unrelated')!.mergeBase).toBeNull()
    }
  })

  it('a batch that dies on an unrelated pair keeps the merges before it and runs the rest', async () => {
    const sandbox = await MergeSandbox.open(repo.git)
    const outcomes = await mergeBatch(sandbox, [
      { leftSha: sha['content-left']!, rightSha: sha['content-right']! },
      { leftSha: sha['unrelated']!, rightSha: sha['clean-left']! },
      { leftSha: sha['clean-left']!, rightSha: sha['clean-right']! },
    ]).finally(() => sandbox.close())
    expect(outcomes.map((o) => (o.ok ? (o.record.clean ? 'clean' : 'conflicted') : o.error))).toEqual([
      'conflicted',
      'no common history',
      'clean',
    ])
  })
})
