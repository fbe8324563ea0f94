// Issue #29 item 1: the Stop and SessionEnd hooks agents setup installs read a Claude Code transcript, count each
// message once whatever runs twice, price it with the configured table and record agent-usage events for the
// agent's branch and its tasks in progress; a budget crossed is announced once; events status, the SQL export
// and the PR body agree on the numbers.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { MemoryLogger } from '../../shared/logger'
import { makeEvent } from '../../shared/state/events'
import { buildDatabase, readWholeLog } from '../../shared/sql/export-sqlite'
import { StateStore } from '../../shared/views'
import { renderPullRequestBody } from '../../shared/open-pr/pr-body'
import { impl, initFeature } from '../support/agent-feature'
import { runCliProcess } from '../support/cli'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp, tempDir, type TestRepo } from '../support/repo'
import { whenFolderChanges } from '../support/wait'
import { WebhookServer } from '../support/webhook-server'

afterAll(cleanupTemp)

// Prices of our own (a dated table overrides the shipped one for this model; opus keeps the shipped price).
const CONFIG = `usage:
  prices:
    date: 2026-11-30
    models:
      claude-sonnet-4-5: { input: 2, output: 10, cache-write: 2.5, cache-read: 0.2 }
  budgets:
    agent: 0.03
    feature: 0.05
`
const SONNET = 'claude-sonnet-4-5-20250929'
const OPUS = 'claude-opus-4-5-20251101'
const SESSION = '6f1c2a9e-4b7d-4c1e-9a55-0d2f8e7b3c11'

/** One line of a Claude Code transcript (the fields it writes), as JSON. */
function line(type: string, uuid: string, message: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    parentUuid: null,
    isSidechain: false,
    userType: 'external',
    cwd: '/home/dev/app',
    sessionId: SESSION,
    version: '2.0.14',
    gitBranch: impl(1),
    type,
    message,
    uuid,
    timestamp: '2026-12-01T10:00:00.000Z',
    ...extra,
  })
}
const user = (uuid: string, content: unknown) => line('user', uuid, { role: 'user', content })
const assistant = (uuid: string, id: string, model: string, usage: Record<string, number>, content: unknown[]) =>
  line(
    'assistant',
    uuid,
    { id, type: 'message', role: 'assistant', model, content, stop_reason: null, usage: { ...usage, service_tier: 'standard' } },
    { requestId: `req_${id}` },
  )

// Turn 1: msg_01A is written in two lines (thinking, then the tool call: output 8 then 250, counted once at 250),
// a tool result, msg_01B; a broken line and a summary line are skipped.
const TURN_1 = [
  user('u1', 'Add the login form'),
  assistant(
    'a1',
    'msg_01A',
    SONNET,
    { input_tokens: 3, cache_creation_input_tokens: 5000, cache_read_input_tokens: 12000, output_tokens: 8 },
    [{ type: 'thinking', thinking: 'Plan' }],
  ),
  assistant(
    'a2',
    'msg_01A',
    SONNET,
    { input_tokens: 3, cache_creation_input_tokens: 5000, cache_read_input_tokens: 12000, output_tokens: 250 },
    [{ type: 'tool_use', id: 'toolu_1', name: 'Write', input: { file_path: 'src/login.ts' } }],
  ),
  user('u2', [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'File created' }]),
  '{"type":"assistant","message":{"id":"msg_broken", "usage": {',
  assistant(
    'a3',
    'msg_01B',
    SONNET,
    { input_tokens: 6, cache_creation_input_tokens: 800, cache_read_input_tokens: 17000, output_tokens: 120 },
    [{ type: 'text', text: 'Done.' }],
  ),
  JSON.stringify({ type: 'summary', summary: 'Login form', leafUuid: 'a3' }),
]
// Turn 2: msg_01B written again (already counted), msg_01C, and one message of another model.
const TURN_2 = [
  user('u3', 'Now the tests'),
  assistant(
    'a4',
    'msg_01B',
    SONNET,
    { input_tokens: 6, cache_creation_input_tokens: 800, cache_read_input_tokens: 17000, output_tokens: 120 },
    [{ type: 'text', text: 'Done.' }],
  ),
  assistant(
    'a5',
    'msg_01C',
    SONNET,
    { input_tokens: 10, cache_creation_input_tokens: 0, cache_read_input_tokens: 17800, output_tokens: 400 },
    [{ type: 'text', text: 'Tests added.' }],
  ),
  assistant('a6', 'msg_01D', OPUS, { input_tokens: 4, cache_creation_input_tokens: 100, cache_read_input_tokens: 0, output_tokens: 50 }, [
    { type: 'text', text: 'Reviewed.' },
  ]),
]

