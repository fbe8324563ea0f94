// A scan stopped part-way must not leave its merge sandbox behind: up to a few hundred megabytes of merge
// results, in memory when the folder is /dev/shm, until the next reboot.
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, utimesSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { MergeSandbox, SANDBOX_PREFIX, sandboxParent } from '../../shared/conflicts/merge-sandbox'
import { Git } from '../../shared/git/git'
import { cloneCorpus, requireCorpus } from '../support/corpus'
import { cleanupTemp, makeRepo } from '../support/repo'

afterAll(cleanupTemp)

const ownedBy = (pid: number): string[] => readdirSync(sandboxParent()).filter((n) => n.startsWith(`${SANDBOX_PREFIX}${pid}-`))

const maybe = requireCorpus() ? describe : describe.skip

maybe('a scan interrupted while it merges (CLI bundle, flask corpus)', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'removes its sandbox on %s and still ends by that signal',
    async (signal) => {
      const { work } = await cloneCorpus()
      const child = spawn(process.execPath, [resolve('bin/orchestrator.js'), 'check-conflicts', '--scope', 'all', '--json'], {
        cwd: work,
        stdio: 'ignore',
      })
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
        child.on('exit', (code, sig) => done({ code, signal: sig })),
      )
      // Stopped while git merges in its sandbox (merge results are there already): a cold scan of 2016 pairs takes
      // a second or more. Stopped then, a scan without the clean-up leaves the folder behind.
      let seen: string[] = []
      const merging = (): boolean => {
        seen = ownedBy(child.pid!)
        if (seen.length === 0) return false
        try {
          return readdirSync(join(sandboxParent(), seen[0]!, 'repo.git', 'objects')).some((n) => /^[0-9a-f]{2}$/.test(n))
        } catch {
          return false
        }
      }
      for (let i = 0; i < 3000 && !merging() && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 5))
      expect(seen).toHaveLength(1)
      expect(child.exitCode).toBeNull()
      child.kill(signal)
      const end = await ended
      expect(end).toEqual({ code: null, signal })
      expect(existsSync(join(sandboxParent(), seen[0]!))).toBe(false)
      expect(ownedBy(child.pid!)).toEqual([])
    },
    120_000,
  )
})

describe('sandboxes left by a process that is gone', () => {
  it('are removed when a sandbox is opened (after an hour); a live process keeps its own', async () => {
    const repo = await makeRepo()
    // A process that has ended (its id is free), and one that runs (this test's parent).
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!
    const leftover = join(sandboxParent(), `${SANDBOX_PREFIX}${gone}-left`)
    const living = join(sandboxParent(), `${SANDBOX_PREFIX}${process.ppid}-kept`)
    // And one of a process that is gone but too recent to tell from a scan of another PID namespace.
    const recent = join(sandboxParent(), `${SANDBOX_PREFIX}${gone}-recent`)
    for (const dir of [leftover, living, recent]) mkdirSync(join(dir, 'repo.git'), { recursive: true })
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    for (const dir of [leftover, living]) utimesSync(dir, twoHoursAgo, twoHoursAgo)
    try {
      const sandbox = await MergeSandbox.open(new Git(repo.dir))
      expect(existsSync(leftover)).toBe(false)
      expect(existsSync(living)).toBe(true)
      expect(existsSync(recent)).toBe(true)
      expect(existsSync(sandbox.dir)).toBe(true)
      expect(sandbox.dir.startsWith(join(sandboxParent(), `${SANDBOX_PREFIX}${process.pid}-`))).toBe(true)
      sandbox.close()
      expect(existsSync(sandbox.dir)).toBe(false)
    } finally {
      spawnSync('rm', ['-rf', leftover, living, recent])
    }
  })
})
