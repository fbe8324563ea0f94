import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { planPairs } from '../../shared/conflicts'
import { scanPairs } from '../../shared/conflicts'
import { supportsBatchMerge } from '../../shared/conflicts'
import { BATCH_MERGE_SINCE } from '../../shared/conflicts/merge-tree-runner'
import { mergeTreeTakesStdin } from '../../shared/git/merge-tree'
import { gitProcessCount, versionAtLeast } from '../../shared/git/git'
import type { AgentBranch, PairResult, ScanOptions } from '../../shared/conflicts'
import { MemoryLogger } from '../../shared/logger'
import { cleanupTemp, makeRepo, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

let repo: TestRepo
const branches: AgentBranch[] = []

async function branch(name: string, files: Parameters<TestRepo['commit']>[1], from = 'main'): Promise<void> {
  const sha = await repo.commit(name, files, name, from)
  branches.push({ name, sha, spec: '001-demo', role: 'implementor', index: branches.length + 1 })
}

async function alias(name: string, of: string): Promise<void> {
  const sha = branches.find((b) => b.name === of)!.sha
  branches.push({ name, sha, spec: '001-demo', role: 'implementor', index: branches.length + 1 })
}

/**
 * Branches whose pairs cover every way two changes can meet: same lines, same
 * file far apart, a file where the other side made a folder (paths that differ
 * only by a folder prefix), a folder renamed while the other side adds to it,
 * a rename against an edit, one branch containing the other, identical
 * commits, a merge base that is not where either branch started, and a
 * criss-cross history with two merge bases.
 */
beforeAll(async () => {
  const numbered = (n: number, change: Record<number, string> = {}): string =>
    Array.from({ length: n }, (_, i) => change[i + 1] ?? `line ${i + 1}`).join('\n') + '\n'
  repo = await makeRepo({
    'src/a.ts': numbered(30),
    'src/b.ts': numbered(10),
    'docs/x.md': '# X\n\ntext\n',
    'top.txt': 'top\n',
    'moved/m1.txt': 'one\n',
    'moved/m2.txt': 'two\n',
    'moved/m3.txt': 'three\n',
    'lib/deep/file.txt': 'deep\n',
    'solo/only.txt': 'alone\n',
  })
  const oldMain = (await repo.git.resolveCommit('main'))!
  await branch('edit-a', { 'src/a.ts': numbered(30, { 1: 'edit-a' }) })
  await branch('edit-a-too', { 'src/a.ts': numbered(30, { 1: 'edit-a-too' }) })
  await branch('edit-a-far', { 'src/a.ts': numbered(30, { 30: 'far away' }) })
  await branch('edit-b', { 'src/b.ts': numbered(10, { 5: 'edit-b' }) })
  await alias('edit-b-copy', 'edit-b')
  await branch('file-x', { x: 'a file called x\n' })
  await branch('dir-x', { 'x/y.txt': 'a file inside x\n' })
  await branch('file-lib-deep', { 'lib/deep/file.txt': null, 'lib/deep': 'the folder is now a file\n' })
  await branch('rename-moved', {
    'moved/m1.txt': null,
    'moved/m2.txt': null,
    'moved/m3.txt': null,
    'renamed/m1.txt': 'one\n',
    'renamed/m2.txt': 'two\n',
    'renamed/m3.txt': 'three\n',
  })
  await branch('add-to-moved', { 'moved/new.txt': 'new in moved\n' })
  // The same two shapes with the sides' sizes swapped, so each rule is needed from both directions.
  await branch('dir-z', { 'z/inner.txt': 'inside z\n' })
  await branch('file-z-and-more', { z: 'z is a file\n', 'more-1.txt': '1\n', 'more-2.txt': '2\n' })
  await branch('rename-solo', { 'solo/only.txt': null, 'solo-new/only.txt': 'alone\n' })
  await branch('add-to-solo-and-more', { 'solo/extra.txt': 'extra\n', 'more-3.txt': '3\n', 'more-4.txt': '4\n', 'more-5.txt': '5\n' })
  await branch('rename-a', { 'src/a.ts': null, 'src/a2.ts': numbered(30) })
  await branch('delete-top', { 'top.txt': null })
  await branch('edit-top', { 'top.txt': 'top edited\n' })
  await branch('lib-file-edit', { 'lib/deep/file.txt': 'deep edited\n' })
  // A descendant of edit-a: the pair is a fast-forward.
  await branch('edit-a-more', { 'src/b.ts': numbered(10, { 9: 'more' }) }, 'edit-a')
  // main moves on; a branch from the new main meets one from the old main on docs/x.md.
  await repo.commit('main', { 'docs/x.md': '# X\n\ntext changed on main\n' }, 'main moves')
  await branch('from-new-main', { 'top.txt': 'top from new main\n' })
  await branch('docs-from-old', { 'docs/x.md': '# X\n\ntext changed on a branch\n' }, oldMain)
  // Criss-cross: each side merges the other's first commit, so the pair has two merge bases.
  await branch('cross-1', { 'src/b.ts': numbered(10, { 2: 'cross one' }) }, oldMain)
  await branch('cross-2', { 'src/b.ts': numbered(10, { 8: 'cross two' }) }, oldMain)
  const [c1, c2] = [branches.at(-2)!.sha, branches.at(-1)!.sha]
  await repo.git.run(['checkout', '-q', '-b', 'cross-1m', c1])
  await repo.git.run(['merge', '-q', '--no-edit', c2])
  await repo.commit('cross-1m', { 'src/b.ts': numbered(10, { 2: 'cross one', 8: 'cross two', 5: 'cross-1m' }) })
  await repo.git.run(['checkout', '-q', '-b', 'cross-2m', c2])
  await repo.git.run(['merge', '-q', '--no-edit', c1])
  await repo.commit('cross-2m', { 'src/b.ts': numbered(10, { 2: 'cross one', 8: 'cross two', 5: 'cross-2m' }) })
  for (const name of ['cross-1m', 'cross-2m']) {
    branches.push({ name, sha: (await repo.git.resolveCommit(name))!, spec: '001-demo', role: 'implementor', index: branches.length + 1 })
  }
})

async function scan(options: Partial<ScanOptions>): Promise<{ results: PairResult[]; logger: MemoryLogger }> {
  const logger = new MemoryLogger()
  const results = await scanPairs(repo.git, planPairs(branches, { scope: 'all' }), { logger, maxParallel: 2, ...options })
  return { results, logger }
}

const statusOf = (results: PairResult[], a: string, b: string): string | undefined =>
  results.find((r) => (r.left === a && r.right === b) || (r.left === b && r.right === a))?.status

describe('scan strategies agree', () => {
  it('skipping provably disjoint pairs gives exactly the full scan’s results', async () => {
    const full = await scan({ skipDisjoint: false, strategy: 'per-pair' })
    const skipping = await scan({ skipDisjoint: true, strategy: 'per-pair' })
    expect(skipping.results).toEqual(full.results)
    // The scenarios must really exercise both paths.
    expect(skipping.logger.messages('debug').join('\n')).toMatch(/[1-9]\d* cannot conflict/)
    expect(statusOf(full.results, 'file-x', 'dir-x')).toBe('conflicted')
    expect(statusOf(full.results, 'dir-z', 'file-z-and-more')).toBe('conflicted')
    expect(statusOf(full.results, 'rename-solo', 'add-to-solo-and-more')).toBe('conflicted')
    expect(statusOf(full.results, 'rename-moved', 'add-to-moved')).toBe('conflicted')
    expect(statusOf(full.results, 'file-lib-deep', 'lib-file-edit')).toBe('conflicted')
    expect(statusOf(full.results, 'delete-top', 'edit-top')).toBe('conflicted')
    expect(statusOf(full.results, 'docs-from-old', 'from-new-main')).toBe('conflicted')
    expect(statusOf(full.results, 'edit-a', 'edit-a-too')).toBe('conflicted')
    expect(statusOf(full.results, 'edit-a', 'edit-a-far')).toBe('clean')
    expect(statusOf(full.results, 'edit-a', 'edit-a-more')).toBe('clean')
    expect(statusOf(full.results, 'edit-b', 'edit-b-copy')).toBe('clean')
    expect(statusOf(full.results, 'rename-a', 'edit-a-far')).toBe('clean')
    expect(statusOf(full.results, 'cross-1m', 'cross-2m')).toBe('conflicted')
    expect(full.results).toHaveLength((branches.length * (branches.length - 1)) / 2)
  })

  it('batch (merge-tree --stdin) and one process per pair give identical results', async () => {
    if (!(await supportsBatchMerge(repo.git))) return
    const perPair = await scan({ skipDisjoint: false, strategy: 'per-pair' })
    const batch = await scan({ skipDisjoint: false, strategy: 'batch' })
    expect(batch.results).toEqual(perPair.results)
    expect(batch.logger.messages('debug').join('\n')).toMatch(/merge-tree --stdin batches/)
    expect(perPair.logger.messages('debug').join('\n')).toMatch(/one merge-tree per pair/)
  })

  it('knows merge-tree --stdin from the version without a process, and the real git agrees when tried', async () => {
    const version = await repo.git.version()
    const before = gitProcessCount()
    const supported = await supportsBatchMerge(repo.git)
    const spent = gitProcessCount() - before
    // The reference: this git itself, tried with no merges (what older versions still get).
    expect(supported).toBe(await mergeTreeTakesStdin(repo.git))
    if (versionAtLeast(version, BATCH_MERGE_SINCE)) expect(spent).toBe(0)
    else expect(spent).toBeLessThanOrEqual(1)
  })

  it('reports progress up to the total', async () => {
    const seen: Array<[number, number]> = []
    const { results } = await scan({ onProgress: (done, total) => seen.push([done, total]) })
    expect(seen.at(-1)).toEqual([results.length, results.length])
    expect(seen.every(([done], i) => i === 0 || done >= seen[i - 1]![0])).toBe(true)
  })
})
