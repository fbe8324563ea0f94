import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pairHunks, type FileHunks } from '../../shared/conflicts'
import type { Git } from '../../shared/git/git'
import { decodeSection, hunkKey, learnResolutions, resolvedHunks } from '../../shared/resolution'
import { cloneCorpus, readTruth, requireCorpus } from '../support/corpus'
import { rawMergeTree } from '../support/merge-oracle'
import { cleanupTemp, makeRepo, tempDir, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

interface RefHunk {
  ours: string[]
  base: string[]
  theirs: string[]
}

/** `git merge-file -p --diff3` on the three blobs, read the plainest way: the oracle shares no code with the engine. */
async function mergeFileHunks(git: Git, base: string | undefined, ours: string, theirs: string): Promise<RefHunk[]> {
  const dir = tempDir('orch-mf-')
  const write = async (name: string, oid: string | undefined) => {
    const path = join(dir, name)
    writeFileSync(path, oid ? (await git.execBuffer(['cat-file', 'blob', oid])).stdout : Buffer.alloc(0))
    return path
  }
  const [o, b, t] = [await write('ours', ours), await write('base', base), await write('theirs', theirs)]
  await git.exec(['merge-file', '--diff3', '-L', 'OURS', '-L', 'BASE', '-L', 'THEIRS', o, b, t], {
    allowedExitCodes: Array.from({ length: 128 }, (_, i) => i),
  })
  const lines = readFileSync(o, 'utf8').split('\n')
  const hunks: RefHunk[] = []
  let cur: RefHunk | null = null
  let part: keyof RefHunk = 'ours'
  for (const line of lines) {
    if (line === '<<<<<<< OURS') {
      cur = { ours: [], base: [], theirs: [] }
      part = 'ours'
    } else if (cur && line === '||||||| BASE') part = 'base'
    else if (cur && line === '=======') part = 'theirs'
    else if (cur && line === '>>>>>>> THEIRS') {
      hunks.push(cur)
      cur = null
    } else if (cur) cur[part].push(line)
  }
  return hunks
}

/** Every side's lines really are at the numbers the brief gives, in that side's own blob. */
async function expectLinesAtTheirNumbers(git: Git, f: FileHunks): Promise<void> {
  const text = async (oid: string | undefined) => (oid ? (await git.run(['cat-file', 'blob', oid])).split('\n') : [])
  const sides = { ours: await text(f.ours?.oid), base: await text(f.base?.oid), theirs: await text(f.theirs?.oid) }
  for (const h of f.hunks)
    for (const side of ['ours', 'base', 'theirs'] as const)
      expect(sides[side].slice(h[side].start - 1, h[side].start - 1 + h[side].lines.length)).toEqual(h[side].lines)
}

async function differential(git: Git, left: string, right: string): Promise<number> {
  const pair = await pairHunks(git, left, right)
  const raw = await rawMergeTree(git, left, right)
  // The same conflicted files as git lists them.
  expect(pair.files.map((f) => f.path).sort()).toEqual(raw.paths.map((p) => p.toString('utf8')).sort())
  let compared = 0
  for (const f of pair.files) {
    if (f.noHunks) continue
    const ref = await mergeFileHunks(git, f.base?.oid, f.ours!.oid, f.theirs!.oid)
    expect(f.hunks.map((h) => ({ ours: h.ours.lines, base: h.base.lines, theirs: h.theirs.lines }))).toEqual(ref)
    await expectLinesAtTheirNumbers(git, f)
    compared += f.hunks.length
  }
  return compared
}

const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} ${i + 1}\n`).join('')
const edit = (text: string, at: Record<number, string | null>) =>
  text
    .split('\n')
    .flatMap((l, i) => (at[i + 1] === undefined ? [l] : at[i + 1] === null ? [] : [at[i + 1]!]))
    .join('\n')

describe('conflict hunks (diff3) against git merge-file', () => {
  let repo: TestRepo
  const base = {
    'a.txt': lines(40, 'a'),
    'doc.md': `Title\n=======\n\n${lines(10, 'd')}`,
    'bin.dat': 'x\u0000y\n',
    'gone.txt': lines(5, 'g'),
    'old.txt': lines(30, 'o'),
  }
  beforeAll(async () => {
    repo = await makeRepo(base)
  })

  it('gives the same hunks as git merge-file --diff3, each side at its own line numbers (content, add/add, marker-like lines)', async () => {
    const l = await repo.commit(
      'l',
      {
        'a.txt': edit(base['a.txt'], { 3: 'L three', 20: 'L twenty', 21: null, 39: 'L' }),
        'doc.md': edit(base['doc.md'], { 2: '=======', 5: '<<<<<<< not a marker', 6: 'left' }),
        'new.txt': 'left new\nshared\n',
      },
      'l',
      'main',
    )
    const r = await repo.commit(
      'r',
      {
        'a.txt': edit(base['a.txt'], { 3: 'R three', 10: 'R ten', 20: 'R twenty', 22: 'R', 39: null }),
        'doc.md': edit(base['doc.md'], { 5: '>>>>>>> nor this', 6: 'right' }),
        'new.txt': 'right new\nshared\n',
      },
      'r',
      'main',
    )
    expect(await differential(repo.git, l, r)).toBeGreaterThanOrEqual(5)
  })

  it('describes delete/modify, rename and binary conflicts without hunks, saying why', async () => {
    const l = await repo.commit(
      'l2',
      { 'gone.txt': null, 'bin.dat': 'x\u0000left\n', 'old.txt': edit(base['old.txt'], { 5: 'L five' }) },
      'l2',
      'main',
    )
    const r = await repo.commit(
      'r2',
      { 'gone.txt': 'changed\n', 'bin.dat': 'x\u0000right\n', 'old.txt': null, 'renamed.txt': edit(base['old.txt'], { 5: 'R five' }) },
      'r2',
      'main',
    )
    const pair = await pairHunks(repo.git, l, r)
    const by = new Map(pair.files.map((f) => [f.path, f]))
    expect(by.get('gone.txt')).toMatchObject({ kind: 'modify/delete', hunks: [], noHunks: 'ours deleted the file' })
    expect(by.get('bin.dat')).toMatchObject({ kind: 'binary', hunks: [] })
    expect(by.get('bin.dat')!.noHunks).toMatch(/binary/)
    // The rename follows: the content conflict is at the new path, with the hunk of both sides.
    const renamed = by.get('renamed.txt')!
    expect(renamed.hunks).toHaveLength(1)
    expect(renamed.hunks[0]).toMatchObject({
      ours: { start: 5, lines: ['L five'] },
      theirs: { start: 5, lines: ['R five'] },
      base: { lines: ['o 5'] },
    })
    await differential(repo.git, l, r)
  })

  it('matches git merge-file on real conflicting pairs of the flask corpus', async () => {
    if (!requireCorpus()) return
    const corpus = await cloneCorpus()
    const pairs = readTruth()
      .filter((t) => t.exit === 1)
      .slice(0, 6)
    let hunks = 0
    for (const p of pairs) hunks += await differential(corpus.git, `origin/${p.left}`, `origin/${p.right}`)
    expect(hunks).toBeGreaterThan(6)
  })
})

describe('remembered resolutions', () => {
  it('reads each hunk resolution of a merge commit, keyed the same whichever side is ours', async () => {
    const repo = await makeRepo({ 'f.txt': lines(30, 'f') })
    const a = await repo.commit('a', { 'f.txt': edit(lines(30, 'f'), { 4: 'A4', 20: 'A20' }) }, 'a', 'main')
    const b = await repo.commit('b', { 'f.txt': edit(lines(30, 'f'), { 4: 'B4', 20: 'B20' }) }, 'b', 'main')
    await repo.git.run(['checkout', '-q', 'a'])
    await repo.git.exec(['merge', '--no-edit', 'b'], { allowedExitCodes: [1] })
    writeFileSync(join(repo.dir, 'f.txt'), edit(lines(30, 'f'), { 4: 'A4 and B4', 20: null }))
    await repo.git.run(['add', 'f.txt'])
    await repo.git.run(['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--no-edit'])
    const merge = (await repo.git.run(['rev-parse', 'HEAD'])).trim()
    const learned = await learnResolutions(repo.git, merge, 'feature/x/overseer')
    expect(learned).toHaveLength(2)
    expect(learned.map((r) => decodeSection(r.result))).toEqual([['A4 and B4'], []])
    expect(learned[0]).toMatchObject({ commit: merge, branch: 'feature/x/overseer', oursCommit: a, theirsCommit: b, path: 'f.txt' })
    expect(learned[0]!.key).toBe(hunkKey({ base: ['f 4'], ours: ['B4'], theirs: ['A4'] }))
    // A merge that left a marker in place remembers nothing of that file.
    expect(resolvedHunks('x\n<<<<<<< a\n1\n||||||| b\n0\n=======\n2\n>>>>>>> c\ny\n', 7, 'x\n<<<<<<< a\n1\ny\n')).toEqual([null])
  })
})
