import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { dirname } from 'node:path'
import { CHECK_PATH_HOOK, mergeSettings } from '../../shared/agents/settings-file'
import { roleRules } from '../../shared/agents'
import { parsePatch } from '../../shared/check-path/patch-ranges'
import { defaultConfig } from '../../shared/config/config'
import { impl, initializedFeatureRepo, overseer } from '../support/agent-feature'
import { runCliProcess, runScript, type CliRun } from '../support/cli'
import { cleanupTemp, tempDir, type TestRepo } from '../support/repo'
import { whenFolderChanges } from '../support/wait'

afterAll(cleanupTemp)

const APP = Array.from({ length: 20 }, (_, i) => `export const line${i + 1} = ${i + 1}\n`)
const UNICODE = 'docs/my notes é.md'

/**
 * The hook as Claude Code runs a command hook: the JSON on stdin, the answer on stdout. By default the
 * small bundle agents setup installs (bin/orchestrator-hook.js); `full` runs `orchestrator check-path --hook`.
 */
function runHook(args: string[], cwd: string, input: unknown, full = false): Promise<CliRun> {
  const stdin = typeof input === 'string' ? input : JSON.stringify(input)
  return full
    ? runScript('bin/orchestrator.js', ['check-path', '--hook', ...args], cwd, { stdin })
    : runScript('bin/orchestrator-hook.js', args, cwd, { stdin })
}

/** What Claude Code sends on PreToolUse for an Edit (the documented fields). */
function editInput(cwd: string, file: string, tool = 'Edit') {
  return {
    session_id: 'abc123',
    transcript_path: join(cwd, '.claude', 'transcript.jsonl'),
    cwd,
    permission_mode: 'default',
    hook_event_name: 'PreToolUse',
    tool_name: tool,
    tool_input:
      tool === 'Write'
        ? { file_path: join(cwd, file), content: 'x\n' }
        : { file_path: join(cwd, file), old_string: 'a', new_string: 'b', replace_all: false },
    tool_use_id: 'toolu_01ABC123',
  }
}

/** The changed lines of `path` in `tip`'s version, read from raw `git diff` of the merge base (the reference). */
async function gitDiffRanges(repo: TestRepo, head: string, tip: string, path: string) {
  const base = await repo.git.run(['merge-base', head, tip])
  const { stdout } = await repo.git.exec(['diff', '-U0', '--no-color', base, tip, '--', `:(literal)${path}`])
  return [...stdout.matchAll(/^@@ -\S+ \+(\d+)(?:,(\d+))? @@/gm)].map((m) => {
    const start = Number(m[1])
    const n = m[2] === undefined ? 1 : Number(m[2])
    return n === 0 ? { start: start + 1, end: start } : { start, end: start + n - 1 }
  })
}

