import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { buildFixtureBundle } from '../support/build-fixture'
import { parseAnnotations, parseCommandFile, runAction } from '../support/harness'
import { cleanupTemp, makeRepo, TestRepo } from '../support/repo'

let bundle: string
let repo: TestRepo

beforeAll(async () => {
  bundle = buildFixtureBundle('test/fixtures/echo-action/index.ts')
  repo = await makeRepo()
}, 120_000)
afterAll(cleanupTemp)

describe('runner harness', () => {
  it('passes inputs as INPUT_* and reads outputs, summary and annotations back', async () => {
    const run = await runAction({
      bundle,
      cwd: repo.dir,
      inputs: { message: 'hello\nworld', count: '2', loud: 'true' },
      event: { ref: 'refs/heads/x' },
      eventName: 'push',
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.echoed).toBe('HELLO\nWORLD')
    expect(run.outputs.count).toBe('2')
    expect(run.outputs.repository).toBe('octo-org/octo-repo')
    expect(run.outputs.workspace).toBe(repo.dir)
    expect(JSON.parse(run.outputs.event)).toEqual({ ref: 'refs/heads/x' })
    expect(run.summary).toContain('## Echo')
    expect(run.summary).toContain('x2')
    const warning = run.annotations.find((a) => a.level === 'warning')
    expect(warning).toEqual({
      level: 'warning',
      message: 'a warning about a file',
      properties: { title: 'echo', file: 'src/a b.ts', line: '3', endLine: '5' },
    })
  })
  it('fails with exit code 1 and one error naming the action for a bad input', async () => {
    const run = await runAction({ bundle, cwd: repo.dir, inputs: { message: 'x', count: '9' } })
    expect(run.exitCode).toBe(1)
    expect(run.failure).toBe('echo failed: input "count" is "9": expected a whole number from 1 to 5')
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1)
    expect(run.outputs).toEqual({})
  })
  it('fails when the command reports a failed check, after writing outputs', async () => {
    const run = await runAction({ bundle, cwd: repo.dir, inputs: { message: 'fail', loud: 'yes' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.echoed).toBe('FAIL')
    expect(run.failure).toBe('echo failed: asked to fail')
  })
  it('masks secrets and neutralises workflow commands in logged text', async () => {
    const run = await runAction({ bundle, cwd: repo.dir, inputs: { message: 'a\n::set-output name=x::pwned', token: 's3cr3t-value' } })
    expect(run.stdout).toContain('::add-mask::s3cr3t-value')
    expect(run.stdout).toContain('token is s3cr3t-value') // the runner, not the process, replaces masked values
    expect(run.stdout).not.toMatch(/^::set-output/m)
    // The runner trims leading blanks before it looks for '::': a zero-width space stops it, a space would not.
    expect(run.stdout).toMatch(/^\u200b::set-output/m)
  })
})

describe('runner file formats', () => {
  it('parses heredoc and key=value command files', () => {
    expect(parseCommandFile('a<<EOF_1\nx\ny\nEOF_1\nb=2\n')).toEqual({ a: 'x\ny', b: '2' })
  })
  it('parses annotations with escaped properties', () => {
    expect(parseAnnotations('::error file=a%2Cb.ts,line=1::bad%0Athing\n')).toEqual([
      { level: 'error', message: 'bad\nthing', properties: { file: 'a,b.ts', line: '1' } },
    ])
  })
})
