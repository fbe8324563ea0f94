import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { MemoryLogger } from '../../shared/logger'
import { makeEvent } from '../../shared/state/events/events'
import { StateStore } from '../../shared/views'
import { allKindsLog, FEATURE_A, FEATURE_B } from '../support/all-kinds-log'
import { runCliProcess, showFile } from '../support/cli'
import { cleanupTemp, makeRepo } from '../support/repo'

afterAll(cleanupTemp)

describe('web dashboard on the state branch', () => {
  it('is written with every append, and a branch without it (written before it existed) gets all of it on the next write', async () => {
    const repo = await makeRepo()
    const store = new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() })
    const first = await store.append(allKindsLog())
    const site = async (commit: string) =>
      (await repo.git.run(['ls-tree', '-r', '--name-only', commit, 'docs'])).split('\n').filter(Boolean)
    const pages = ['docs/features/004-user-auth.html', 'docs/features/005-billing.html', 'docs/index.html']
    expect(await site(first.commit!)).toEqual(pages)
    // The branch as an older version left it: the same events and views, no docs/.
    const tree = await repo.git.run(['mktree'], {
      input:
        (await repo.git.run(['ls-tree', first.commit!]))
          .split('\n')
          .filter((l) => !l.endsWith('\tdocs'))
          .join('\n') + '\n',
    })
    const old = await repo.git.run(['commit-tree', tree, '-p', first.commit!, '-m', 'before the dashboard'])
    await repo.git.run(['push', '-q', 'origin', `${old}:refs/heads/orchestrator/state`])
    expect(await store.verify()).toMatchObject({ ok: false, mismatches: pages })
    const next = await store.append([
      makeEvent('blocker-cleared', FEATURE_A, { id: 'db-schema' }, { actor: 'a', time: '2026-03-02T00:00:00.000Z' }),
    ])
    expect(next.paths).toEqual(expect.arrayContaining(pages))
    expect(await site(next.commit!)).toEqual(pages)
    expect(await store.verify()).toMatchObject({ ok: true, mismatches: [] })
    // Later writes render only the index and the touched feature's page.
    const third = await store.append([
      makeEvent('blocker-cleared', FEATURE_B, { id: 'db-schema' }, { actor: 'a', time: '2026-03-02T00:01:00.000Z' }),
    ])
    expect(third.paths.filter((p) => p.startsWith('docs/'))).toEqual(['docs/features/005-billing.html', 'docs/index.html'])
    // The pages left as they were are still what a full rebuild renders (a page's ages depend on its own feature only).
    expect(await store.verify()).toMatchObject({ ok: true, mismatches: [] })

    // orchestrator dashboard renders the same bytes locally.
    const r = await runCliProcess(['dashboard', '--dir', 'site', '--json'], repo.dir)
    expect([r.code, r.stderr]).toEqual([0, ''])
    const out = JSON.parse(r.stdout)
    expect(out.url).toBe(pathToFileURL(join(repo.dir, 'site', 'index.html')).href)
    for (const page of pages) {
      const local = readFileSync(join(repo.dir, 'site', page.slice('docs/'.length)), 'utf8')
      expect(local).toBe(await showFile(repo.git, third.commit!, page))
    }
    const bad = await runCliProcess(['dashboard', '--dir', '../outside'], repo.dir)
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('would leave the repository')])
  })
})
