// `orchestrator metrics` as a user runs it (the CLI bundle): the JSON is what the library computes from the same
// log, twice the same bytes, and a bad --since or --feature stops with exit 2 before the log is read.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { MemoryLogger } from '../../shared/logger'
import { computeMetrics } from '../../shared/metrics'
import { StateStore } from '../../shared/views'
import { runCliInProcess } from '../support/cli-in-process'
import { cleanupTemp, makeRepo, type TestRepo } from '../support/repo'
import { F, scriptedHistory } from './metrics-scripted'

afterAll(cleanupTemp)

let repo: TestRepo

beforeAll(async () => {
  repo = await makeRepo()
  await new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() }).append(scriptedHistory())
}, 60_000)

describe('orchestrator metrics (CLI)', () => {
  it('--json is the library’s metrics of the log, the same bytes on every run', async () => {
    const a = await runCliInProcess(['metrics', '--feature', F, '--since', '2026-03-01T11:30Z', '--json'], repo.dir)
    const b = await runCliInProcess(['metrics', '--feature', F, '--since', '2026-03-01T11:30Z', '--json'], repo.dir)
    expect([a.code, a.stderr]).toEqual([0, ''])
    expect(b.stdout).toBe(a.stdout)
    expect(JSON.parse(a.stdout)).toEqual(
      JSON.parse(JSON.stringify(computeMetrics(scriptedHistory(), { feature: F, since: '2026-03-01T11:30:00.000Z' }))),
    )
    const text = await runCliInProcess(['metrics'], repo.dir)
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('Metrics of all features:')
  })

  it.each([
    [['--since', '2026-02-30'], /--since "2026-02-30" is not a UTC date or time: expected YYYY-MM-DD/],
    [['--since', 'last week'], /--since "last week" is not a UTC date or time/],
    [['--feature', '../x'], /--feature/],
  ])('%j: exit 2 with what was wrong', async (args, message) => {
    const r = await runCliInProcess(['metrics', ...args], repo.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stdout).toBe('')
  })
})
