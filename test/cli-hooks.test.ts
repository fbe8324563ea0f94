import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCliProcess } from './support/cli'
import { makeFeatureRepo, SPEC } from './support/feature-repo'
import { cleanupTemp } from './support/repo'

afterAll(cleanupTemp)

async function waitFor<T>(probe: () => Promise<T | null>, attempts = 100): Promise<T | null> {
  for (let i = 0; i < attempts; i++) {
    const v = await probe()
    if (v) return v
    await new Promise((r) => setTimeout(r, 200))
  }
  return null
}

describe('orchestrator hooks', () => {
  it('installs a post-commit hook that records task progress from local commits', async () => {
    const repo = await makeFeatureRepo()
    expect((await runCliProcess(['init-feature', SPEC, '--implementors', '1'], repo.dir)).code).toBe(0)
    const installed = await runCliProcess(['hooks', 'install'], repo.dir)
    expect(installed.code).toBe(0)
    const hook = join(repo.dir, '.git/hooks/post-commit')
    expect(statSync(hook).mode & 0o111).not.toBe(0)
    expect(readFileSync(hook, 'utf8')).toContain('sync-status --local --branch "$branch"')
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.commit(`feature/${SPEC}/impl-1`, { 'src/auth/a.ts': 'a\n' }, 'T001: project structure', `origin/feature/${SPEC}/impl-1`)
    // The hook runs in the background; the task event shows up on the state branch.
    const done = await waitFor(async () => {
      const r = await runCliProcess(['events', 'status', SPEC, '--json'], repo.dir)
      return r.code === 0 && JSON.parse(r.stdout).features[0].tasks.done === 1 ? true : null
    })
    expect(done).toBe(true)
    expect(readFileSync(join(repo.dir, '.git/orchestrator-sync.log'), 'utf8')).toMatch(/1\/5 tasks done/)
  })

  it('leaves a hook that is not ours alone unless --force, and uninstalls only its own', async () => {
    const repo = await makeFeatureRepo()
    const hook = join(repo.dir, '.git/hooks/post-commit')
    writeFileSync(hook, '#!/bin/sh\necho mine\n')
    const refused = await runCliProcess(['hooks', 'install'], repo.dir)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('already exists and is not ours')
    expect((await runCliProcess(['hooks', 'uninstall'], repo.dir)).code).toBe(2)
    expect(readFileSync(hook, 'utf8')).toContain('echo mine')
    expect((await runCliProcess(['hooks', 'install', '--force'], repo.dir)).code).toBe(0)
    expect((await runCliProcess(['hooks', 'uninstall'], repo.dir)).code).toBe(0)
    expect(existsSync(hook)).toBe(false)
    const bad = await runCliProcess(['hooks', 'reinstall'], repo.dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('expected one of install, uninstall')
  })
})
