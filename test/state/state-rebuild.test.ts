import { afterAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GitError } from '../../shared/errors'
import { Git } from '../../shared/git/git'
import { makeEvent, serializeEvent } from '../../shared/state/events/events'
import type { OrchestratorEvent } from '../../shared/state/events/event-schema'
import { catFileBatch, type BatchResult } from '../../shared/git/cat-file'
import { followCatFile } from '../../shared/git/follow-cat-file'
import { StateLayout } from '../../shared/state/log/paths'
import { applyEvent, emptyProjection, serializeProjection } from '../../shared/state/projection/projection'
import { readEventLog, rebuildProjection } from '../../shared/state/log/rebuild'
import { unquoteGitPath as unquotePath } from '../../shared/git/quoted-path'
import { cleanupTemp, makeRepo, tempDir } from '../support/repo'

afterAll(cleanupTemp)

const F = '001-a'
const layout = new StateLayout('')
const sha = (n: number) => n.toString(16).padStart(40, '0')
const home = (e: OrchestratorEvent) => `${e.feature}/${e.key.slice(0, 2)}/${e.key}.json`

function taskEvent(n: number, feature = F): OrchestratorEvent {
  return makeEvent(
    'task-updated',
    feature,
    { taskId: `T${String(n).padStart(3, '0')}`, state: 'done', commit: sha(n), agent: `feature/${feature}/impl-1` },
    { actor: 'test', time: new Date(Date.UTC(2026, 0, 1, 0, n)) },
  )
}

/** An entry of a tree built with `git mktree`, which (with --missing) also takes ids of objects that do not exist. */
interface Entry {
  path: string
  mode?: string
  content?: string | Buffer
  oid?: string
}

/** Builds a tree of nested folders from plain entries; returns its id. */
async function buildTree(git: Git, entries: Entry[]): Promise<string> {
  const here: string[] = []
  const folders = new Map<string, Entry[]>()
  for (const e of entries) {
    const slash = e.path.indexOf('/')
    if (slash >= 0) {
      const name = e.path.slice(0, slash)
      folders.set(name, [...(folders.get(name) ?? []), { ...e, path: e.path.slice(slash + 1) }])
      continue
    }
    const mode = e.mode ?? '100644'
    const type = mode === '160000' ? 'commit' : 'blob'
    const oid = e.oid ?? (await git.writeBlob(e.content ?? ''))
    here.push(`${mode} ${type} ${oid}\t${e.path}`)
  }
  for (const [name, inner] of folders) here.push(`040000 tree ${await buildTree(git, inner)}\t${name}`)
  // -z: names may hold line breaks.
  return git.run(['mktree', '-z', '--missing'], { input: here.map((line) => `${line}\0`).join('') })
}

async function readAll(git: Git, tree: string) {
  const events: OrchestratorEvent[] = []
  const problems = await readEventLog(git, layout, tree, (e) => events.push(e))
  return { events, problems }
}

describe('reading the event log', () => {
  it('reads every event file, however many, and reports what is not one with its path and the reason', async () => {
    const repo = await makeRepo()
    const good = Array.from({ length: 40 }, (_, i) => taskEvent(i + 1))
    const moved = taskEvent(50)
    const big = makeEvent(
      'feature-registered',
      F,
      {
        spec: F,
        name: 'Big',
        // More than one read of the growing output (1 MiB) in one event file.
        tasks: Array.from({ length: 1500 }, (_, i) => ({
          id: `T${String(i + 1).padStart(4, '0')}`,
          description: `task ${i} ${'é'.repeat(400)}`,
        })),
      },
      { actor: 'test', time: new Date(Date.UTC(2026, 0, 2)) },
    )
    const bigBytes = serializeEvent(big)
    expect(Buffer.byteLength(bigBytes)).toBeGreaterThan(1024 * 1024)
    const symlinkKey = 'a'.repeat(64)
    const missingKey = 'b'.repeat(64)
    const entries: Entry[] = [
      ...good.map((e) => ({ path: home(e), content: serializeEvent(e) })),
      { path: home(big), content: bigBytes },
      // A valid event under another feature's folder.
      { path: `002-b/${moved.key.slice(0, 2)}/${moved.key}.json`, content: serializeEvent(moved) },
      { path: `${F}/aa/${symlinkKey}.json`, mode: '120000', content: '../elsewhere.json' },
      { path: `${F}/sub`, mode: '160000', oid: sha(7) },
      { path: `${F}/bb/${missingKey}.json`, oid: 'c'.repeat(40) },
      { path: `${F}/${'é "q" \\'}.json`, content: '{}' },
      { path: `${F}/tab\there.json`, content: '{}' },
      { path: `${F}/line\nbreak.json`, content: serializeEvent(taskEvent(60)) },
      { path: `${F}/${good[0].key.slice(0, 2)}/${good[0].key.toUpperCase()}.json`, content: serializeEvent(good[0]) },
    ]
    const tree = await buildTree(repo.git, entries)
    const { events, problems } = await readAll(repo.git, tree)

    expect(events.map((e) => e.key).sort()).toEqual([...good, big].map((e) => e.key).sort())
    expect(events.find((e) => e.key === big.key)).toEqual(big)
    const misplaced = 'not where an event file belongs (events/<feature>/<key[0:2]>/<key>.json)'
    expect(problems).toEqual(
      [
        {
          path: `events/002-b/${moved.key.slice(0, 2)}/${moved.key}.json`,
          reason: `holds event ${moved.key} of feature ${F}, which belongs at events/${home(moved)}`,
        },
        { path: `events/${F}/aa/${symlinkKey}.json`, reason: 'not a regular file (mode 120000, blob); event files are plain JSON files' },
        { path: `events/${F}/sub`, reason: 'not a regular file (mode 160000, commit); event files are plain JSON files' },
        { path: `events/${F}/bb/${missingKey}.json`, reason: 'the blob is missing from the repository' },
        { path: `events/${F}/é "q" \\.json`, reason: misplaced },
        { path: JSON.stringify(`events/${F}/tab\there.json`), reason: misplaced },
        { path: JSON.stringify(`events/${F}/line\nbreak.json`), reason: misplaced },
        { path: `events/${F}/${good[0].key.slice(0, 2)}/${good[0].key.toUpperCase()}.json`, reason: misplaced },
      ].sort((a, b) => (a.path < b.path ? -1 : 1)),
    )
  })

  it('rebuilds the same projection as folding the events one by one, and an empty or absent tree is empty', async () => {
    const repo = await makeRepo()
    const events = [
      ...Array.from({ length: 30 }, (_, i) => taskEvent(i + 1)),
      ...Array.from({ length: 30 }, (_, i) => taskEvent(i + 1, '002-b')),
    ]
    const tree = await buildTree(
      repo.git,
      events.map((e) => ({ path: home(e), content: serializeEvent(e) })),
    )
    const folded = emptyProjection()
    for (const e of [...events].reverse()) applyEvent(folded, e)
    folded.eventsTree = tree
    expect(serializeProjection(await rebuildProjection(repo.git, layout, tree))).toBe(serializeProjection(folded))
    expect(await readAll(repo.git, await buildTree(repo.git, []))).toEqual({ events: [], problems: [] })
    expect(await readEventLog(repo.git, layout, null, () => undefined)).toEqual([])
  })
})

