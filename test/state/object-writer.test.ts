import { afterAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { Git, gitProcessCount } from '../../shared/git/git'
import { ObjectWriter, commitContent, treeContent } from '../../shared/state/log/git-objects'
import { appendFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { cleanupTemp, makeRepo, tempDir } from '../support/repo'

afterAll(cleanupTemp)

/** Git's own answer for each object: `hash-object` of the same bytes, and `cat-file` of what was stored. */
async function checkAgainstGit(git: Git, objects: { type: 'blob' | 'tree' | 'commit'; content: Buffer; oid: string }[]) {
  for (const o of objects) {
    expect(await git.run(['hash-object', '-t', o.type, '--stdin'], { input: o.content })).toBe(o.oid)
    expect(await git.run(['cat-file', '-t', o.oid])).toBe(o.type)
    expect((await git.execBuffer(['cat-file', o.type, o.oid])).stdout.equals(o.content)).toBe(true)
  }
  // The whole repository is sound: every object readable, every link there.
  await git.run(['fsck', '--strict', '--no-dangling'])
}

describe('ObjectWriter: one pack, one git process', () => {
  for (const algorithm of ['sha1', 'sha256'] as const) {
    it(`stores blobs, trees and a commit as git would (${algorithm})`, async () => {
      const dir = tempDir('orch-objects-')
      const git = new Git(dir)
      await git.run(['init', '--quiet', `--object-format=${algorithm}`])
      const writer = new ObjectWriter(git, algorithm)
      // Sizes around each boundary of the pack's size encoding (4 bits, then 7 per byte), an empty blob and binary bytes.
      const blobs = [0, 1, 15, 16, 127, 2047, 2048, 262_143, 262_144, 1_100_000].map((n) => randomBytes(n))
      const blobIds = blobs.map((b) => writer.add('blob', b))
      const tree = treeContent(blobIds.map((oid, i) => ({ mode: '100644', type: 'blob' as const, oid, name: `f${i}.bin` })))
      const treeId = writer.add('tree', tree)
      const top = treeContent([{ mode: '40000', type: 'tree', oid: treeId, name: 'dir' }])
      const topId = writer.add('tree', top)
      const commit = commitContent({
        tree: topId,
        parents: [],
        identity: { name: 'a', email: 'a@example.invalid' },
        seconds: 1,
        message: 'm',
      })
      const commitId = writer.add('commit', commit)
      const before = gitProcessCount()
      await writer.flush()
      expect(gitProcessCount() - before).toBe(1)
      await checkAgainstGit(git, [
        ...blobs.map((content, i) => ({ type: 'blob' as const, content, oid: blobIds[i] })),
        { type: 'tree', content: tree, oid: treeId },
        { type: 'tree', content: top, oid: topId },
        { type: 'commit', content: Buffer.from(commit), oid: commitId },
      ])
      // Objects git has already are written again without complaint; nothing pending: no process at all.
      writer.add('blob', blobs[3])
      await writer.flush()
      const idle = gitProcessCount()
      await writer.flush()
      expect(gitProcessCount()).toBe(idle)
    })
  }
})

describe('ObjectWriter: the pack and its index written in process', () => {
  it('writes into the object folder git names: a worktree writes into the common one, and no git process runs', async () => {
    const repo = await makeRepo()
    const wt = join(tempDir('orch-objects-wt-'), 'wt')
    await repo.git.run(['worktree', 'add', '--quiet', '--detach', wt])
    const git = new Git(wt)
    expect(await git.isRepository()).toBe(true)
    const writer = new ObjectWriter(git, 'sha1')
    const content = randomBytes(5000)
    const oid = writer.add('blob', content)
    const before = gitProcessCount()
    await writer.flush()
    expect(gitProcessCount()).toBe(before)
    // Read from the main checkout: the object is in the common folder, not the worktree's own.
    expect((await repo.git.execBuffer(['cat-file', 'blob', oid])).stdout.equals(content)).toBe(true)
    await repo.git.run(['fsck', '--strict', '--no-dangling'])
    // The same pack again (same objects, same name): nothing to write, no error; no temporary file is left.
    writer.add('blob', content)
    await writer.flush()
    const packDir = join(await git.objectsDir(), 'pack')
    expect(readdirSync(packDir).filter((f) => f.startsWith('tmp_'))).toEqual([])
    expect(readdirSync(packDir).filter((f) => f.endsWith('.idx')).length).toBeGreaterThan(0)
  })
  it('follows GIT_OBJECT_DIRECTORY as git does', async () => {
    const repo = await makeRepo()
    const holder = join(tempDir('orch-objects-env-'), 'holder.git')
    await repo.git.run(['init', '--quiet', '--bare', holder])
    const elsewhere = join(holder, 'objects')
    const git = new Git(repo.dir, { GIT_OBJECT_DIRECTORY: elsewhere })
    expect(await git.objectsDir()).toBe(elsewhere)
    const writer = new ObjectWriter(git, 'sha1')
    const oid = writer.add('blob', 'moved\n')
    await writer.flush()
    expect(await git.run(['cat-file', '-p', oid])).toBe('moved')
    expect(readdirSync(join(elsewhere, 'pack')).some((f) => f.endsWith('.idx'))).toBe(true)
    // The repository's own folder did not get it.
    expect((await repo.git.exec(['cat-file', '-e', oid], { allowedExitCodes: [0, 1, 128] })).exitCode).not.toBe(0)
  })
})

describe('ObjectWriter: a shared repository', () => {
  // core.sharedRepository makes git widen the permissions of what it writes: its objects are left to git.
  // The reference for each value: whether git itself makes the folders it creates set-group-id (shared).
  it.each<[string, number]>([
    ['group', 1],
    ['false', 0],
    ['umask', 0],
    ['all', 1],
    ['0660', 1],
    ['yes', 1],
    ['(no value)', 1],
  ])('core.sharedRepository=%s: %d git process to store the pack', async (value, processes) => {
    const repo = await makeRepo()
    if (value === '(no value)') appendFileSync(join(repo.dir, '.git', 'config'), '[core]\n\tsharedRepository\n')
    else await repo.git.run(['config', 'core.sharedRepository', value])
    // A blob whose object folder git has to create (one that exists already keeps the mode it was made with).
    const folders = new Set(readdirSync(join(repo.dir, '.git', 'objects')))
    let n = 0
    while (folders.has((await repo.git.run(['hash-object', '--stdin'], { input: `probe ${n}\n` })).slice(0, 2))) n++
    const probe = await repo.git.run(['hash-object', '-w', '--stdin'], { input: `probe ${n}\n` })
    const shared = (statSync(join(repo.dir, '.git', 'objects', probe.slice(0, 2))).mode & 0o2000) !== 0
    expect(shared).toBe(processes === 1)
    const git = new Git(repo.dir)
    expect(await git.isRepository()).toBe(true)
    expect(git.seenSharedRepository()).toBe(shared)
    const writer = new ObjectWriter(git, 'sha1')
    const oid = writer.add('blob', `shared ${value}\n`)
    const before = gitProcessCount()
    await writer.flush()
    expect(gitProcessCount() - before).toBe(processes)
    expect(await git.run(['cat-file', '-p', oid])).toBe(`shared ${value}`)
    await repo.git.run(['fsck', '--strict', '--no-dangling'])
  })
})
