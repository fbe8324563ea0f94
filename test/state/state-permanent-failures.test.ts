import { afterAll, describe, expect, it } from '@jest/globals'
import { chmodSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { StateError } from '../../shared/errors'
import { Git } from '../../shared/git/git'
import { isPermanentGitFailure, keyLine } from '../../shared/git/git-failure'
import { MemoryLogger } from '../../shared/logger'
import { makeEvent } from '../../shared/state/events/events'
import { StateStore } from '../../shared/views'
import { cleanupTemp, makeRepo } from '../support/repo'

afterAll(cleanupTemp)

const event = () => makeEvent('blocker-raised', '001-a', { id: 'b1', reason: 'r' }, { actor: 'test' })

/** A store whose waits are recorded instead of slept: a retry shows up as a wait. */
function storeFor(dir: string, remote: string) {
  const waits: number[] = []
  const store = new StateStore({ git: new Git(dir), remote, logger: new MemoryLogger(), sleep: async (ms) => void waits.push(ms) })
  return { store, waits }
}

describe('permanent git failures fail at once, with git’s key line', () => {
  it('a remote that does not exist: one attempt, no wait, the fatal line quoted', async () => {
    const repo = await makeRepo()
    const { store, waits } = storeFor(repo.dir, join(repo.dir, 'no-such-remote.git'))
    const error = await store.append([event()]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StateError)
    expect((error as Error).message).toMatch(/does not appear to be a git repository/)
    expect((error as Error).message).toContain('no retry can fix this')
    expect(waits).toEqual([])
  })

  it('a pre-receive hook that declines: refused at once, the remote untouched', async () => {
    const repo = await makeRepo()
    const hook = join(repo.remote, 'hooks', 'pre-receive')
    writeFileSync(hook, '#!/bin/sh\necho "policy: no state here" >&2\nexit 1\n')
    chmodSync(hook, 0o755)
    const { store, waits } = storeFor(repo.dir, 'origin')
    const error = await store.append([event()]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StateError)
    expect((error as Error).message).toMatch(/refused the update of orchestrator\/state: .*hook declined/)
    expect(waits).toEqual([])
    expect((await repo.git.lsRemote('origin', ['orchestrator/state'])).size).toBe(0)
  })

  it.each([
    ["fatal: 'x' does not appear to be a git repository\nfatal: Could not read from remote repository.", true],
    ['remote: Permission to o/r.git denied to bot.\nfatal: unable to access: The requested URL returned error: 403', true],
    ['fatal: Authentication failed for https://example.com/o/r.git/', true],
    [' ! [remote rejected] x -> x (pre-receive hook declined)', true],
    ['fatal: unable to access: Could not resolve host: example.com', false],
    ['error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502', false],
    ['fatal: the remote end hung up unexpectedly\nfatal: early EOF', false],
  ])('classifies %j as permanent: %s', (stderr, permanent) => {
    expect(isPermanentGitFailure(stderr)).toBe(permanent)
    expect(keyLine(stderr)).not.toBe('')
  })
})
