import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { codexPrefixRules } from '../../shared/agents/codex-rules'
import { roleRules } from '../../shared/agents/claude-rules'
import { defaultConfig } from '../../shared/config/config'
import { eventFiles, impl, initFeature, overseer } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp, TestRepo } from '../support/repo'

afterAll(cleanupTemp)

const PERSON = 'Ada Person <ada@example.invalid>'

/** Whether a Claude Code `Bash(...)` rule covers a command line, as Claude Code documents it: `*` matches any characters. */
function bashRuleMatches(rule: string, command: string): boolean {
  const m = /^Bash\((.+)\)$/.exec(rule)
  if (!m) return false
  const re = m[1]!.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${re.join('.*')}$`).test(command)
}

/** Commands an implementor may not run on another's facts: none may be pre-approved for it. */
const REFUSED = [
  'npx orchestrator events clear-blocker B1',
  'npx orchestrator events resolve-conflict x',
  'npx orchestrator events add-feature 005-x Extra',
  'npx orchestrator events log-conflict --left a --right b',
  'npx orchestrator events log blocker-raised --data {}',
  'npx orchestrator events raise-blocker B3 waiting --agent impl-1',
  'orchestrator events clear-blocker B1',
]

describe("who may change whose facts (events from an implementor's and the overseer's clones)", () => {
  let repo: TestRepo
  const cli = (...args: string[]) => runCliInProcess(['events', ...args], repo.dir)
  const checkout = (branch: string) => repo.git.run(['checkout', '-q', '-B', branch, `origin/${branch}`])
  let conflict = ''

  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    await repo.git.run(['config', 'user.name', 'Ada Person'])
    await repo.git.run(['config', 'user.email', 'ada@example.invalid'])
    await checkout(overseer)
    const raised = await cli('raise-blocker', 'B1', 'waiting on the schema')
    expect([raised.code, raised.stderr]).toEqual([0, expect.not.stringContaining('error')])
    const logged = await cli('log-conflict', '--left', impl(1), '--right', impl(2), '--reason', 'both change the session format', '--json')
    expect([logged.code, logged.stderr]).toEqual([0, expect.not.stringContaining('error')])
    conflict = JSON.parse(logged.stdout).id
  })

  it("an implementor's attempts on the overseer's facts exit 2 naming the rule and record nothing", async () => {
    await checkout(impl(2))
    const before = await eventFiles(repo)
    const attempts: [string[], RegExp][] = [
      [['clear-blocker', 'B1'], /may clear only a blocker it raised or that was raised against it/],
      [['resolve-conflict', conflict], /resolving a conflict is the overseer’s or a person’s/],
      [['add-feature', '005-extra', 'Extra'], /registering a feature is the overseer’s or a person’s/],
      [['log-conflict', '--left', impl(1), '--right', impl(2)], /recording a conflict by hand is the overseer’s or a person’s/],
      [['raise-blocker', 'B3', 'waiting', '--agent', impl(1)], /may raise a blocker only against its own branch/],
      [['log', 'blocker-raised', '--agent', impl(1), '--data', '{"id":"B4","reason":"x"}'], /may log only .* for its own branch/],
      [
        ['log', 'feature-registered', '--data', `{"spec":"${SPEC}","name":"Renamed"}`],
        /may log only task-updated, test-result, blocker-raised and agent-usage/,
      ],
    ]
    for (const [args, rule] of attempts) {
      const r = await cli(...args)
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toMatch(rule)
      expect(r.stderr).toContain(`refused for "${impl(2)}"`)
    }
    expect(await eventFiles(repo)).toEqual(before)
    const status = JSON.parse((await cli('status', SPEC, '--json')).stdout).features[0]
    expect(status.blockers.map((b: { id: string }) => b.id)).toEqual(['B1'])
    expect(status.openConflicts).toHaveLength(1)
  })

  it('an implementor raises and clears its own blocker, recorded as its branch', async () => {
    await checkout(impl(2))
    expect((await cli('raise-blocker', 'B2', 'needs the API keys')).code).toBe(0)
    expect((await cli('clear-blocker', 'B2', '--note', 'got them')).code).toBe(0)
    const recent = JSON.parse((await cli('recent', '2', '--feature', SPEC, '--json')).stdout)
    expect(recent.map((e: { kind: string; actor: string }) => [e.kind, e.actor])).toEqual(
      expect.arrayContaining([
        ['blocker-raised', impl(2)],
        ['blocker-cleared', impl(2)],
      ]),
    )
  })

  it('the overseer clears its blocker and resolves the conflict; a person registers a feature under their git identity', async () => {
    await checkout(overseer)
    expect((await cli('clear-blocker', 'B1')).code).toBe(0)
    expect((await cli('resolve-conflict', conflict)).code).toBe(0)
    await repo.git.run(['checkout', '-q', 'main'])
    expect((await cli('add-feature', '005-extra', 'Extra')).code).toBe(0)
    const events = JSON.parse((await cli('recent', '100', '--json')).stdout) as { kind: string; actor: string }[]
    const actor = (kind: string) => events.filter((e) => e.kind === kind).map((e) => e.actor)
    expect(actor('blocker-cleared')).toEqual(expect.arrayContaining([overseer, impl(2)]))
    expect(actor('conflict-resolved')).toEqual([overseer])
    expect(actor('conflict-detected')).toEqual([overseer])
    expect(actor('feature-registered').filter((a) => a === PERSON)).toHaveLength(1)
    expect(events.map((e) => e.actor).filter((a) => a.startsWith('cli '))).toEqual([])
  })

  it("the implementor's generated allow list (Claude Code and Codex) pre-approves none of the refused commands", async () => {
    await checkout(impl(2))
    const setup = await runCliInProcess(['agents', 'setup'], repo.dir)
    expect([setup.code, setup.stderr]).toEqual([0, expect.not.stringContaining('error')])
    const allow: string[] = JSON.parse(readFileSync(join(repo.dir, '.claude', 'settings.local.json'), 'utf8')).permissions.allow
    for (const command of REFUSED)
      expect({ command, allowed: allow.some((r) => bashRuleMatches(r, command)) }).toEqual({ command, allowed: false })
    for (const command of ['npx orchestrator sync-status', 'npx orchestrator events status --json', 'orchestrator check-path src/a.ts'])
      expect({ command, allowed: allow.some((r) => bashRuleMatches(r, command)) }).toEqual({ command, allowed: true })
    const codex = codexPrefixRules(roleRules(defaultConfig(), 'implementor', '.github/orchestrator.yml', 'main'), 'origin')
    const codexAllows = (command: string) =>
      codex.some((r) => r.decision === 'allow' && r.pattern.every((w, i) => command.split(' ')[i] === w))
    for (const command of REFUSED) expect({ command, allowed: codexAllows(command) }).toEqual({ command, allowed: false })
    expect(codexAllows('npx orchestrator sync-status')).toBe(true)
    const overseerAllow = roleRules(defaultConfig(), 'overseer', '.github/orchestrator.yml', 'main').allow
    expect(overseerAllow.some((r) => bashRuleMatches(r, REFUSED[0]!))).toBe(true)
  })
})
