import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { eventFiles, stateHead } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { cleanupTemp, makeRepo, TestRepo } from '../support/repo'

const FEATURE = '007-cli-events'
const LEFT = 'feature/007-cli-events/impl-1'
const RIGHT = 'feature/007-cli-events/impl-2'
const FILES = [{ path: 'src/app.ts', kind: 'content', leftRanges: [{ start: 3, end: 4 }], rightRanges: [{ start: 5, end: 5 }] }]

afterAll(cleanupTemp)

describe('orchestrator events (CLI, real remote)', () => {
  let repo: TestRepo
  const cli = (...args: string[]) => runCliInProcess(['events', ...args], repo.dir)
  /** Runs a recording command and checks it pushed a new state commit. */
  async function records(...args: string[]): Promise<void> {
    const before = await stateHead(repo)
    const r = await cli(...args)
    expect([r.code, r.stderr]).toEqual([0, expect.not.stringContaining('error')])
    const after = await stateHead(repo)
    expect(after).toMatch(/^[0-9a-f]{40}$/)
    expect(after).not.toBe(before)
    expect(r.stdout).toContain(`state ${after!.slice(0, 7)}`)
  }
  async function statusJson() {
    const r = await cli('status', FEATURE, '--json')
    expect(r.code).toBe(0)
    return JSON.parse(r.stdout).features[0]
  }

  beforeAll(async () => {
    repo = await makeRepo()
  })

  it('add-feature registers the feature once', async () => {
    await records('add-feature', FEATURE, 'CLI events | test')
    const again = await cli('add-feature', FEATURE, 'CLI events | test')
    expect(again.code).toBe(0)
    expect(again.stdout).toBe(`Already recorded: feature ${FEATURE} (no change)\n`)
    expect((await statusJson()).name).toBe('CLI events | test')
  })

  it('log records an event of any kind from JSON', async () => {
    await records(
      'log',
      'blocker-raised',
      '--feature',
      FEATURE,
      '--agent',
      LEFT,
      '--data',
      '{"id":"db-schema","reason":"waiting for the schema"}',
    )
    expect((await statusJson()).blockers).toEqual([
      { id: 'db-schema', agent: null, reason: 'waiting for the schema', raisedAt: expect.any(String) },
    ])
  })

  it.each([
    [['log', 'blocker-raised', '--feature', FEATURE, '--data', '{"id": "x",'], /the data of the blocker-raised event is not valid JSON/],
    [['log', 'blocker-raised', '--feature', FEATURE, '--data', '{"id":"x"}'], /reason/],
    [['log', 'nope', '--feature', FEATURE], /event kind "nope" is not known: expected one of .*blocker-raised/],
    [['log', 'blocker-raised', '--feature', '7-x', '--data', '{}'], /spec-id "7-x" is not valid|--feature "7-x"/],
  ])('log %j exits 2 naming the problem and records nothing', async (args, message) => {
    const before = await stateHead(repo)
    const r = await cli(...args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^orchestrator events log: error: /)
    expect(r.stderr).toMatch(message)
    expect(await stateHead(repo)).toBe(before)
  })

  it('raise-blocker and clear-blocker; clearing an unknown blocker exits 2 listing the open ones', async () => {
    await records('raise-blocker', 'api-keys', 'needs the API keys', '--feature', FEATURE, '--agent', RIGHT)
    let blockers = (await statusJson()).blockers
    expect(blockers.map((b: { id: string; agent: string | null }) => [b.id, b.agent])).toEqual([
      ['api-keys', RIGHT],
      ['db-schema', null],
    ])
    const unknown = await cli('clear-blocker', 'no-such', '--feature', FEATURE)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('has no open blocker "no-such" (open: api-keys, db-schema)')
    await records('clear-blocker', 'api-keys', '--feature', FEATURE, '--note', 'keys arrived')
    blockers = (await statusJson()).blockers
    expect(blockers.map((b: { id: string }) => b.id)).toEqual(['db-schema'])
  })

  it('log-conflict, then resolve-conflict with the id status shows', async () => {
    await records(
      'log-conflict',
      '--feature',
      FEATURE,
      '--left',
      LEFT,
      '--right',
      RIGHT,
      '--left-sha',
      'a'.repeat(40),
      '--right-sha',
      'b'.repeat(40),
      '--files',
      JSON.stringify(FILES),
    )
    const [conflict] = (await statusJson()).openConflicts
    expect(conflict).toMatchObject({ left: LEFT, right: RIGHT, files: ['src/app.ts'] })
    const text = await cli('status', FEATURE)
    expect(text.code).toBe(0)
    expect(text.stdout).toContain(`- conflict ${conflict.id}: `)
    const bad = await cli(
      'log-conflict',
      '--feature',
      FEATURE,
      '--left',
      LEFT,
      '--right',
      RIGHT,
      '--left-sha',
      'a'.repeat(40),
      '--right-sha',
      'b'.repeat(40),
      '--files',
      '[{',
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--files is not valid JSON')

    await records('resolve-conflict', conflict.id)
    expect((await statusJson()).openConflicts).toEqual([])
    const twice = await cli('resolve-conflict', conflict.id)
    expect(twice.code).toBe(2)
    expect(twice.stderr).toContain(`no open conflict has the id "${conflict.id}" (open: none)`)
  })

  it('recent lists the newest events first, as text and JSON', async () => {
    const json = await cli('recent', '3', '--json')
    expect(json.code).toBe(0)
    const list = JSON.parse(json.stdout)
    expect(list.map((e: { kind: string }) => e.kind)).toEqual(['conflict-resolved', 'conflict-detected', 'blocker-cleared'])
    const text = await cli('recent', '--feature', FEATURE)
    expect(text.code).toBe(0)
    const lines = text.stdout.trim().split('\n')
    expect(lines).toHaveLength(6)
    expect(lines[0]).toMatch(new RegExp(`^\\S+  ${FEATURE}  conflict-resolved`))
    expect(lines[5]).toMatch(/feature-registered/)
    const bad = await cli('recent', '0')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--count is "0"')
  })

  it('status prints text and JSON for one feature or all', async () => {
    const text = await cli('status', FEATURE)
    expect(text.stdout).toContain(`${FEATURE}: CLI events | test\n`)
    expect(text.stdout).toContain('0 open conflict(s); 1 blocker(s)')
    expect(text.stdout).toContain('- blocker db-schema: waiting for the schema')
    const all = JSON.parse((await cli('status', '--json')).stdout)
    expect(all.features.map((f: { spec: string }) => f.spec)).toEqual([FEATURE])
    expect(all.commit).toBe(await stateHead(repo))
    expect(all.features[0].eventCount).toBe(6)
    const unknown = await cli('status', '008-unknown')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain(`(known: ${FEATURE})`)
  })

  it('export prints the report or writes it to a file', async () => {
    const printed = await cli('export', FEATURE)
    expect(printed.code).toBe(0)
    expect(printed.stdout).toContain('## Blocker history')
    expect(printed.stdout).toMatch(/\| api-keys \| cleared \| needs the API keys \|/)
    expect(printed.stdout).toContain(`Read from state commit`)
    const written = await cli('export', FEATURE, 'reports/feature.md')
    expect(written.code).toBe(0)
    const path = join(repo.dir, 'reports/feature.md')
    expect(written.stdout).toBe(`Wrote ${path}\n`)
    expect(readFileSync(path, 'utf8')).toBe(printed.stdout)
    const outside = await cli('export', FEATURE, '../outside.md')
    expect(outside.code).toBe(2)
    expect(outside.stderr).toContain('file "../outside.md" is not allowed')
  })

  it('verify exits 0 on a consistent state branch with one file per event', async () => {
    const r = await cli('verify')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`State ${(await stateHead(repo))!.slice(0, 7)} is consistent with its events`)
    expect(await eventFiles(repo)).toHaveLength(6)
  })
})
