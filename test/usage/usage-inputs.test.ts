// Issue #29 item 1: the inputs of cost tracking — Codex session logs, the price table and budgets of the
// configuration, transcripts that are not files we read, and `events log-usage` refusing bad values (exit 2).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appendFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseConfig } from '../../shared/config/config'
import { DEFAULT_PRICES_DATE } from '../../shared/config/usage-settings'
import { costMicroUsd, emptyCursor, readClaudeUsage, readCodexUsage } from '../../shared/usage'
import { runCliProcess } from '../support/cli'
import { cleanupTemp, makeRepo, tempDir, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

/** Lines of a Codex rollout file (~/.codex/sessions/YYYY/MM/DD/rollout-*.jsonl) as Codex CLI writes them. */
const meta = {
  timestamp: '2026-12-01T10:00:00.000Z',
  type: 'session_meta',
  payload: { id: '0199a2b3-c4d5-7e6f-8a9b-0c1d2e3f4a5b', cwd: '/home/dev/app', cli_version: '0.58.0' },
}
const context = (model: string) => ({
  timestamp: '2026-12-01T10:00:01.000Z',
  type: 'turn_context',
  payload: { cwd: '/home/dev/app', model, approval_policy: 'on-request' },
})
const tokens = (input: number, cached: number, output: number) => ({
  timestamp: '2026-12-01T10:00:05.000Z',
  type: 'event_msg',
  payload: {
    type: 'token_count',
    info: {
      total_token_usage: {
        input_tokens: input,
        cached_input_tokens: cached,
        output_tokens: output,
        reasoning_output_tokens: 0,
        total_tokens: input + output,
      },
      last_token_usage: { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0, total_tokens: 0 },
      model_context_window: 272000,
    },
    rate_limits: null,
  },
})
const jsonl = (...lines: unknown[]) => `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`

describe('Codex session logs', () => {
  it('counts what the running totals added since the last read, cached input as a cache read', async () => {
    const path = join(tempDir('orch-codex-'), 'rollout-2026-12-01T10-00-00-0199a2b3.jsonl')
    writeFileSync(
      path,
      jsonl(
        meta,
        context('gpt-5-codex'),
        tokens(12000, 8000, 900),
        { type: 'event_msg', payload: { type: 'token_count', info: null } },
        'not json',
        tokens(20000, 15000, 1500),
      ),
    )
    const first = readCodexUsage(path, emptyCursor())
    expect(first.session).toBe(meta.payload.id)
    expect(first.skipped).toBe(1)
    // Totals 20000 in (15000 cached), 1500 out: 5000 uncached input, 15000 cache read.
    expect(first.byModel).toEqual([
      {
        model: 'gpt-5-codex',
        inputTokens: 5000,
        outputTokens: 1500,
        cacheCreationTokens: 0,
        cacheReadTokens: 15000,
        messages: 2,
        through: 'line-6',
      },
    ])
    // gpt-5-codex at the shipped 1.25 / 10 / cache read 0.125: 6250 + 15000 + 1875.
    expect(costMicroUsd((await parseConfig('{}', 'x')).usage.prices, first.byModel[0]!)).toBe(23125)
    expect(readCodexUsage(path, first.cursor).byModel).toEqual([])
    appendFileSync(path, jsonl(tokens(26000, 20000, 1800)))
    expect(readCodexUsage(path, first.cursor).byModel).toEqual([
      {
        model: 'gpt-5-codex',
        inputTokens: 1000,
        outputTokens: 300,
        cacheCreationTokens: 0,
        cacheReadTokens: 5000,
        messages: 1,
        through: 'line-7',
      },
    ])
  })
})

describe('transcripts that are not read', () => {
  it('refuses a link, a relative path and another extension; a partial last line waits for the next read', () => {
    const dir = tempDir('orch-transcript-')
    const real = join(dir, 'real.jsonl')
    writeFileSync(
      real,
      '{"type":"assistant","message":{"id":"m1","model":"claude-haiku-4-5","usage":{"input_tokens":1,"output_tokens":2}}}\n{"type":"assis',
    )
    symlinkSync(real, join(dir, 'link.jsonl'))
    expect(() => readClaudeUsage(join(dir, 'link.jsonl'), emptyCursor())).toThrow(/is not a regular file/)
    expect(() => readClaudeUsage('real.jsonl', emptyCursor())).toThrow(/absolute path of a \.jsonl/)
    mkdirSync(join(dir, 'd.jsonl'))
    expect(() => readClaudeUsage(join(dir, 'd.jsonl'), emptyCursor())).toThrow(/is not a regular file/)
    const r = readClaudeUsage(real, emptyCursor())
    expect(r.byModel).toEqual([
      {
        model: 'claude-haiku-4-5',
        inputTokens: 1,
        outputTokens: 2,
        cacheCreationTokens: 0,
        cacheReadTokens: 0,
        messages: 1,
        through: 'm1',
      },
    ])
    expect(r.cursor.offset).toBe(Buffer.byteLength(readFileSync(real, 'utf8').split('\n')[0]!) + 1)
  })
})

describe('usage: in the configuration', () => {
  it('merges dated prices over the shipped table, and budgets in dollars', async () => {
    const c = await parseConfig(
      'usage:\n  prices:\n    date: 2026-11-30\n    models:\n      my-model: { input: 1, output: 2 }\n  budgets:\n    task: 2.5\n',
      'x.yml',
    )
    expect(c.usage.prices.date).toBe('2026-11-30')
    expect(c.usage.prices.models['my-model']).toEqual({ input: 1, output: 2, cacheWrite: 0, cacheRead: 0 })
    expect(c.usage.prices.models['claude-sonnet-4']).toEqual({ input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 })
    expect(c.usage.budgets).toEqual({ task: 2.5 })
    expect((await parseConfig('{}', 'x')).usage.prices.date).toBe(DEFAULT_PRICES_DATE)
  })

  it.each([
    ['usage:\n  prices:\n    models:\n      m: { input: 1, output: 2 }\n', 'usage.prices.models needs usage.prices.date'],
    ['usage:\n  prices:\n    date: yesterday\n', 'usage.prices.date must be the date of the prices like 2026-01-31, got "yesterday"'],
    [
      'usage:\n  prices:\n    date: 2026-01-01\n    models:\n      m: { input: -1, output: 2 }\n',
      'usage.prices.models.m.input must be an amount in US dollars',
    ],
    ['usage:\n  prices:\n    date: 2026-01-01\n    models:\n      m: { input: 1 }\n', 'usage.prices.models.m.output is required'],
    ['usage:\n  budgets:\n    team: 5\n', 'unknown key "usage.budgets.team"; expected feature, agent or task'],
    ['usage:\n  budgets:\n    agent: "ten"\n', 'usage.budgets.agent must be an amount in US dollars'],
  ])('refuses %j', async (yaml, message) => {
    await expect(parseConfig(yaml, 'x.yml')).rejects.toThrow(message)
  })
})

describe('events log-usage with bad values', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeRepo()
  })

  it.each([
    [['--tokens-in', '-5', '--tokens-out', '1', '--cost-usd', '1'], '--tokens-in is "-5": expected a whole number of at least 0'],
    [['--tokens-in', 'many', '--tokens-out', '1', '--cost-usd', '1'], '--tokens-in is "many": expected a whole number'],
    [
      ['--tokens-in', '1', '--tokens-out', '1', '--cost-usd', '-0.5'],
      '--cost-usd is "-0.5": expected an amount in US dollars from 0 to 1000000',
    ],
    [['--tokens-in', '1', '--tokens-out', '1', '--cost-usd', 'NaN'], '--cost-usd is "NaN": expected an amount in US dollars'],
    [
      ['--tokens-in', '1', '--tokens-out', '1', '--cost-usd', '1', '--task', 'login'],
      '--task "login" is not a task id: expected one like T012',
    ],
    [['--tokens-in', '1', '--tokens-out', '1', '--cost-usd', '1', '--model', 'gpt 5'], '--model is "gpt 5": expected a model name'],
  ])('%j exits 2 and records nothing', async (args, message) => {
    const r = await runCliProcess(
      ['events', 'log-usage', '--feature', '004-user-auth', '--agent', 'feature/004-user-auth/impl-1', ...args],
      repo.dir,
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
    expect((await repo.git.lsRemote('origin', ['orchestrator/state'])).size).toBe(0)
  })
})
