// A test run leaves no process behind: what a test starts leads its own process group, the test
// file kills the groups still running when it ends, and the global teardown kills (and names) any
// group a worker could not.
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runScript } from '../support/cli'
import { killLeftovers } from '../support/global-teardown.js'
import { killTracked, track } from '../support/processes'

/** A script that starts a grandchild sharing its output (as the CLI starts git), writes `ready`, and never ends. */
function hangingScript(dir: string): string {
  const script = join(dir, 'hang.cjs')
  writeFileSync(
    script,
    [
      "const { spawn } = require('node:child_process')",
      "const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], { stdio: 'inherit' })",
      `require('node:fs').writeFileSync(${JSON.stringify(join(dir, 'pids'))}, process.pid + ' ' + child.pid)`,
      `require('node:fs').writeFileSync(${JSON.stringify(join(dir, 'ready'))}, '')`,
      'setInterval(() => {}, 1 << 30)',
    ].join('\n'),
  )
  return script
}

/** Running, not a zombie waiting to be reaped (a container's first process may never reap it). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

describe('processes started by tests', () => {
  it('a test that ends with a CLI running leaves no process behind, and nothing for the global teardown to kill', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orch-hang-'))
    try {
      hangingScript(dir)
      // A jest run of its own (its own git config and process notes), on a fixture test that ends while
      // the process it started, and the one that started, still run.
      const env: Record<string, string | undefined> = {
        ...process.env,
        ORCH_HANG_DIR: dir,
        ORCH_TEST_GITCONFIG: undefined,
        ORCH_TEST_GITCONFIG_OWNED: undefined,
        ORCH_TEST_RUN_DIR: undefined,
      }
      for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]
      const jest = spawn(
        process.execPath,
        [
          '--experimental-vm-modules',
          resolve('node_modules/jest/bin/jest.js'),
          '--testMatch',
          '**/test/fixtures/processes/*.hang.ts',
          '--reporters',
          'default',
        ],
        // Followed like any process a test starts: were the fixture's CLI to keep it alive, this file kills it.
        { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
      )
      track(jest, 'jest (test/fixtures/processes)')
      const output: Buffer[] = []
      jest.stdout.on('data', (c: Buffer) => output.push(c))
      jest.stderr.on('data', (c: Buffer) => output.push(c))
      const code = await new Promise<number | null>((done) => jest.on('close', done))
      const text = Buffer.concat(output).toString('utf8')
      expect(text).toContain('the test ends with the CLI still running')
      expect(code).toBe(1)
      expect(text).not.toContain('global teardown: killed')
      const pids = readFileSync(join(dir, 'pids'), 'utf8').split(' ').map(Number)
      expect(pids).toHaveLength(2)
      expect(pids.filter(running)).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a test file ending kills what it started and what that started (the whole process group)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orch-hang-'))
    try {
      const run = runScript(hangingScript(dir), ['events', 'log'], dir)
      await new Promise<void>((done) => {
        const check = () => {
          if (!existsSync(join(dir, 'ready'))) return
          watcher.close()
          done()
        }
        const watcher = watch(dir, check)
        check()
      })
      const killed = killTracked()
      expect(killed).toHaveLength(1)
      expect(killed[0]).toMatch(/hang\.cjs events log$/)
      // The run ends only when its output closes, that is when the grandchild holding it is gone too.
      const result = await run
      expect(result.code).toBe(-1)
      expect(killTracked()).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('the global teardown kills and names a process group a worker left running', async () => {
    const runDir = mkdtempSync(join(tmpdir(), 'orch-run-'))
    try {
      const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], { detached: true, stdio: 'ignore' })
      const exited = new Promise<NodeJS.Signals | null>((done) => child.once('exit', (_code, signal) => done(signal)))
      writeFileSync(join(runDir, `${child.pid}.pid`), 'bin/orchestrator.js events log blocker-raised\n')
      writeFileSync(join(runDir, '999999999.pid'), 'long gone\n')
      expect(killLeftovers(runDir)).toEqual([`${child.pid} bin/orchestrator.js events log blocker-raised`])
      expect(await exited).toBe('SIGKILL')
    } finally {
      rmSync(runDir, { recursive: true, force: true })
    }
  })
})
