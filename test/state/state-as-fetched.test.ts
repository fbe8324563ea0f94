// The hook reads the state as last fetched into the clone, without a network call. A fresh `git clone` (or a
// `git fetch`) has fetched it too, into refs/remotes/<remote>/<branch>: that copy counts when it is alone or newer.
import { afterAll, describe, expect, it } from '@jest/globals'
import { MemoryLogger } from '../../shared/logger'
import { makeEvent } from '../../shared/state/events/events'
import { projectionAsFetched } from '../../shared/state/log/as-fetched'
import { privateStateRef } from '../../shared/state/log/remote-branch'
import { StateStore } from '../../shared/views'
import { cleanupTemp, makeRepo } from '../support/repo'

afterAll(cleanupTemp)

const STATE = 'orchestrator/state'
const F = '004-user-auth'
const at = (minute: number) => ({ actor: 'ci', time: new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString() })

describe('projectionAsFetched', () => {
  it('reads a fresh clone’s remote-tracking copy, and the newer of the two copies', async () => {
    const repo = await makeRepo()
    const store = new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() })
    await store.append([
      makeEvent('feature-registered', F, { spec: F, name: 'Auth', tasks: [{ id: 'T001', description: 'a in src/a.ts' }] }, at(0)),
      makeEvent('task-assigned', F, { taskId: 'T001', agent: `feature/${F}/impl-1`, wave: 1 }, at(1)),
    ])
    // A clone that no command of ours has run in: only git's copy.
    const fresh = await repo.clone()
    expect(await fresh.git.resolveCommit(privateStateRef('origin', STATE))).toBeNull()
    const first = await projectionAsFetched(fresh.git, 'origin', STATE)
    expect(first?.commit).toBe(await fresh.git.resolveCommit(`refs/remotes/origin/${STATE}`))
    expect(first?.projection?.features[F]?.assignments?.T001?.agent).toBe(`feature/${F}/impl-1`)

    // Our private copy, then a newer state that only `git fetch` brought: the newer wins.
    await fresh.git.run(['update-ref', privateStateRef('origin', STATE), first!.commit])
    await store.append([makeEvent('task-assigned', F, { taskId: 'T001', agent: `feature/${F}/impl-2`, wave: 1 }, at(2))])
    await fresh.git.run(['fetch', '-q', 'origin'])
    const newer = await projectionAsFetched(fresh.git, 'origin', STATE)
    expect(newer?.commit).not.toBe(first!.commit)
    expect(newer?.projection?.features[F]?.assignments?.T001?.agent).toBe(`feature/${F}/impl-2`)

    // And the other way round: our private copy newer than git's.
    await fresh.git.run(['update-ref', `refs/remotes/origin/${STATE}`, first!.commit])
    await fresh.git.run(['update-ref', privateStateRef('origin', STATE), newer!.commit])
    expect((await projectionAsFetched(fresh.git, 'origin', STATE))?.commit).toBe(newer!.commit)
  })
})
