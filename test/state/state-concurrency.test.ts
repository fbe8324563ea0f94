import { afterAll, describe, expect, it } from '@jest/globals'
import { chmodSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GitError, StateError } from '../../shared/errors'
import { Git, type ExecOptions } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'
import { StateStore } from '../../shared/views'
import { makeEvent } from '../../shared/state/events/events'
import type { OrchestratorEvent } from '../../shared/state/events/event-schema'
import { cleanupTemp, makeRepo, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

const STATE = 'orchestrator/state'
const noSleep = async () => {}

function event(writer: number, n: number): OrchestratorEvent {
  const commit = (writer * 100 + n + 1).toString(16).padStart(40, '0')
  const time = new Date(Date.UTC(2026, 0, 1, 0, writer, n)).toISOString()
  const feature = `00${writer % 3}-f`
  return makeEvent(
    'task-updated',
    feature,
    { taskId: `T${String(n + 1).padStart(3, '0')}`, state: 'done', commit, agent: `impl-${writer}` },
    { actor: `writer-${writer}`, time },
  )
}

function store(git: Git, extra: Partial<ConstructorParameters<typeof StateStore>[0]> = {}): StateStore {
  return new StateStore({ git, remote: 'origin', logger: new MemoryLogger(), ...extra })
}

async function head(repo: TestRepo): Promise<string | undefined> {
  return (await repo.git.lsRemote('origin', [STATE])).get(`refs/heads/${STATE}`)
}

/** Event files on the remote branch, as `git ls-tree -r` sees them. */
async function eventFiles(repo: TestRepo): Promise<string[]> {
  const h = await head(repo)
  if (!h) return []
  await repo.git.run(['fetch', '-q', 'origin', STATE])
  return (await repo.git.run(['ls-tree', '-r', '--name-only', h, 'events/'])).split('\n').filter(Boolean)
}

/** A Git that runs `beforePush` (and optionally lies after) around our pushes: races injected at the exact moment. */
class RacingGit extends Git {
  pushes = 0
  /** The arguments of every push, in order (the last is the one under way in `beforePush`). */
  readonly pushed: (readonly string[])[] = []
  constructor(
    cwd: string,
    private readonly hooks: { beforePush?: (n: number) => Promise<void>; afterPush?: (n: number) => Promise<void> },
  ) {
    super(cwd)
  }
  override async execBuffer(args: readonly string[], options?: ExecOptions) {
    if (args[0] !== 'push') return super.execBuffer(args, options)
    const n = ++this.pushes
    this.pushed.push(args)
    await this.hooks.beforePush?.(n)
    const result = await super.execBuffer(args, options)
    await this.hooks.afterPush?.(n)
    return result
  }
}

describe('concurrent writers', () => {
  it('20 clones appending 5 events each at the same time: every event lands exactly once', async () => {
    const repo = await makeRepo()
    const clones = await Promise.all(Array.from({ length: 20 }, () => repo.clone()))
    const results = await Promise.all(clones.map((c, w) => store(c.git).append([0, 1, 2, 3, 4].map((n) => event(w, n)))))
    expect(results.every((r) => r.pushed && r.added.length === 5)).toBe(true)
    const files = await eventFiles(repo)
    expect(files).toHaveLength(100)
    const expected = clones
      .flatMap((_, w) => [0, 1, 2, 3, 4].map((n) => event(w, n)))
      .map((e) => `events/${e.feature}/${e.key.slice(0, 2)}/${e.key}.json`)
    expect(files.sort()).toEqual(expected.sort())
    const reader = store(repo.git)
    const snap = await reader.read()
    expect(snap.projection.eventCount).toBe(100)
    expect(await reader.verify()).toMatchObject({ ok: true, mismatches: [], problems: [] })
    // One commit per writer on one line of history: nobody force-pushed anything away.
    expect(await repo.git.run(['rev-list', '--count', snap.commit!])).toBe('20')
  }, 180000)

  it('writers sharing one clone (one private ref) also land every event once', async () => {
    const repo = await makeRepo()
    const results = await Promise.all(Array.from({ length: 8 }, (_, w) => store(repo.git).append([event(w, 0), event(w, 1)])))
    expect(results.every((r) => r.pushed)).toBe(true)
    expect(await eventFiles(repo)).toHaveLength(16)
    expect(await store(repo.git).verify()).toMatchObject({ ok: true, mismatches: [] })
  }, 120000)

  it('retries when the branch moves between our read and our push, losing nothing', async () => {
    const repo = await makeRepo()
    const other = await repo.clone()
    await store(repo.git).append([event(0, 0)])
    const git = new RacingGit(repo.dir, { beforePush: async (n) => void (n === 1 && (await store(other.git).append([event(1, 0)]))) })
    const r = await store(git, { sleep: noSleep }).append([event(2, 0)])
    expect(r).toMatchObject({ pushed: true, attempts: 2 })
    expect(await eventFiles(repo)).toHaveLength(3)
    expect(await store(repo.git).verify()).toMatchObject({ ok: true })
  })

  it('two writers that built the very same commit: only the first reports the events as added', async () => {
    // Seen in a full run: two runs with the same events on the same head in the same second build
    // byte-identical commits. git then finds the remote "up to date" and checks no lease, and both
    // runs claimed the events (and announced them twice). Here the other writer's push of that same
    // commit lands just before ours.
    for (const start of ['absent', 'existing'] as const) {
      const repo = await makeRepo()
      if (start === 'existing') await store(repo.git).append([event(0, 0)])
      const git = new RacingGit(repo.dir, {
        beforePush: async (n) => {
          if (n !== 1) return
          const planned = [...git.pushed.at(-1)!].find((a) => a.endsWith(`:refs/heads/${STATE}`))!.split(':')[0]!
          await repo.git.run(['push', '-q', 'origin', `${planned}:refs/heads/${STATE}`])
        },
      })
      const before = await head(repo)
      const r = await store(git, { sleep: noSleep }).append([event(1, 0), event(1, 1)])
      expect(r.added).toHaveLength(0)
      expect(r.skipped).toHaveLength(2)
      expect(r.attempts).toBe(2)
      const after = await head(repo)
      expect(after).not.toBe(before)
      expect(await eventFiles(repo)).toHaveLength(start === 'existing' ? 3 : 2)
      expect(await store(repo.git).verify()).toMatchObject({ ok: true })
    }
  })

  it('never resurrects commits removed by a force-push back to an ancestor', async () => {
    const repo = await makeRepo()
    const admin = await repo.clone()
    const s = store(repo.git)
    const a = (await s.append([event(0, 0)])).commit!
    const b = (await s.append([event(0, 1)])).commit!
    await admin.git.run(['fetch', '-q', 'origin', STATE])
    // While we build on B, someone resets the branch to A (dropping B's event).
    const git = new RacingGit(repo.dir, {
      beforePush: async (n) => {
        if (n === 1) await admin.git.run(['push', '-q', '--force', 'origin', `${a}:refs/heads/${STATE}`])
      },
    })
    const r = await store(git, { sleep: noSleep }).append([event(3, 0)])
    expect(r).toMatchObject({ pushed: true, attempts: 2 })
    expect(await repo.git.run(['rev-parse', `${r.commit}^`])).toBe(a)
    expect(await repo.git.isAncestor(b, r.commit!)).toBe(false)
    const files = await eventFiles(repo)
    expect(files).toHaveLength(2)
    expect(files.some((f) => f.includes(event(0, 1).key))).toBe(false)
    expect(files.some((f) => f.includes(event(3, 0).key))).toBe(true)
  })

  it('a push that timed out after the server took it is recognised, not written twice', async () => {
    const repo = await makeRepo()
    const other = await repo.clone()
    await store(repo.git).append([event(0, 0)])
    const git = new RacingGit(repo.dir, {
      afterPush: async (n) => {
        if (n !== 1) return
        await store(other.git).append([event(1, 0)]) // and someone else wrote after us before we retried
        throw new GitError('git push failed: the remote end hung up unexpectedly', ['push'], 'timeout', 128)
      },
    })
    const ours = store(git, { sleep: noSleep })
    const r = await ours.append([event(2, 0), event(2, 1)])
    expect(r).toMatchObject({ pushed: true, attempts: 2 })
    expect(r.added).toHaveLength(2)
    expect(git.pushes).toBe(1)
    const files = await eventFiles(repo)
    expect(files).toHaveLength(4)
    expect(await repo.git.run(['rev-list', '--count', (await head(repo))!])).toBe('3')
    expect(await ours.verify()).toMatchObject({ ok: true })
  })

  it('gives up after maxAttempts with a StateError, leaving the remote untouched', async () => {
    const repo = await makeRepo()
    const other = await repo.clone()
    await store(repo.git).append([event(0, 0)])
    let n = 0
    const git = new RacingGit(repo.dir, { beforePush: async () => void (await store(other.git).append([event(1, n++)])) })
    const delays: number[] = []
    const loser = store(git, { maxAttempts: 3, sleep: async (ms) => void delays.push(ms), random: () => 0.5 })
    const err = await loser.append([event(2, 0)]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StateError)
    expect((err as Error).message).toMatch(/could not record 1 event\(s\) on orchestrator\/state after 3 attempts .*left untouched/)
    expect(git.pushes).toBe(3)
    expect(delays).toHaveLength(2)
    expect(delays[1]).toBeGreaterThan(delays[0])
    const files = await eventFiles(repo)
    expect(files).toHaveLength(4)
    expect(files.some((f) => f.includes(event(2, 0).key))).toBe(false)
  })

  it('stops at once when the server refuses the update for good (hook, protection)', async () => {
    const repo = await makeRepo()
    const hook = join(repo.remote, 'hooks', 'pre-receive')
    writeFileSync(hook, '#!/bin/sh\necho "protected branch" >&2\nexit 1\n')
    chmodSync(hook, 0o755)
    const err = await store(repo.git, { sleep: noSleep })
      .append([event(0, 0)])
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StateError)
    expect((err as Error).message).toMatch(/refused the update of orchestrator\/state: .*hook declined/)
    expect(await head(repo)).toBeUndefined()
  })
})
