import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runCliProcess } from '../support/cli'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp } from '../support/repo'
import { whenFolderChanges } from '../support/wait'

afterAll(cleanupTemp)

const IMPL1 = `feature/${SPEC}/impl-1`

describe('orchestrator hooks', () => {
  it('installs a pre-push hook that records only what was pushed, with the CLI of the repository (no path to a checkout)', async () => {
    const repo = await makeFeatureRepo()
    expect((await runCliProcess(['init-feature', SPEC, '--implementors', '1'], repo.dir)).code).toBe(0)
    // What `npm install` of the toolkit leaves in a repository: the bin link.
    mkdirSync(join(repo.dir, 'node_modules/.bin'), { recursive: true })
    symlinkSync(resolve('bin/orchestrator.js'), join(repo.dir, 'node_modules/.bin/orchestrator'))
    const installed = await runCliProcess(['hooks', 'install'], repo.dir)
    expect(installed.code).toBe(0)
    const hook = join(repo.dir, '.git/hooks/pre-push')
    expect(statSync(hook).mode & 0o111).not.toBe(0)
    const script = readFileSync(hook, 'utf8')
    expect(script).not.toContain(resolve('.'))
    expect(script).not.toContain('dist/cli')
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.commit(IMPL1, { 'src/auth/a.ts': 'a\n' }, 'T001: project structure', `origin/${IMPL1}`)
    const done = async () => {
      const r = await runCliProcess(['events', 'status', SPEC, '--json'], repo.dir)
      return r.code === 0 && JSON.parse(r.stdout).features[0].tasks.done === 1 ? true : null
    }
    // A commit alone (not pushed) records nothing: git runs none of our hooks on a commit (only pre-push is
    // installed), so nothing can have started in the background, and the state says so.
    const hooks = readdirSync(join(repo.dir, '.git/hooks')).filter((name) => !name.endsWith('.sample'))
    expect(hooks).toEqual(['pre-push'])
    expect(await done()).toBeNull()
    await repo.git.run(['push', '-q', 'origin', `${IMPL1}:${IMPL1}`])
    // The hook's background sync appends to .git/orchestrator-sync.log when it has recorded: wait on that
    // file (not on the clock, not by starting a CLI every 200 ms), then check the state once.
    const log = join(repo.dir, '.git/orchestrator-sync.log')
    const logged = await whenFolderChanges(join(repo.dir, '.git'), () =>
      existsSync(log) && /tasks done|nothing recorded/.test(readFileSync(log, 'utf8')) ? readFileSync(log, 'utf8') : null,
    )
    expect(logged).toMatch(/1\/5 tasks done/)
    expect(await done()).toBe(true)
  })

  it('keeps a hook that is not ours with --force, runs it first (it can still stop the push), and puts it back on uninstall', async () => {
    const repo = await makeFeatureRepo()
    const hook = join(repo.dir, '.git/hooks/pre-push')
    const mine =
      '#!/bin/sh\necho "mine $1" >> "$(git rev-parse --git-dir)/mine.log"\ncat >> "$(git rev-parse --git-dir)/mine.log"\nexit 0\n'
    writeFileSync(hook, mine, { mode: 0o755 })
    const refused = await runCliProcess(['hooks', 'install'], repo.dir)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('already exists and is not ours')
    expect((await runCliProcess(['hooks', 'uninstall'], repo.dir)).code).toBe(2)
    expect(readFileSync(hook, 'utf8')).toBe(mine)
    const forced = await runCliProcess(['hooks', 'install', '--force'], repo.dir)
    expect(forced.code).toBe(0)
    expect(readFileSync(`${hook}.before-orchestrator`, 'utf8')).toBe(mine)
    // The user's hook still runs, with the push's input.
    await repo.commit('topic', { 'x.txt': 'x\n' }, 'topic')
    await repo.git.run(['push', '-q', 'origin', 'topic:topic'])
    const log = readFileSync(join(repo.dir, '.git/mine.log'), 'utf8')
    expect(log).toContain('mine origin')
    expect(log).toContain('refs/heads/topic')
    // A failing user hook still stops the push.
    writeFileSync(`${hook}.before-orchestrator`, '#!/bin/sh\nexit 1\n', { mode: 0o755 })
    await repo.commit('topic', { 'y.txt': 'y\n' }, 'topic 2')
    const stopped = await repo.git.exec(['push', '-q', 'origin', 'topic:topic'], { allowedExitCodes: [0, 1] })
    expect(stopped.exitCode).toBe(1)
    writeFileSync(`${hook}.before-orchestrator`, mine, { mode: 0o755 })
    const removed = await runCliProcess(['hooks', 'uninstall'], repo.dir)
    expect(removed.code).toBe(0)
    expect(readFileSync(hook, 'utf8')).toBe(mine)
    expect(existsSync(`${hook}.before-orchestrator`)).toBe(false)
    const bad = await runCliProcess(['hooks', 'reinstall'], repo.dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('expected one of install, uninstall')
  })
})
