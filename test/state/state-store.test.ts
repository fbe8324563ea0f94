import { afterAll, describe, expect, it } from '@jest/globals'
import { Git, type ExecOptions } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'
import { StateStore } from '../../shared/views'
import { makeEvent, serializeEvent } from '../../shared/state/events/events'
import type { OrchestratorEvent } from '../../shared/state/events/event-schema'
import { serializeProjection } from '../../shared/state/projection/projection'
import { cleanupTemp, makeRepo, tempDir, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

const F = '001-a'
const sha = (n: number) => n.toString(16).padStart(40, '0')
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString()

function taskEvent(n: number, state: 'in-progress' | 'done' = 'done', feature = F): OrchestratorEvent {
  return makeEvent(
    'task-updated',
    feature,
    { taskId: `T${String(n).padStart(3, '0')}`, state, commit: sha(n), agent: `feature/${feature}/impl-1` },
    { actor: 'test', time: at(n) },
  )
}

function storeFor(repo: TestRepo, extra: Partial<ConstructorParameters<typeof StateStore>[0]> = {}) {
  const logger = new MemoryLogger()
  return { logger, store: new StateStore({ git: repo.git, remote: 'origin', logger, ...extra }) }
}

async function remoteHead(repo: TestRepo, branch = 'orchestrator/state'): Promise<string | undefined> {
  return (await repo.git.lsRemote('origin', [branch])).get(`refs/heads/${branch}`)
}

/** Commits files onto the state branch by hand, as someone editing it outside agent-orchestrator would. */
async function handEdit(repo: TestRepo, files: Record<string, string | null>): Promise<void> {
  const other = await repo.clone()
  await other.git.run(['fetch', '-q', 'origin', 'orchestrator/state'])
  await other.commit('orchestrator/state', files, 'hand edit', 'origin/orchestrator/state')
  await other.push('orchestrator/state')
}

/** Records every git command, to prove what an append does and does not do. */
class RecordingGit extends Git {
  readonly commands: string[][] = []
  override async execBuffer(args: readonly string[], options?: ExecOptions) {
    this.commands.push([...args])
    return super.execBuffer(args, options)
  }
}

describe('StateStore', () => {
  it('creates the branch on first append, reads it back, and leaves the user checkout alone', async () => {
    const repo = await makeRepo({ 'README.md': '# app\n', 'src/a.ts': 'a\n' })
    await repo.commit('work', { 'src/a.ts': 'changed\n' }, 'wip')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(`${repo.dir}/untracked.txt`, 'x')
    writeFileSync(`${repo.dir}/src/a.ts`, 'dirty\n')
    const before = {
      head: await repo.git.run(['rev-parse', 'HEAD']),
      symbolic: await repo.git.run(['symbolic-ref', 'HEAD']),
      status: await repo.git.run(['status', '--porcelain']),
      branches: await repo.git.run(['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads', 'refs/remotes/origin/main']),
      index: await repo.git.run(['ls-files', '-s']),
    }
    const { store } = storeFor(repo)
    expect((await store.read()).commit).toBeNull()
    const registered = makeEvent(
      'feature-registered',
      F,
      { spec: F, name: 'A', tasks: [{ id: 'T001', description: 'one' }] },
      { actor: 't', time: at(0) },
    )
    const r = await store.append([registered, taskEvent(1)])
    expect(r).toMatchObject({ pushed: true, attempts: 1 })
    expect(r.added.map((e) => e.kind)).toEqual(['feature-registered', 'task-updated'])
    expect(r.commit).toBe(await remoteHead(repo))
    expect(await repo.git.run(['rev-list', '--count', r.commit!])).toBe('1') // an orphan commit
    expect(await repo.git.run(['log', '-1', '--format=%s', r.commit!])).toBe(
      'orchestrator: 2 event(s) (feature-registered, task-updated) for 001-a',
    )
    expect(r.paths).toEqual(
      [
        'README.md',
        `docs/features/${F}.html`,
        'docs/index.html',
        `events/${F}/${registered.key.slice(0, 2)}/${registered.key}.json`,
        `events/${F}/${r.added[1].key.slice(0, 2)}/${r.added[1].key}.json`,
        `features/${F}/overseer.md`,
        'projection.json',
        'projection.json.sha256',
      ].sort(),
    )
    expect(await repo.git.run(['show', `${r.commit}:events/${F}/${registered.key.slice(0, 2)}/${registered.key}.json`])).toBe(
      serializeEvent(registered).trimEnd(),
    )

    const snap = await store.read()
    expect(snap.commit).toBe(r.commit)
    expect(snap.projection.features[F].tasks.T001.state).toBe('done')
    expect(await store.verify()).toMatchObject({ ok: true, mismatches: [] })

    expect({
      head: await repo.git.run(['rev-parse', 'HEAD']),
      symbolic: await repo.git.run(['symbolic-ref', 'HEAD']),
      status: await repo.git.run(['status', '--porcelain']),
      branches: await repo.git.run(['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads', 'refs/remotes/origin/main']),
      index: await repo.git.run(['ls-files', '-s']),
    }).toEqual(before)
    expect(await repo.git.run(['for-each-ref', '--format=%(refname)', 'refs/orchestrator'])).toBe(
      'refs/orchestrator/remote-state/origin/orchestrator/state',
    )
    // (git push to a named remote moves its remote-tracking ref of the pushed branch, as for any push.)
  })

  it('records the same facts only once: re-recording is a no-op without a commit', async () => {
    const repo = await makeRepo()
    const { store } = storeFor(repo)
    const first = await store.append([taskEvent(1), taskEvent(2)])
    const head = await remoteHead(repo)
    // Same facts, reported later by someone else; plus a duplicate inside the batch.
    const again = [taskEvent(1), taskEvent(2)].map((e) => makeEvent('task-updated', F, e.data as never, { actor: 'other', time: at(50) }))
    const r = await store.append([...again, again[0]])
    expect(r).toMatchObject({ pushed: false, added: [], commit: first.commit, paths: [] })
    expect(r.skipped).toHaveLength(3)
    expect(await remoteHead(repo)).toBe(head)
    const mixed = await store.append([taskEvent(2), taskEvent(3)])
    expect(mixed.added.map((e) => e.key)).toEqual([taskEvent(3).key])
    expect(mixed.skipped.map((e) => e.key)).toEqual([taskEvent(2).key])
    expect((await store.read()).projection.eventCount).toBe(3)
  })

  it('keeps the projection equal to a full rebuild and the views byte-identical across appends', async () => {
    const repo = await makeRepo()
    const { store } = storeFor(repo)
    await store.append([
      makeEvent('agent-assigned', F, { role: 'implementor', branch: `feature/${F}/impl-1`, index: 1 }, { actor: 't', time: at(0) }),
    ])
    for (let n = 1; n <= 6; n++) await store.append([taskEvent(n, n % 2 ? 'in-progress' : 'done'), taskEvent(n + 10, 'done', '002-b')])
    const snap = await store.read()
    expect(serializeProjection(await store.rebuild())).toBe(serializeProjection(snap.projection))
    const v = await store.verify()
    expect(v).toMatchObject({ ok: true, mismatches: [] })
    const files = (await repo.git.run(['ls-tree', '-r', '--name-only', snap.commit!])).split('\n')
    expect(files.filter((f) => !f.startsWith('events/'))).toEqual([
      '.agent-orchestrator-state',
      'README.md',
      `docs/features/${F}.html`,
      'docs/features/002-b.html',
      'docs/index.html',
      `features/${F}/impl-1.md`,
      `features/${F}/overseer.md`,
      'features/002-b/overseer.md',
      'projection.json',
      'projection.json.sha256',
    ])
  })

  it('appends without listing or reading the whole log', async () => {
    const repo = await makeRepo()
    const git = new RecordingGit(repo.dir)
    // Opened as a workspace opens it: its first rev-parse says, among the rest, that the repository is not shared.
    expect(await git.isRepository()).toBe(true)
    const store = new StateStore({ git, remote: 'origin', logger: new MemoryLogger() })
    for (let n = 1; n <= 3; n++) await store.append([taskEvent(n)])
    git.commands.length = 0
    await store.append([taskEvent(4)])
    const names = git.commands.map((c) => c[0])
    expect(names).not.toContain('ls-tree')
    expect(names).not.toContain('read-tree')
    expect(names).not.toContain('checkout')
    expect(names.filter((n) => n === 'cat-file')).toHaveLength(1)
    // Every new object (blobs, trees, the commit) in one pack with its index, written in process: no
    // index-pack, no hash-object (the object folder was asked once, by an earlier append).
    expect(names).not.toContain('index-pack')
    expect(names).not.toContain('hash-object')
    expect(names.sort()).toEqual(['cat-file', 'fetch', 'push', 'rev-parse', 'update-ref'])
    // What it wrote is sound to git, and the branch holds the fourth event.
    await repo.git.run(['fsck', '--strict', '--no-dangling'])
    expect((await store.read()).projection.eventCount).toBe(4)
  })

  it('appends from a snapshot just read without fetching or parsing again, and re-reads a branch that moved since', async () => {
    const repo = await makeRepo()
    const git = new RecordingGit(repo.dir)
    const store = new StateStore({ git, remote: 'origin', logger: new MemoryLogger(), sleep: async () => {} })
    await store.append([taskEvent(1)])
    const snapshot = await store.read()
    git.commands.length = 0
    const r = await store.append([taskEvent(2)], { from: snapshot })
    expect(r).toMatchObject({ pushed: true, attempts: 1 })
    // Only the folders it edits are read: no fetch, no second read of projection.json.
    expect(git.commands.map((c) => c[0])).not.toContain('fetch')
    expect(serializeProjection(r.projection)).toBe(serializeProjection(await store.rebuild()))

    // Another writer moves the branch after our read: the lease refuses the first push, the next attempt reads afresh.
    const stale = await store.read()
    const { store: other } = storeFor(repo)
    await other.append([taskEvent(3)])
    const late = await store.append([taskEvent(4)], { from: stale })
    expect(late).toMatchObject({ pushed: true, attempts: 2 })
    expect(late.projection.eventCount).toBe(4)
    expect(serializeProjection(late.projection)).toBe(serializeProjection(await store.rebuild()))
    expect(late.commit).toBe(await remoteHead(repo))
  })

  it('in a dry run computes the paths and events but writes and pushes nothing', async () => {
    const repo = await makeRepo()
    const { store } = storeFor(repo)
    await store.append([taskEvent(1)])
    const head = await remoteHead(repo)
    const { store: dry } = storeFor(repo, { dryRun: true })
    const r = await dry.append([taskEvent(1), taskEvent(2)])
    expect(r).toMatchObject({ pushed: false, commit: head })
    expect(r.added.map((e) => e.key)).toEqual([taskEvent(2).key])
    expect(r.paths).toContain(`events/${F}/${taskEvent(2).key.slice(0, 2)}/${taskEvent(2).key}.json`)
    expect(r.paths).toContain('projection.json')
    expect(r.projection.eventCount).toBe(2)
    expect(await remoteHead(repo)).toBe(head)
    expect((await store.read()).projection.eventCount).toBe(1)
  })

  it('returns the state it committed, so that no second read is needed', async () => {
    const repo = await makeRepo()
    const { store } = storeFor(repo)
    const first = await store.append([taskEvent(1), taskEvent(2)])
    expect(serializeProjection(first.projection)).toBe(serializeProjection((await store.read()).projection))
    const again = await store.append([taskEvent(2)])
    expect(again.pushed).toBe(false)
    expect(serializeProjection(again.projection)).toBe(serializeProjection(first.projection))
  })

  it('can keep the state in a folder of a code branch, keeping every other file', async () => {
    const repo = await makeRepo({ 'README.md': '# app\n', 'src/x.ts': 'x\n', 'docs/a b.md': 'spaced\n' })
    const { store } = storeFor(repo, { branch: 'main', root: '.orchestrator' })
    const base = await remoteHead(repo, 'main')
    const r = await store.append([taskEvent(1)])
    expect(await repo.git.run(['rev-parse', `${r.commit}^`])).toBe(base)
    const files = (await repo.git.run(['ls-tree', '-r', '--name-only', r.commit!])).split('\n')
    expect(files.filter((f) => !f.startsWith('.orchestrator/events/'))).toEqual([
      '.orchestrator/.agent-orchestrator-state',
      '.orchestrator/README.md',
      `.orchestrator/docs/features/${F}.html`,
      '.orchestrator/docs/index.html',
      `.orchestrator/features/${F}/overseer.md`,
      '.orchestrator/projection.json',
      '.orchestrator/projection.json.sha256',
      'README.md',
      'docs/a b.md',
      'src/x.ts',
    ])
    expect(await repo.git.run(['diff', '--stat', base!, r.commit!, '--', '.', ':!.orchestrator'])).toBe('')
    expect(await store.verify()).toMatchObject({ ok: true })
  })

  it('works from a shallow clone (the default checkout) without fetching the whole state history', async () => {
    const repo = await makeRepo()
    const { store } = storeFor(repo)
    await store.append([taskEvent(1)])
    await store.append([taskEvent(2)])
    const dir = tempDir()
    await repo.git.run(['clone', '-q', '--depth', '1', `file://${repo.remote}`, dir])
    const git = new Git(dir)
    expect(await git.isShallow()).toBe(true)
    const shallow = new StateStore({ git, remote: 'origin', logger: new MemoryLogger() })
    expect((await shallow.read()).projection.eventCount).toBe(2)
    expect(await git.run(['rev-list', '--count', shallow.privateRef])).toBe('1') // not the 2 commits of history
    const r = await shallow.append([taskEvent(3)])
    expect(r).toMatchObject({ pushed: true, attempts: 1 })
    expect(await store.verify()).toMatchObject({ ok: true })
    expect((await store.read()).projection.eventCount).toBe(3)
  })

  it('writes derived files of the caller in the same commit, from the projection with the new events', async () => {
    const repo = await makeRepo()
    const { store } = storeFor(repo, { root: '.orchestrator', branch: 'main' })
    await store.append([taskEvent(1)])
    const r = await store.append([taskEvent(2)], { files: (p) => [['derived/count.txt', `${p.eventCount}\n`]] })
    expect(r.paths).toContain('.orchestrator/derived/count.txt')
    expect(await repo.git.run(['show', `${r.commit}:.orchestrator/derived/count.txt`])).toBe('2')
    await expect(store.append([taskEvent(3)], { files: () => [['../escape.txt', 'x']] })).rejects.toThrow(/not a plain relative path/)
  })

  it('reads the folders of derived files named in advance with the rest: one cat-file, the same commit as without the hint', async () => {
    const repo = await makeRepo()
    const git = new RecordingGit(repo.dir)
    const store = new StateStore({ git, remote: 'origin', logger: new MemoryLogger() })
    await store.append([taskEvent(1)], { files: () => [['cache/a/verdicts.json', '{}\n']] })
    const derived = (p: { eventCount: number }): [string, string][] => [['cache/a/verdicts.json', `${p.eventCount}\n`]]
    const counts: number[] = []
    const trees: string[] = []
    for (const hint of [false, true]) {
      // The same events on the same head in both runs: the branch is put back between them.
      const head = (await remoteHead(repo))!
      const snapshot = await store.read()
      git.commands.length = 0
      const r = await store.append([taskEvent(2)], {
        from: snapshot,
        files: derived,
        ...(hint ? { filePaths: ['cache/a/verdicts.json'] } : {}),
      })
      expect(r).toMatchObject({ pushed: true, attempts: 1 })
      counts.push(git.commands.filter((c) => c[0] === 'cat-file').length)
      trees.push(await repo.git.run(['rev-parse', `${r.commit}^{tree}`]))
      expect(await repo.git.run(['show', `${r.commit}:cache/a/verdicts.json`])).toBe('2')
      expect(await store.verify()).toMatchObject({ ok: true })
      await repo.git.run(['push', '-q', '--force', 'origin', `${head}:refs/heads/orchestrator/state`])
    }
    expect(counts).toEqual([2, 1])
    expect(trees[1]).toBe(trees[0])
  })

  it('works with a remote given as a path', async () => {
    const repo = await makeRepo()
    const store = new StateStore({ git: repo.git, remote: repo.remote, logger: new MemoryLogger() })
    await store.append([taskEvent(1)])
    expect((await store.read()).projection.eventCount).toBe(1)
    expect(store.privateRef).toMatch(/^refs\/orchestrator\/remote-state\/url-[0-9a-f]{12}\/orchestrator\/state$/)
  })
})

describe('unreadable event files', () => {
  it('are reported with path and reason, kept as they are, and do not hide the rest of the log', async () => {
    const repo = await makeRepo()
    const { store } = storeFor(repo)
    await store.append([taskEvent(1), taskEvent(2)])
    const future = { ...JSON.parse(serializeEvent(taskEvent(3))), schema: 9 }
    const badField = JSON.parse(serializeEvent(taskEvent(4)))
    badField.data.state = 'finished'
    const k = (n: number) => taskEvent(n).key
    const path = (n: number) => `events/${F}/${k(n).slice(0, 2)}/${k(n)}.json`
    const junkKey = 'f'.repeat(64)
    const corrupt = {
      [path(3)]: JSON.stringify(future),
      [path(4)]: JSON.stringify(badField),
      [`events/${F}/ff/${junkKey}.json`]: '{"schema": 1, "kind": ',
      [`events/${F}/notes.txt`]: 'hello',
    }
    await handEdit(repo, corrupt)
    // And one file that is not UTF-8 at all (written as raw bytes).
    const latin1 = `events/${F}/ee/${'e'.repeat(64)}.json`
    const editor = await repo.clone()
    await editor.git.run(['fetch', '-q', 'origin', 'orchestrator/state'])
    await editor.git.run(['checkout', '-q', '-b', 'orchestrator/state', 'origin/orchestrator/state'])
    const { mkdirSync, writeFileSync } = await import('node:fs')
    mkdirSync(`${editor.dir}/events/${F}/ee`, { recursive: true })
    writeFileSync(`${editor.dir}/${latin1}`, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]))
    const weird = `events/${F}/x\n::warning::y.json`
    writeFileSync(`${editor.dir}/${weird}`, '{}')
    await editor.git.run(['add', '--', latin1, weird])
    await editor.git.run(['commit', '-q', '-m', 'latin-1'])
    await editor.push('orchestrator/state')

    const { store: reader, logger } = storeFor(repo)
    const snap = await reader.read()
    expect(snap.projection.eventCount).toBe(2)
    expect(snap.problems).toEqual(
      [
        { path: `events/${F}/ff/${junkKey}.json`, reason: expect.stringMatching(/^is not valid JSON/) },
        { path: `events/${F}/notes.txt`, reason: expect.stringMatching(/not where an event file belongs/) },
        { path: latin1, reason: 'not valid UTF-8 text' },
        { path: JSON.stringify(weird), reason: expect.stringMatching(/not where an event file belongs/) },
        { path: path(3), reason: expect.stringMatching(/^unknown schema version 9/) },
        { path: path(4), reason: 'field "data.state" must be one of "open", "in-progress", "done" (got "finished")' },
      ].sort((a, b) => (a.path < b.path ? -1 : 1)),
    )
    expect(logger.messages('warning').join('\n')).toMatch(/out of date .* rebuilding it from all events/)
    expect(logger.messages('warning').join('\n')).toContain(`unreadable event file ${path(3)}: unknown schema version 9`)

    // Appending keeps every corrupt file byte for byte, refuses to overwrite the one at an event's own path, and says so.
    const r = await reader.append([taskEvent(5), taskEvent(3)])
    expect(r.added.map((e) => e.key)).toEqual([k(5)])
    expect(r.problems).toEqual([
      {
        path: path(3),
        reason: expect.stringMatching(/was not recorded: the file already at its path is unreadable \(unknown schema version 9/),
      },
    ])
    for (const [p, content] of Object.entries(corrupt)) expect(await repo.git.run(['show', `${r.commit}:${p}`])).toBe(content)
    const bytes = await repo.git.execBuffer(['cat-file', 'blob', `${r.commit}:${latin1}`])
    expect([...bytes.stdout]).toEqual([0x7b, 0x22, 0xe9, 0x22, 0x7d])
    const after = await reader.read()
    expect(after.projection.eventCount).toBe(3)
    expect(after.problems).toHaveLength(6)
    expect(await repo.git.run(['show', `${r.commit}:README.md`])).toContain('## Unreadable event files')
    expect(await reader.verify()).toMatchObject({ ok: true })
  })

  it('rebuilds a projection that a merge or hand edit left out of date, and the next append stores it right', async () => {
    const repo = await makeRepo()
    const { store } = storeFor(repo)
    await store.append([taskEvent(1)])
    const extra = taskEvent(2)
    await handEdit(repo, { [`events/${F}/${extra.key.slice(0, 2)}/${extra.key}.json`]: serializeEvent(extra) })
    const { store: reader, logger } = storeFor(repo)
    expect((await reader.read()).projection.eventCount).toBe(2)
    expect(logger.messages('warning')[0]).toMatch(/projection.json at [0-9a-f]{12} is out of date/)
    expect((await reader.verify()).mismatches).toContain('projection.json')
    await reader.append([taskEvent(3)])
    expect(await reader.verify()).toMatchObject({ ok: true, mismatches: [] })
    expect((await reader.read()).projection.features[F].tasks.T002.state).toBe('done')
  })
})