describe('followCatFile', () => {
  it('hands over every object of the listing in order, whole, whatever its size, and says which are missing', async () => {
    const repo = await makeRepo()
    const contents = [Buffer.from('small\n'), Buffer.alloc(3 * 1024 * 1024 + 7, 0x61), Buffer.from([0, 1, 2, 0x0a, 0xff]), Buffer.alloc(0)]
    const oids = await Promise.all(contents.map((c) => repo.git.writeBlob(c)))
    const tree = await repo.git.run(['mktree'], { input: `100644 blob ${oids[0]}\tx\n` })
    const dir = tempDir()
    const listing = join(dir, 'listing')
    // Anything after the id is ignored, as with ls-tree's output.
    writeFileSync(listing, `${oids[0]} 100644 blob\tx\n${oids[1]}\n${'d'.repeat(40)} gone\n${oids[2]} y\n${tree}\n${oids[3]}\n`)
    const seen: [number, BatchResult][] = []
    let started = 0
    const count = await followCatFile(repo.git, listing, {
      onStart: () => void started++,
      onObject: (r, i) => void seen.push([i, { ...r, ...(r.missing ? {} : { content: Buffer.from(r.content) }) }]),
    })
    expect(started).toBe(1)
    expect(count).toBe(6)
    expect(seen.map(([i]) => i)).toEqual([0, 1, 2, 3, 4, 5])
    const got = seen.map(([, r]) => r)
    for (const [i, at] of [0, 1, 3, 5].entries()) {
      expect(got[at]).toMatchObject({ missing: false, oid: oids[i], type: 'blob' })
      expect(Buffer.compare((got[at] as { content: Buffer }).content, contents[i])).toBe(0)
    }
    expect(got[2]).toEqual({ spec: 'd'.repeat(40), missing: true })
    expect(got[4]).toMatchObject({ missing: false, oid: tree, type: 'tree' })
  })

  it('fails with git error when git cannot run there', async () => {
    const dir = tempDir()
    const listing = join(dir, 'listing')
    writeFileSync(listing, `${'a'.repeat(40)}\n`)
    await expect(followCatFile(new Git(dir), listing, { onObject: () => undefined })).rejects.toBeInstanceOf(GitError)
  })
})

describe('catFileBatch', () => {
  it('keeps the name asked for on a missing object, spaces and all', async () => {
    const repo = await makeRepo({ 'a b.txt': 'x\n' })
    const [found, missing] = await catFileBatch(repo.git, ['HEAD:a b.txt', 'HEAD:no such 12 file'])
    expect(found).toMatchObject({ spec: 'HEAD:a b.txt', missing: false, type: 'blob' })
    expect((found as { content: Buffer }).content.toString()).toBe('x\n')
    expect(missing).toEqual({ spec: 'HEAD:no such 12 file', missing: true })
  })
})

describe('unquotePath', () => {
  it.each([
    ['plain/path.json', 'plain/path.json'],
    ['"a\\nb"', 'a\nb'],
    ['"tab\\there"', 'tab\there'],
    ['"q\\"uote \\\\ back"', 'q"uote \\ back'],
    ['"\\303\\251t\\303\\251"', 'été'],
    ['"bell\\a\\b\\v\\f\\r"', 'bell\x07\b\v\f\r'],
    ['"', '"'],
  ])('%s', (quoted, raw) => {
    expect(unquotePath(quoted)).toBe(raw)
  })
})