// By hand, in millionths of a dollar (tokens × dollars per million tokens):
// turn 1, sonnet: in 3+6=9, out 250+120=370, cache write 5800, cache read 29000 → 9×2 + 370×10 + 5800×2.5 + 29000×0.2 = 24018
// turn 2, sonnet: in 10, out 400, cache read 17800 → 20 + 4000 + 3560 = 7580
// turn 2, opus (shipped 5/25/6.25/0.5): in 4, out 50, cache write 100 → 20 + 1250 + 625 = 1895
const TURN_1_COST = 24018
const TOTAL = { inputTokens: 23, outputTokens: 820, cacheCreationTokens: 5900, cacheReadTokens: 46800, costMicroUsd: 33493, records: 3 }

describe('agents record-usage as the Stop and SessionEnd hooks agents setup installs', () => {
  let repo: TestRepo
  let transcript: string
  let commands: { Stop: string; SessionEnd: string }
  let server: WebhookServer
  const store = () => new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() })
  const usageFile = () => join(repo.dir, '.git', 'orchestrator', 'agent-usage.json')

  /** Runs a hook command as Claude Code does: sh -c in the project, CLAUDE_PROJECT_DIR set, the event's JSON on stdin. */
  function runHook(event: 'Stop' | 'SessionEnd') {
    const input = {
      session_id: SESSION,
      transcript_path: transcript,
      cwd: repo.dir,
      hook_event_name: event,
      ...(event === 'Stop' ? { stop_hook_active: false } : { reason: 'exit' }),
    }
    return spawnSync('sh', ['-c', commands[event]], {
      cwd: repo.dir,
      input: JSON.stringify(input),
      env: { ...process.env, CLAUDE_PROJECT_DIR: repo.dir },
      encoding: 'utf8',
    })
  }

  /** Waits until the background recorder has recorded everything queued (`recorded` stretches in all). */
  function recorderDone(recorded: number) {
    return whenFolderChanges(join(repo.dir, '.git', 'orchestrator'), () => {
      if (!existsSync(usageFile())) return null
      try {
        const f = JSON.parse(readFileSync(usageFile(), 'utf8')) as { pending: object; recorded: object }
        return Object.keys(f.pending).length === 0 && Object.keys(f.recorded).length >= recorded ? f : null
      } catch {
        return null
      }
    })
  }

  async function usageEvents() {
    return (await readWholeLog(store())).events.filter((e) => e.kind === 'agent-usage')
  }

  beforeAll(async () => {
    server = await new WebhookServer().start()
    repo = await makeFeatureRepo()
    await repo.commit('main', { '.github/orchestrator.yml': CONFIG }, 'usage prices and budgets')
    await repo.push('main')
    await initFeature(repo, 2)
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    const setup = await runCliProcess(['agents', 'setup'], repo.dir)
    if (setup.code !== 0) throw new Error(`agents setup failed: ${setup.stderr}`)
    const settings = JSON.parse(readFileSync(join(repo.dir, '.claude', 'settings.local.json'), 'utf8'))
    const command = (event: string) => settings.hooks[event][0].hooks[0].command as string
    commands = { Stop: command('Stop'), SessionEnd: command('SessionEnd') }
    const home = tempDir('orch-home-')
    const folder = join(home, '.claude', 'projects', '-home-dev-app')
    mkdirSync(folder, { recursive: true })
    transcript = join(folder, `${SESSION}.jsonl`)
    const head = (await repo.git.run(['rev-parse', 'HEAD'])).trim()
    await store().append([
      makeEvent(
        'task-updated',
        SPEC,
        { taskId: 'T001', state: 'in-progress', commit: head, agent: impl(1) },
        { actor: impl(1), time: '2026-12-01T09:00:00.000Z' },
      ),
    ])
  }, 120_000)
  afterAll(() => server.stop())

  it('installs both hooks the way the CLI was started, beside the check-path hook', () => {
    const cli = `node ${resolve('bin/orchestrator.js')} agents record-usage`
    expect(commands).toEqual({ Stop: cli, SessionEnd: cli })
    const settings = JSON.parse(readFileSync(join(repo.dir, '.claude', 'settings.local.json'), 'utf8'))
    expect(settings.hooks.PreToolUse[0].hooks[0].command).toBe(`node ${resolve('bin/orchestrator-hook.js')}`)
  })

  it('records a turn once when both hooks fire, with the tokens and cost checked by hand', async () => {
    writeFileSync(transcript, `${TURN_1.join('\n')}\n`)
    for (const event of ['Stop', 'SessionEnd'] as const) {
      const run = runHook(event)
      expect([run.status, run.stdout, run.stderr]).toEqual([0, '', ''])
    }
    await recorderDone(1)
    const events = await usageEvents()
    expect(events.map((e) => e.data)).toEqual([
      {
        agent: impl(1),
        session: SESSION,
        source: 'claude',
        model: SONNET,
        tasks: ['T001'],
        inputTokens: 9,
        outputTokens: 370,
        cacheCreationTokens: 5800,
        cacheReadTokens: 29000,
        costMicroUsd: TURN_1_COST,
        prices: '2026-11-30',
        through: 'msg_01B',
        messages: 2,
      },
    ])
    expect(events[0]!.actor).toBe(impl(1))
    // Run again with nothing new: nothing is queued, nothing recorded.
    expect(runHook('Stop').status).toBe(0)
    expect(JSON.parse(readFileSync(usageFile(), 'utf8')).pending).toEqual({})
    expect(await usageEvents()).toHaveLength(1)
  }, 120_000)

  it('the next turn adds only its new messages, per model, shared among the tasks in progress', async () => {
    const head = (await repo.git.run(['rev-parse', 'HEAD'])).trim()
    await store().append([
      makeEvent(
        'task-updated',
        SPEC,
        { taskId: 'T002', state: 'in-progress', commit: head, agent: impl(1) },
        { actor: impl(1), time: '2026-12-01T11:00:00.000Z' },
      ),
    ])
    appendFileSync(transcript, `${TURN_2.join('\n')}\n`)
    expect(runHook('Stop').status).toBe(0)
    expect(runHook('Stop').status).toBe(0)
    await recorderDone(3)
    const events = await usageEvents()
    expect(events).toHaveLength(3)
    const byModel = Object.fromEntries(events.filter((e) => e.data.through !== 'msg_01B').map((e) => [e.data.model, e.data]))
    expect(byModel[SONNET]).toMatchObject({
      inputTokens: 10,
      outputTokens: 400,
      cacheCreationTokens: 0,
      cacheReadTokens: 17800,
      costMicroUsd: 7580,
      tasks: ['T001', 'T002'],
      through: 'msg_01C',
      messages: 1,
    })
    expect(byModel[OPUS]).toMatchObject({
      inputTokens: 4,
      outputTokens: 50,
      cacheCreationTokens: 100,
      cacheReadTokens: 0,
      costMicroUsd: 1895,
      through: 'msg_01D',
    })
    const { projection } = await store().read()
    const feature = projection.features[SPEC]!
    expect(feature.usage![impl(1)]).toMatchObject(TOTAL)
    // T001: 24018 + 7580/2 + 1895/2 rounded up for the first task = 28756; T002: 3790 + 947 = 4737.
    expect(feature.taskUsage!.T001!.costMicroUsd).toBe(28756)
    expect(feature.taskUsage!.T002!.costMicroUsd).toBe(4737)
    // 33493 reached the agent's budget of $0.03 (not the feature's $0.05): recorded once, parked for a run with the webhook.
    expect(Object.values(feature.budgets!)).toEqual([
      { scope: 'agent', subject: impl(1), budgetMicroUsd: 30000, spentMicroUsd: 33493, time: expect.any(String) },
    ])
    expect(Object.keys(feature.outbox!)).toHaveLength(1)
  }, 120_000)

  it('each budget crossed is announced once: the parked one by the next run with the webhook, a new one by the run that crosses it', async () => {
    const log = (cost: string) =>
      runCliProcess(
        [
          'events',
          'log-usage',
          '--tokens-in',
          '1000',
          '--tokens-out',
          '200',
          '--cost-usd',
          cost,
          '--model',
          'gpt-5-codex',
          '--task',
          'T002',
          '--notify-webhook',
          server.url,
        ],
        repo.dir,
      )
    // $0.02 more: 53493 reaches the feature's $0.05 too.
    for (const cost of ['0.02', '0.001', '0']) {
      const r = await log(cost)
      expect([r.code, r.stderr]).toEqual([0, expect.any(String)])
    }
    const crossed = server.deliveries.map((d) => JSON.stringify(d.body)).join('\n')
    expect(crossed.match(/Budget crossed: agent feature\/004-user-auth\/impl-1/g)).toHaveLength(1)
    expect(crossed.match(/Budget crossed: feature 004-user-auth/g)).toHaveLength(1)
    const { projection } = await store().read()
    expect(Object.keys(projection.features[SPEC]!.outbox ?? {})).toEqual([])
  }, 120_000)

  it('events status, the SQL export and the PR body give the same numbers', async () => {
    const r = await runCliProcess(['events', 'status', SPEC, '--json'], repo.dir)
    expect(r.code).toBe(0)
    const status = JSON.parse(r.stdout).features[0]
    const log = await readWholeLog(store())
    const db = await buildDatabase(log)
    try {
      const [result] = db.exec(
        'SELECT agent, input_tokens, output_tokens, cache_creation_tokens, cache_read_tokens, cost_micro_usd, records FROM v_agent_cost',
      )
      const rows = result!.values.map(
        ([agent, inputTokens, outputTokens, cacheCreationTokens, cacheReadTokens, costMicroUsd, records]) => ({
          branch: agent,
          inputTokens,
          outputTokens,
          cacheCreationTokens,
          cacheReadTokens,
          costMicroUsd,
          records,
        }),
      )
      const fromStatus = status.usage.agents.map((a: Record<string, unknown>) => ({
        branch: a.branch,
        inputTokens: a.inputTokens,
        outputTokens: a.outputTokens,
        cacheCreationTokens: a.cacheCreationTokens,
        cacheReadTokens: a.cacheReadTokens,
        costMicroUsd: a.costMicroUsd,
        records: a.records,
      }))
      expect(rows).toEqual(fromStatus)
      // The hook's three records and the three logged by hand: 33493 + 20000 + 1000 + 0.
      expect(status.usage.total).toMatchObject({ costMicroUsd: 54493, records: 6, costUsd: 0.054493 })
      const [budgets] = db.exec('SELECT scope, subject, budget_micro_usd FROM budgets_crossed ORDER BY scope')
      expect(budgets!.values).toEqual([
        ['agent', impl(1), 30000],
        ['feature', SPEC, 50000],
      ])
    } finally {
      db.close()
    }
    expect(renderPullRequestBody(log.projection, SPEC, impl(1))).toContain('### Cost\n\n$0.05 for ')
  }, 120_000)

  it('a Codex session log: record-usage --codex-log records its token counts once', async () => {
    const rollout = join(tempDir('orch-codex-'), 'rollout-2026-12-01T10-00-00-0199a2b3.jsonl')
    const total = (input: number, cached: number, output: number) =>
      JSON.stringify({
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
          },
        },
      })
    writeFileSync(
      rollout,
      [
        JSON.stringify({
          timestamp: '2026-12-01T10:00:00.000Z',
          type: 'session_meta',
          payload: { id: '0199a2b3-c4d5-7e6f-8a9b-0c1d2e3f4a5b', cwd: repo.dir },
        }),
        JSON.stringify({ timestamp: '2026-12-01T10:00:01.000Z', type: 'turn_context', payload: { model: 'gpt-5-codex' } }),
        total(12000, 8000, 900),
        total(20000, 15000, 1500),
        '',
      ].join('\n'),
    )
    for (let i = 0; i < 2; i++) {
      const r = await runCliProcess(['agents', 'record-usage', '--codex-log', rollout], repo.dir)
      expect([r.code, r.stderr]).toEqual([0, ''])
    }
    await recorderDone(4)
    const codex = (await usageEvents()).filter((e) => e.data.source === 'codex')
    // 5000 uncached input, 1500 output, 15000 cached at the shipped 1.25 / 10 / 0.125: 6250 + 15000 + 1875.
    expect(codex.map((e) => e.data)).toEqual([
      expect.objectContaining({
        session: '0199a2b3-c4d5-7e6f-8a9b-0c1d2e3f4a5b',
        model: 'gpt-5-codex',
        inputTokens: 5000,
        outputTokens: 1500,
        cacheReadTokens: 15000,
        costMicroUsd: 23125,
      }),
    ])
  }, 120_000)

  it('a hook input it cannot use is logged, never fails the agent', () => {
    const run = spawnSync('sh', ['-c', commands.Stop], {
      cwd: repo.dir,
      input: '{"session_id": "x y"}',
      env: { ...process.env, CLAUDE_PROJECT_DIR: repo.dir },
      encoding: 'utf8',
    })
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', ''])
    expect(readFileSync(join(repo.dir, '.git', 'orchestrator', 'usage.log'), 'utf8')).toContain('session_id must be a session id')
  })
})