describe('orchestrator check-path and its PreToolUse hook (real repositories, the CLI bundle)', () => {
  let repo: TestRepo
  let sibling: TestRepo
  let implTip: string
  const cli = (...args: string[]) => runCliProcess(['check-path', ...args], repo.dir)

  beforeAll(async () => {
    repo = await initializedFeatureRepo(2)
    sibling = await repo.clone()
    const app = [...APP]
    app.splice(2, 2, 'export const line3 = 33\n', 'export const line4 = 44\n', 'export const extra = 0\n')
    app.splice(10, 1)
    implTip = await sibling.commit(
      impl(2),
      { 'src/app.ts': app.join(''), [UNICODE]: 'one\ntwo\n', 'specs/004-user-auth/spec.md': null, 'bin.dat': '\u0000\u0001binary' },
      'T002 impl-2 work',
      `origin/${impl(2)}`,
    )
    await sibling.push(impl(2))
    await sibling.commit(overseer, { 'README.md': '# app\n\nIntegration notes.\n' }, 'overseer notes', `origin/${overseer}`)
    await sibling.push(overseer)
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
  })

  it("names each sibling that changed a path and exactly the lines raw git diff gives, with the data's age; exit 1", async () => {
    const r = await cli('src/app.ts', 'README.md', 'specs/004-user-auth/tasks.md', UNICODE, '--json', '--no-record')
    expect([r.code, r.stderr]).toEqual([1, expect.any(String)])
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({ agent: impl(1), feature: '004-user-auth', role: 'implementor', collision: true })
    const byPath = Object.fromEntries(out.paths.map((p: { path: string; siblings: unknown[] }) => [p.path, p.siblings]))
    expect(byPath['specs/004-user-auth/tasks.md']).toEqual([])
    const head = await repo.git.run(['rev-parse', 'HEAD'])
    const overseerTip = await repo.git.run(['rev-parse', `origin/${overseer}`])
    expect(byPath['src/app.ts']).toEqual([
      {
        branch: impl(2),
        role: 'implementor',
        tip: implTip,
        base: expect.any(String),
        binary: false,
        ranges: await gitDiffRanges(repo, head, implTip, 'src/app.ts'),
      },
    ])
    // Lines 3-5 replaced and added; old line 10 removed: an empty range between lines 10 and 11 of impl-2's version.
    expect(byPath['src/app.ts'][0].ranges).toEqual([
      { start: 3, end: 5 },
      { start: 11, end: 10 },
    ])
    expect(byPath['README.md']).toEqual([
      {
        branch: overseer,
        role: 'overseer',
        tip: overseerTip,
        base: expect.any(String),
        binary: false,
        ranges: await gitDiffRanges(repo, head, overseerTip, 'README.md'),
      },
    ])
    expect(byPath[UNICODE][0].ranges).toEqual(await gitDiffRanges(repo, head, implTip, UNICODE))
    expect(out.data.fetchedAt).toEqual(expect.stringMatching(/^\d{4}-/))
    expect(out.data.ageSeconds).toBeGreaterThanOrEqual(0)
    const text = await cli('src/app.ts', '--no-record')
    expect(text.stdout).toContain(`${impl(2)} (implementor, at ${implTip.slice(0, 12)}): lines 3-5, lines removed after 10`)
    expect(text.stdout).toMatch(/Data: branches fetched \d+ s ago/)
    expect((await cli('specs/004-user-auth/tasks.md', '--no-record')).code).toBe(0)
  })

  it('reports deleted and binary files as changed', async () => {
    const out = JSON.parse((await cli('specs/004-user-auth/spec.md', 'bin.dat', '--json', '--no-record')).stdout)
    expect(out.paths.map((p: { siblings: { binary: boolean }[] }) => p.siblings.length)).toEqual([1, 1])
    // Deleted: every line gone, an empty range at the top of the (empty) new version.
    expect(out.paths[0].siblings[0]).toMatchObject({ binary: false, ranges: [{ start: 1, end: 0 }] })
    expect(out.paths[1].siblings[0]).toMatchObject({ binary: true, ranges: [] })
  })

  it('the hook, fed what Claude Code sends for an Edit of a file a sibling changed, warns in additionalContext and exits 0', async () => {
    const r = await runHook(['--no-record'], repo.dir, editInput(repo.dir, 'src/app.ts'))
    expect([r.code, r.stderr]).toEqual([0, ''])
    const out = JSON.parse(r.stdout)
    expect(out.hookSpecificOutput.hookEventName).toBe('PreToolUse')
    expect(out.hookSpecificOutput.permissionDecision).toBeUndefined()
    expect(out.hookSpecificOutput.additionalContext).toContain(`${impl(2)} (implementor, at ${implTip.slice(0, 12)}): lines 3-5`)
    expect(out.hookSpecificOutput.additionalContext).toMatch(/check-conflicts/)
    expect(out.systemMessage).toContain('src/app.ts')
    const write = JSON.parse((await runHook(['--no-record'], repo.dir, editInput(repo.dir, UNICODE, 'Write'))).stdout)
    expect(write.hookSpecificOutput.additionalContext).toContain(UNICODE)
    // `orchestrator check-path --hook` (the whole CLI) answers the same.
    const full = await runHook(['--no-record'], repo.dir, editInput(repo.dir, 'src/app.ts'), true)
    const ageless = (text: string) => text.replace(/fetched \d+ s ago/, 'fetched N s ago')
    expect(full.code).toBe(0)
    expect(ageless(JSON.parse(full.stdout).hookSpecificOutput.additionalContext)).toBe(ageless(out.hookSpecificOutput.additionalContext))
  })

  it('with --block the hook denies the edit with the reason', async () => {
    for (const full of [false, true]) {
      const r = await runHook(['--block', '--no-record'], repo.dir, editInput(repo.dir, 'README.md', 'MultiEdit'), full)
      expect(r.code).toBe(0)
      const out = JSON.parse(r.stdout).hookSpecificOutput
      expect(out.permissionDecision).toBe('deny')
      expect(out.permissionDecisionReason).toContain(overseer)
    }
  })

  it('for an untouched file, another event, bad JSON, a broken cache or no repository, the hook prints nothing and exits 0', async () => {
    for (const input of [
      editInput(repo.dir, 'specs/004-user-auth/tasks.md'),
      editInput(repo.dir, 'brand-new.ts', 'Write'),
      { ...editInput(repo.dir, 'src/app.ts'), hook_event_name: 'PostToolUse' },
      '{not json',
      editInput(tempDir('not-a-repo-'), 'x.ts'),
      editInput(repo.dir, '../outside.ts'),
    ]) {
      for (const full of [false, true]) {
        const r = await runHook(['--no-record'], repo.dir, input, full)
        expect({ input, full, code: r.code, stdout: r.stdout }).toEqual({ input, full, code: 0, stdout: '' })
      }
    }
    const cache = join(repo.dir, '.git', 'orchestrator', 'sibling-changes.json')
    writeFileSync(cache, '{ broken')
    const again = await runHook(['--no-record'], repo.dir, editInput(repo.dir, 'src/app.ts'))
    expect(JSON.parse(again.stdout).hookSpecificOutput.additionalContext).toContain(impl(2))
    expect(JSON.parse(readFileSync(cache, 'utf8')).siblings).toHaveLength(2)
  })

  it('garbage on the hook’s stdin (not JSON, not an object) is logged to .git/orchestrator/check-path.log, silently', async () => {
    const log = join(repo.dir, '.git', 'orchestrator', 'check-path.log')
    rmSync(log, { force: true })
    for (const [input, full] of [
      ['\u0000garbage{', false],
      ['[1, 2]', true],
    ] as const) {
      const r = await runHook(['--no-record'], repo.dir, input, full)
      expect({ input, code: r.code, stdout: r.stdout }).toEqual({ input, code: 0, stdout: '' })
    }
    const lines = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []
    expect(lines).toEqual([
      expect.stringMatching(/check-path hook: the input on stdin \(9 bytes\) is not JSON .*expected Claude Code's PreToolUse payload$/),
      expect.stringMatching(/check-path hook: the input on stdin is JSON but not an object \(an array\)/),
    ])
  })

  it('refuses bad input with exit 2: a path outside the repository, into .git, none at all, an option as remote, no agent branch', async () => {
    for (const args of [
      ['../outside.ts'],
      ['/etc/passwd'],
      ['.git/config'],
      [],
      ['src/app.ts', '--fetch', '--remote=--upload-pack=touch x'],
    ]) {
      const r = await cli(...args)
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toMatch(/check-path: error: /)
    }
    await repo.git.run(['checkout', '-q', 'main'])
    const main = await cli('src/app.ts')
    await repo.git.run(['checkout', '-q', impl(1)])
    expect(main.code).toBe(2)
    expect(main.stderr).toMatch(/branch "main" is not an agent branch/)
  })

  it('refreshes only the sibling that moved (after check-path --fetch), from the cache otherwise', async () => {
    const warm = JSON.parse((await cli('src/app.ts', '--json', '--no-record')).stdout)
    expect(warm.refreshed).toEqual([])
    await sibling.commit(impl(2), { 'src/new.ts': 'export {}\n' }, 'T003 more')
    await sibling.push(impl(2))
    const before = JSON.parse((await cli('src/new.ts', '--json', '--no-record')).stdout)
    expect(before.paths[0].siblings).toEqual([])
    const after = await cli('src/new.ts', '--fetch', '--json', '--no-record')
    expect(after.code).toBe(1)
    const out = JSON.parse(after.stdout)
    expect(out.refreshed).toEqual([impl(2)])
    expect(out.paths[0].siblings[0].branch).toBe(impl(2))
    implTip = out.paths[0].siblings[0].tip
    // The agent's own commit moves HEAD, not the merge bases: no diff is recomputed.
    await repo.commit(impl(1), { 'src/mine.ts': 'export {}\n' }, 'T004 mine')
    const own = JSON.parse((await cli('src/app.ts', '--json', '--no-record')).stdout)
    expect(own.refreshed).toEqual([])
    expect(own.paths[0].siblings.map((h: { branch: string }) => h.branch)).toEqual([impl(2)])
  })

  it('check-conflicts run in the checkout brings the cache up to date with the branches it fetched', async () => {
    const moved = await sibling.commit(overseer, { 'src/from-overseer.ts': 'export {}\n' }, 'overseer work')
    await sibling.push(overseer)
    expect((await cli('src/from-overseer.ts', '--no-record')).code).toBe(0)
    const before = new Date()
    const scan = await runCliProcess(['check-conflicts'], repo.dir)
    expect([0, 1]).toContain(scan.code)
    // Before any check-path: the scan itself recomputed the overseer's entry, and says when it fetched.
    const cache = JSON.parse(readFileSync(join(repo.dir, '.git', 'orchestrator', 'sibling-changes.json'), 'utf8'))
    expect(cache.siblings.find((e: { branch: string }) => e.branch === overseer).tip).toBe(moved)
    // fetched during this scan: not before it started (the stamp may be cut to the second), not after it ended
    expect(Date.parse(cache.fetchedAt)).toBeGreaterThanOrEqual(Math.floor(before.getTime() / 1000) * 1000)
    expect(Date.parse(cache.fetchedAt)).toBeLessThanOrEqual(Date.now())
    const after = await cli('src/from-overseer.ts', '--json', '--no-record')
    expect(after.code).toBe(1)
    const out = JSON.parse(after.stdout)
    expect(out.refreshed).toEqual([])
    expect(out.paths[0].siblings.map((h: { branch: string }) => h.branch)).toEqual([overseer])
  })

  it('records one conflict-predicted event per agent, path and sibling tip, in the background, on the state branch', async () => {
    const first = await runHook([], repo.dir, editInput(repo.dir, 'src/app.ts'))
    expect(first.code).toBe(0)
    expect(JSON.parse(first.stdout).hookSpecificOutput.additionalContext).toContain(impl(2))
    const local = join(repo.dir, '.git', 'orchestrator', 'conflict-predicted.json')
    const recorded = async () => {
      const f = existsSync(local) ? JSON.parse(readFileSync(local, 'utf8')) : null
      return f && Object.keys(f.pending).length === 0 && Object.keys(f.recorded).length ? f : null
    }
    // The recorder (a detached process) marks what it appended in the local file: wait on that file.
    const folder = dirname(local)
    await whenFolderChanges(folder, recorded)
    // A second warning of the same fact does not even start a recorder: the local file says it is recorded.
    const second = await runHook([], repo.dir, editInput(repo.dir, 'src/app.ts'))
    expect(second.code).toBe(0)
    expect(Object.keys(JSON.parse(readFileSync(local, 'utf8')).pending)).toEqual([])
    const recent = await runCliProcess(['events', 'recent', '100', '--json'], repo.dir)
    const predicted = (JSON.parse(recent.stdout) as { kind: string; summary: string }[]).filter((e) => e.kind === 'conflict-predicted')
    expect(predicted).toHaveLength(1)
    expect(predicted[0].summary).toContain(`${impl(1)} is editing src/app.ts, which ${impl(2)} changed at ${implTip.slice(0, 7)}`)
    const status = await runCliProcess(['events', 'status', '004-user-auth'], repo.dir)
    expect(status.stdout).toContain(`- predicted conflict: ${impl(1)} edits src/app.ts, which ${impl(2)} changed at ${implTip.slice(0, 7)}`)
    const predictedEvents = async () => {
      const r = await runCliProcess(['events', 'recent', '100', '--json'], repo.dir)
      return (JSON.parse(r.stdout) as { kind: string }[]).filter((e) => e.kind === 'conflict-predicted').length
    }
    // The local memory lost: the recorder runs again, and the store's key still keeps the fact once.
    rmSync(local)
    expect((await runHook([], repo.dir, editInput(repo.dir, 'src/app.ts'))).code).toBe(0)
    await whenFolderChanges(folder, recorded)
    expect(await predictedEvents()).toBe(1)
    // The sibling moves: a new tip is a new fact.
    await sibling.commit(impl(2), { 'src/later.ts': 'export {}\n' }, 'T005 later')
    await sibling.push(impl(2))
    await repo.git.run(['fetch', '-q', 'origin'])
    expect((await runHook([], repo.dir, editInput(repo.dir, 'src/app.ts'))).code).toBe(0)
    const recordedBoth = async () => {
      const f = await recorded()
      return f && Object.keys(f.recorded).length === 2 ? f : null
    }
    await whenFolderChanges(folder, recordedBoth)
    expect(await predictedEvents()).toBe(2)
    const json = await runCliProcess(['events', 'status', '004-user-auth', '--json'], repo.dir)
    const rows = JSON.parse(json.stdout).features[0].predictedConflicts
    expect(rows).toEqual([expect.objectContaining({ agent: impl(1), path: 'src/app.ts', sibling: impl(2), warnings: 2 })])
  })

  it('agents setup installs the hook next to a person’s own hooks, and a re-run writes the same bytes', async () => {
    mkdirSync(join(repo.dir, '.claude'), { recursive: true })
    const mine = { matcher: 'Bash', hooks: [{ type: 'command', command: './my-check.sh' }] }
    writeFileSync(
      join(repo.dir, '.claude', 'settings.local.json'),
      JSON.stringify({ hooks: { PreToolUse: [mine], Stop: [{ hooks: [] }] } }),
    )
    const run = await runCliProcess(['agents', 'setup'], repo.dir)
    expect(run.code).toBe(0)
    // Written the way the CLI was started (here node <path>/bin/orchestrator.js): the hook beside it.
    const written = `node ${resolve('bin/orchestrator-hook.js')}`
    const file = join(repo.dir, '.claude', 'settings.local.json')
    const settings = JSON.parse(readFileSync(file, 'utf8'))
    // The person's own Stop entry is kept; the usage hook (agents record-usage) is added after it.
    expect(settings.hooks.Stop).toEqual([
      { hooks: [] },
      { hooks: [{ type: 'command', command: `node ${resolve('bin/orchestrator.js')} agents record-usage`, timeout: 30 }] },
    ])
    expect(settings.hooks.PreToolUse).toEqual([
      mine,
      { matcher: 'Write|Edit|MultiEdit|NotebookEdit', hooks: [{ type: 'command', command: written, timeout: 10 }] },
    ])
    const bytes = readFileSync(file)
    expect((await runCliProcess(['agents', 'setup'], repo.dir)).code).toBe(0)
    expect(readFileSync(file).equals(bytes)).toBe(true)
    // The command as written, run by a shell the way Claude Code runs it.
    const shell = spawnSync('sh', ['-c', `${written} --no-record`], {
      cwd: repo.dir,
      input: JSON.stringify(editInput(repo.dir, 'src/app.ts')),
      env: { ...process.env, CLAUDE_PROJECT_DIR: repo.dir },
      encoding: 'utf8',
    })
    expect(shell.status).toBe(0)
    expect(JSON.parse(shell.stdout).hookSpecificOutput.additionalContext).toContain(impl(2))
    // agents setup --block installs the same entry, denying; without it again, the entry warns again (still one of ours).
    expect((await runCliProcess(['agents', 'setup', '--block'], repo.dir)).code).toBe(0)
    const blocking = JSON.parse(readFileSync(file, 'utf8')).hooks.PreToolUse
    expect(blocking).toHaveLength(2)
    const installed = blocking[1].hooks[0].command as string
    expect(installed).toBe(`${written} --block`)
    const denied = spawnSync('sh', ['-c', `${installed} --no-record`], {
      cwd: repo.dir,
      input: JSON.stringify(editInput(repo.dir, 'src/app.ts')),
      env: { ...process.env, CLAUDE_PROJECT_DIR: repo.dir },
      encoding: 'utf8',
    })
    expect([denied.status, JSON.parse(denied.stdout).hookSpecificOutput.permissionDecision]).toEqual([0, 'deny'])
    expect((await runCliProcess(['agents', 'setup'], repo.dir)).code).toBe(0)
    expect(readFileSync(file).equals(bytes)).toBe(true)
    // A detached checkout: the role file agents setup wrote says who asks.
    await repo.git.run(['checkout', '-q', '--detach'])
    const detached = JSON.parse((await cli('src/app.ts', '--json', '--no-record')).stdout)
    await repo.git.run(['checkout', '-q', impl(1)])
    expect([detached.agent, detached.paths[0].siblings[0].branch]).toEqual([impl(1), impl(2)])
  })
})

describe('check-path after HEAD moves', () => {
  it("an own commit keeps the merge bases; taking in a sibling's commits (a fast-forward) moves that sibling's base", async () => {
    const repo = await initializedFeatureRepo(2)
    const other = await repo.clone()
    await other.commit(impl(2), { 'src/app.ts': APP.slice(1).join('') }, 'T002 drop line 1', `origin/${impl(2)}`)
    await other.push(impl(2))
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    const check = async () => {
      const r = await runCliProcess(['check-path', 'src/app.ts', '--json', '--no-record'], repo.dir)
      const out = JSON.parse(r.stdout)
      return { code: r.code, refreshed: out.refreshed, by: out.paths[0].siblings.map((h: { branch: string }) => h.branch) }
    }
    expect(await check()).toEqual({ code: 1, refreshed: [impl(2), overseer], by: [impl(2)] })
    // impl-1 takes impl-2's commit in: HEAD gains it without a merge, and impl-2 has it, so its base is taken again.
    await repo.git.run(['merge', '-q', '--ff-only', `origin/${impl(2)}`])
    expect(await check()).toEqual({ code: 0, refreshed: [impl(2)], by: [] })
    // An own commit on top: no base moves, nothing is recomputed.
    await repo.commit(impl(1), { 'src/own.ts': 'export {}\n' }, 'T003 own')
    expect(await check()).toEqual({ code: 0, refreshed: [], by: [] })
  })
})

describe('settings merge and patch parsing (units)', () => {
  const rules = roleRules(defaultConfig(), 'implementor', '.github/orchestrator.yml', 'main')

  it('replaces our hook where it stands (an older command of ours too) and keeps every other hook', () => {
    const old = { matcher: 'Edit|Write', hooks: [{ type: 'command', command: 'npx orchestrator check-path --hook' }] }
    const theirs = { matcher: 'Write', hooks: [{ type: 'command', command: 'prettier --check' }] }
    const merged = JSON.parse(
      mergeSettings(JSON.stringify({ hooks: { PreToolUse: [old, theirs] } }), rules, null, 'f.json', CHECK_PATH_HOOK),
    )
    expect(merged.hooks.PreToolUse[1]).toEqual(theirs)
    expect(merged.hooks.PreToolUse[0].matcher).toBe('Write|Edit|MultiEdit|NotebookEdit')
    expect(merged.hooks.PreToolUse).toHaveLength(2)
    expect(() => mergeSettings(JSON.stringify({ hooks: [] }), rules, null, 'f.json', CHECK_PATH_HOOK)).toThrow(/"hooks" is not an object/)
  })

  it('reads quoted names, names with spaces, and removed lines that look like headers', () => {
    const patch = [
      'diff --git "a/caf\\303\\251 x" "b/caf\\303\\251 x"',
      '--- "a/caf\\303\\251 x"',
      '+++ "b/caf\\303\\251 x"',
      '@@ -2 +2,0 @@',
      '--- a/fake',
      '@@ -5,0 +5,2 @@',
      '+a',
      '+b',
      'diff --git a/sp ace b/sp ace',
      '--- a/sp ace\t',
      '+++ b/sp ace\t',
      '@@ -1 +1 @@',
      '-x',
      '+y',
      '',
    ].join('\n')
    const parsed = parsePatch(patch)
    expect([...parsed.keys()]).toEqual([Buffer.from('café x', 'utf8').toString('latin1'), 'sp ace'])
    expect([...parsed.values()].map((c) => c.ranges)).toEqual([
      [
        { start: 3, end: 2 },
        { start: 5, end: 6 },
      ],
      [{ start: 1, end: 1 }],
    ])
  })
})

describe('check-path says when a path lies outside the paths of the agent’s tasks (scope drift)', () => {
  it('warns by default, fails where the overseer’s configuration says fail, and ignores the implementor’s own config', async () => {
    const repo = await initializedFeatureRepo(2)
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    // impl-1's commits name T003, so its scope is T003's path (src/models/user.ts).
    await repo.commit(impl(1), { 'src/models/user.ts': 'export class User {}\n' }, 'T003 user model')
    const warn = await runCliProcess(['check-path', 'src/models/user.ts', 'src/api/login.ts', '--json'], repo.dir)
    expect([warn.code, warn.stderr]).toEqual([0, expect.not.stringContaining('error')])
    const json = JSON.parse(warn.stdout)
    expect(json.scope.mode).toBe('warn')
    expect(json.scope.drift).toEqual([{ path: 'src/api/login.ts', text: 'src/api/login.ts belongs to T005 (not assigned)' }])
    const text = await runCliProcess(['check-path', 'src/models/user.ts', 'src/api/login.ts'], repo.dir)
    expect(text.stdout).toContain('scope: src/api/login.ts belongs to T005 (not assigned), outside the paths of your tasks')
    // The hook says it to the agent before the edit, as a note (never a denial, even with --block); in scope: nothing.
    for (const args of [['--no-record'], ['--no-record', '--block']]) {
      const hook = await runHook(args, repo.dir, editInput(repo.dir, 'src/api/login.ts'))
      expect(hook.code).toBe(0)
      const out = JSON.parse(hook.stdout).hookSpecificOutput
      expect(out.additionalContext).toContain('src/api/login.ts belongs to T005 (not assigned), outside the paths of your tasks')
      expect(out.permissionDecision).toBeUndefined()
    }
    expect(await runHook(['--no-record'], repo.dir, editInput(repo.dir, 'src/models/user.ts'))).toMatchObject({ code: 0, stdout: '' })

    // The implementor switching scope off in its own work tree changes nothing; the overseer's fail mode does.
    const sibling = await repo.clone()
    await sibling.commit(overseer, { '.github/orchestrator.yml': 'scope:\n  mode: fail\n' }, 'scope fails', `origin/${overseer}`)
    await sibling.push(overseer)
    mkdirSync(join(repo.dir, '.github'), { recursive: true })
    writeFileSync(join(repo.dir, '.github', 'orchestrator.yml'), 'scope:\n  mode: off\n')
    const fail = await runCliProcess(['check-path', '--fetch', 'src/api/login.ts'], repo.dir)
    expect(fail.code).toBe(1)
    expect(fail.stderr).toMatch(/src\/api\/login\.ts lie outside your tasks' paths \(scope\.mode: fail\)/)
    const own = await runCliProcess(['check-path', 'src/models/user.ts'], repo.dir)
    expect(own.code).toBe(0)
  })
})

describe('the hook’s scope is the plan’s: tasks assigned by task-assigned events count, as in run-tests', () => {
  it('a planned task’s first edit (no commit names it yet) gets no drift warning, from the hook or check-path', async () => {
    const repo = await initializedFeatureRepo(2)
    // The overseer's seat assigns T005 to impl-1 (what plan --apply records), from another clone.
    const seat = await repo.clone()
    const assigned = await runCliProcess(
      ['events', 'log', 'task-assigned', '--feature', '004-user-auth', '--data', JSON.stringify({ taskId: 'T005', agent: impl(1) })],
      seat.dir,
    )
    expect(assigned.code).toBe(0)
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    // impl-1 touched T003's file before the plan (its commit names T003); T005 is planned for it, no commit names it yet.
    await repo.commit(impl(1), { 'src/models/user.ts': 'export class User {}\n' }, 'T003 user model')
    const ci = await runCliProcess(['run-tests', '--guard-only'], repo.dir)
    // role-ci's scope check in this clone (it fetches the state): the assignment makes impl-1's scope.
    expect(ci.stdout).toContain('Scope: the paths of T005, the tasks assigned to it.')
    const ciSays = /^ {2}! (src\/models\/user\.ts belongs to .*)$/m.exec(ci.stdout)?.[1]
    expect(ciSays).toBe('src/models/user.ts belongs to T003 (not assigned)')
    // The hook reads the state as run-tests last fetched it (no network): the same scope, so no warning at all.
    expect(await runHook(['--no-record'], repo.dir, editInput(repo.dir, 'src/api/login.ts', 'Write'))).toMatchObject({
      code: 0,
      stdout: '',
    })
    expect(await runHook(['--no-record'], repo.dir, editInput(repo.dir, 'src/api/login.ts', 'Write'), true)).toMatchObject({
      code: 0,
      stdout: '',
    })
    const own = JSON.parse((await runCliProcess(['check-path', '--no-record', 'src/api/login.ts', '--json'], repo.dir)).stdout)
    expect(own.scope.drift).toEqual([])
    // Outside it, the hook says what role-ci says, word for word.
    const user = await runHook(['--no-record'], repo.dir, editInput(repo.dir, 'src/models/user.ts'))
    expect(JSON.parse(user.stdout).hookSpecificOutput.additionalContext).toContain(`${ciSays}, outside the paths of your tasks`)
    // Another task's path is still outside it, and named as the plan has it.
    const other = await runHook(['--no-record'], repo.dir, editInput(repo.dir, 'src/services/login.ts', 'Write'))
    expect(JSON.parse(other.stdout).hookSpecificOutput.additionalContext).toContain(
      'src/services/login.ts belongs to T004 (not assigned), outside the paths of your tasks',
    )
  })
})

describe('check-path by hand records nothing: only the hook, or an explicit --record, does', () => {
  it('a person asking about a file a sibling changed gets the answer and no conflict-predicted event', async () => {
    const repo = await initializedFeatureRepo(2)
    const sibling = await repo.clone()
    await sibling.commit(impl(2), { 'src/app.ts': 'export const changed = 1\n' }, 'T002 impl-2 work', `origin/${impl(2)}`)
    await sibling.push(impl(2))
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    const local = join(repo.dir, '.git', 'orchestrator', 'conflict-predicted.json')
    const manual = await runCliProcess(['check-path', 'src/app.ts', '--json'], repo.dir)
    expect(manual.code).toBe(1)
    expect(JSON.parse(manual.stdout)).toMatchObject({ collision: true, queued: 0 })
    expect(existsSync(local)).toBe(false)
    // Asked for, it is recorded (in the background: wait until the recorder has pushed it).
    const asked = await runCliProcess(['check-path', 'src/app.ts', '--record', '--json'], repo.dir)
    expect(JSON.parse(asked.stdout)).toMatchObject({ collision: true, queued: 1 })
    // The recorder (a detached process) marks what it appended in the local file: wait on that file.
    await whenFolderChanges(dirname(local), async () => {
      const f = existsSync(local) ? JSON.parse(readFileSync(local, 'utf8')) : null
      return f && Object.keys(f.pending).length === 0 && Object.keys(f.recorded).length ? f : null
    })
    const recent = await runCliProcess(['events', 'recent', '20', '--json'], repo.dir)
    expect((JSON.parse(recent.stdout) as { kind: string }[]).filter((e) => e.kind === 'conflict-predicted')).toHaveLength(1)
  })
})
