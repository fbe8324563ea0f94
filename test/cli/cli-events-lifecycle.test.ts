import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { impl, initFeature, stateHead, STATE_BRANCH } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp, TestRepo } from '../support/repo'

afterAll(cleanupTemp)

describe('orchestrator events: subcommands, blockers that come back, task ids that exist', () => {
  let repo: TestRepo
  const cli = (...args: string[]) => runCliInProcess(['events', ...args], repo.dir)
  const blockers = async () =>
    JSON.parse((await cli('status', SPEC, '--json')).stdout).features[0].blockers as { id: string; reason: string }[]

  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
  })

  it.each([
    [[], 2],
    [['--help'], 0],
    [['help'], 0],
  ])('"events %s" lists the subcommands (exit %i)', async (args, code) => {
    const r = await cli(...args)
    expect(r.code).toBe(code)
    for (const sub of ['add-feature', 'log', 'recent', 'status', 'raise-blocker', 'clear-blocker', 'verify'])
      expect(r.stdout).toMatch(new RegExp(`^  (?:node \\S+/bin/orchestrator\\.js|npx orchestrator|orchestrator) events ${sub}\\b`, 'm'))
    expect(r.stderr).not.toContain('unknown command')
  })

  it('"events bogus" names the unknown subcommand and lists the real ones', async () => {
    const r = await cli('bogus')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('unknown subcommand "bogus"')
    expect(r.stderr).toMatch(/orchestrator(\.js)? events status/)
    expect(r.stderr).not.toContain('unknown command "events"')
  })

  it('raises, clears, re-raises (same reason) and re-clears a blocker any number of times; a re-run records nothing', async () => {
    const raise = () => cli('raise-blocker', 'B2', 'waiting for the schema', '--feature', SPEC)
    const clear = () => cli('clear-blocker', 'B2', '--feature', SPEC)
    for (let round = 1; round <= 3; round++) {
      const before = await stateHead(repo)
      const raised = await raise()
      expect([raised.code, raised.stdout]).toEqual([0, expect.stringMatching(/^Recorded blocker B2/)])
      expect(await stateHead(repo)).not.toBe(before)
      expect((await blockers()).map((b) => [b.id, b.reason])).toEqual([['B2', 'waiting for the schema']])
      // The same raise again, while it is open: nothing new.
      const again = await raise()
      expect(again.stdout).toMatch(/^Already recorded/)
      const cleared = await clear()
      expect([cleared.code, cleared.stdout]).toEqual([0, expect.stringMatching(/^Recorded clearing of B2/)])
      expect(await blockers()).toEqual([])
      const clearedAgain = await clear()
      expect([clearedAgain.code, clearedAgain.stdout]).toEqual([0, expect.stringMatching(/^Already recorded/)])
    }
    // A new reason while open replaces the old one.
    await raise()
    const other = await cli('raise-blocker', 'B2', 'now the keys too', '--feature', SPEC)
    expect(other.stdout).toMatch(/^Recorded/)
    expect((await blockers()).map((b) => b.reason)).toEqual(['now the keys too'])
    const verify = await cli('verify')
    expect([verify.code, verify.stdout]).toEqual([0, expect.stringContaining('consistent')])
  })

  it('refuses a task-updated event for a task that is not in tasks.md, and renders tasks.md for one that is', async () => {
    const head = (await repo.git.run(['rev-parse', `origin/${impl(1)}`])).trim()
    const data = (taskId: string) => JSON.stringify({ taskId, state: 'done', commit: head, agent: impl(1) })
    const before = await stateHead(repo)
    const bad = await cli('log', 'task-updated', '--feature', SPEC, '--data', data('T077'))
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('task "T077" is not in specs/004-user-auth/tasks.md')
    expect(await stateHead(repo)).toBe(before)
    const good = await cli('log', 'task-updated', '--feature', SPEC, '--data', data('T001'))
    expect(good.code).toBe(0)
    await repo.git.run(['fetch', '-q', 'origin', STATE_BRANCH])
    const tasks = await repo.git.run(['show', `origin/${STATE_BRANCH}:features/${SPEC}/tasks.md`])
    expect(tasks).toMatch(/- \[[xX]\] T001 /)
    // The totals of status and of the dashboard agree.
    const status = JSON.parse((await cli('status', SPEC, '--json')).stdout).features[0].tasks
    const dashboard = await repo.git.run(['show', `origin/${STATE_BRANCH}:README.md`])
    expect(dashboard).toContain(`| ${status.done}/${status.total} |`)
  })
})
