import { afterAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { MemoryLogger, silentLogger } from '../../shared/logger'
import { runChecks } from '../../shared/role-ci'
import { LineSplitter, OutputTail } from '../../shared/role-ci/output-tail'
import { cleanupTemp, tempDir } from '../support/repo'

afterAll(cleanupTemp)

const cwd = tempDir('orch-checks-')

/** A clock that moves 250 ms every time it is read, so durations are known. */
function fakeClock(): () => number {
  let t = 0
  return () => (t += 250)
}

describe('runChecks', () => {
  it('runs every command even after a failure and records each result', async () => {
    const logger = new MemoryLogger()
    const results = await runChecks(
      [
        { name: 'lint', command: 'echo lint ok' },
        { name: 'test', command: 'echo "1 failing"; echo "boom" >&2; exit 3' },
        { name: 'build', command: 'echo built' },
      ],
      { cwd, logger, failFast: false, now: fakeClock() },
    )
    expect(results).toEqual([
      { name: 'lint', command: 'echo lint ok', exitCode: 0, passed: true, durationMs: 250, outputTail: 'lint ok' },
      {
        name: 'test',
        command: 'echo "1 failing"; echo "boom" >&2; exit 3',
        exitCode: 3,
        passed: false,
        durationMs: 250,
        outputTail: expect.stringContaining('boom'),
      },
      { name: 'build', command: 'echo built', exitCode: 0, passed: true, durationMs: 250, outputTail: 'built' },
    ])
    expect(results[1].outputTail).toContain('1 failing')
    expect(logger.messages('group')).toEqual(['lint', 'test', 'build'])
    expect(logger.messages('info')).toEqual(
      expect.arrayContaining(['$ echo lint ok', 'lint ok', 'boom', 'lint: passed in 250 ms', 'test: failed in 250 ms']),
    )
    expect(logger.messages('error')).toEqual(['check test failed: exit code 3'])
  })

  it('skips the rest after the first failure with failFast', async () => {
    const results = await runChecks(
      [
        { name: 'a', command: 'exit 0' },
        { name: 'b', command: 'exit 1' },
        { name: 'c', command: `echo ran > "${join(cwd, 'c-ran')}"` },
        { name: 'd', run: async () => ({ passed: true, detail: 'never' }) },
      ],
      { cwd, logger: silentLogger, failFast: true },
    )
    expect(results.map((r) => [r.name, r.passed, r.skipped ?? false])).toEqual([
      ['a', true, false],
      ['b', false, false],
      ['c', false, true],
      ['d', false, true],
    ])
    expect(results[2]).toMatchObject({ exitCode: null, durationMs: 0, outputTail: '' })
    expect(results[3].builtin).toBe(true)
    const { existsSync } = await import('node:fs')
    expect(existsSync(join(cwd, 'c-ran'))).toBe(false)
  })

  it('fails a command that does not exist, with the reason', async () => {
    const [result] = await runChecks([{ name: 'x', command: 'definitely-not-a-command-4711 --flag' }], { cwd, logger: silentLogger })
    expect(result.passed).toBe(false)
    expect(result.exitCode).toBe(127)
    expect(result.reason).toBe('command not found (exit 127)')
    expect(result.outputTail).toMatch(/definitely-not-a-command-4711.*not found/)
  })

  it('fails a command that cannot start, with the reason', async () => {
    const [result] = await runChecks([{ name: 'x', command: 'true' }], { cwd: join(cwd, 'no-such-folder'), logger: silentLogger })
    expect(result).toMatchObject({ passed: false, exitCode: null })
    expect(result.reason).toMatch(/^could not start: .*ENOENT/)
  })

  it('keeps only the last lines of the output, each bounded', async () => {
    const logger = new MemoryLogger()
    const [result] = await runChecks(
      [{ name: 'noisy', command: `i=1; while [ $i -le 500 ]; do echo "line $i"; i=$((i+1)); done; printf '%02000d\\n' 0` }],
      { cwd, logger, outputTailLines: 4 },
    )
    const lines = result.outputTail.split('\n')
    expect(lines).toHaveLength(4)
    expect(lines.slice(0, 3)).toEqual(['line 498', 'line 499', 'line 500'])
    expect(lines[3].length).toBe(500)
    expect(lines[3].endsWith('...')).toBe(true)
    // Every line still reached the log.
    expect(logger.messages('info').filter((m) => m.startsWith('line '))).toHaveLength(500)
  })

  it('stops a command that runs past the time-out', async () => {
    const [result] = await runChecks([{ name: 'slow', command: 'echo started; sleep 30' }], { cwd, logger: silentLogger, timeoutMs: 200 })
    expect(result).toMatchObject({ passed: false, exitCode: null, reason: 'timed out after 200 ms', outputTail: 'started' })
  })

  it('passes extra environment variables and runs in the folder', async () => {
    const [result] = await runChecks([{ name: 'env', command: 'echo "$ROLE_CI_VALUE in $(pwd)"' }], {
      cwd,
      logger: silentLogger,
      env: { ROLE_CI_VALUE: 'hello' },
    })
    expect(result.outputTail).toBe(`hello in ${cwd}`)
  })

  it('runs built-in checks next to commands', async () => {
    const logger = new MemoryLogger()
    const results = await runChecks(
      [
        { name: 'conflicts', run: async () => ({ passed: false, detail: 'impl-1 and impl-2 conflict in src/a.ts' }) },
        { name: 'ok', run: async () => ({ passed: true, detail: 'fine' }) },
        {
          name: 'broken',
          run: async () => {
            throw new Error('no merge base')
          },
        },
      ],
      { cwd, logger, now: fakeClock() },
    )
    expect(results).toEqual([
      {
        name: 'conflicts',
        command: '(built-in)',
        exitCode: 1,
        passed: false,
        durationMs: 250,
        outputTail: 'impl-1 and impl-2 conflict in src/a.ts',
        builtin: true,
      },
      { name: 'ok', command: '(built-in)', exitCode: 0, passed: true, durationMs: 250, outputTail: 'fine', builtin: true },
      {
        name: 'broken',
        command: '(built-in)',
        exitCode: null,
        passed: false,
        durationMs: 250,
        outputTail: 'the check could not run: no merge base',
        reason: 'the check could not run: no merge base',
        builtin: true,
      },
    ])
    expect(logger.messages('group')).toEqual(['conflicts', 'ok', 'broken'])
  })

  it('strips colour codes from the kept output', async () => {
    const [result] = await runChecks([{ name: 'color', command: "printf '\\033[31mred\\033[0m\\n'" }], { cwd, logger: silentLogger })
    expect(result.outputTail).toBe('red')
  })
})

describe('output helpers', () => {
  it('splits lines across chunks, including multi-byte characters cut in two', () => {
    const lines: string[] = []
    const splitter = new LineSplitter((l) => lines.push(l))
    const bytes = Buffer.from('héllo\nwörld\nlast')
    for (let i = 0; i < bytes.length; i++) splitter.write(bytes.subarray(i, i + 1))
    splitter.end()
    expect(lines).toEqual(['héllo', 'wörld', 'last'])
  })

  it('cuts an endless line into pieces', () => {
    const lines: string[] = []
    const splitter = new LineSplitter((l) => lines.push(l), 10)
    splitter.write(Buffer.from('x'.repeat(25)))
    splitter.end()
    expect(lines).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)])
  })

  it('counts the lines that fell off the tail', () => {
    const tail = new OutputTail(2)
    for (const l of ['a', 'b', 'c', 'd']) tail.push(l)
    expect(tail.text()).toBe('c\nd')
    expect(tail.dropped).toBe(2)
  })
})
