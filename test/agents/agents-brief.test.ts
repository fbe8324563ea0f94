// `orchestrator agents brief` as an agent meets it: the UserPromptSubmit hook `agents setup` writes, run the way
// Claude Code runs it (sh -c, CLAUDE_PROJECT_DIR, the documented payload on stdin), tells impl-2 what is new for it
// once, and fails open with one line when the state cannot be had.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { MemoryLogger } from '../../shared/logger'
import { makeEvent } from '../../shared/state/events/events'
import { StateStore } from '../../shared/views'
import { impl, initializedFeatureRepo, STATE_BRANCH } from '../support/agent-feature'
import { runCliProcess } from '../support/cli'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github'
import { SPEC } from '../support/feature-repo'
import { cleanupTemp, tempDir, type TestRepo } from '../support/repo'
import { whenFolderChanges } from '../support/wait'

afterAll(cleanupTemp)

interface HookAnswer {
  hookSpecificOutput?: { hookEventName: string; additionalContext: string }
  systemMessage?: string
}

/** The brief command agents setup wrote for UserPromptSubmit (and the same for SessionStart). */
function briefCommands(dir: string): { prompt: string; session: string } {
  const settings = JSON.parse(readFileSync(join(dir, '.claude', 'settings.local.json'), 'utf8')) as {
    hooks: Record<string, Array<{ hooks: Array<{ command: string }> }>>
  }
  return { prompt: settings.hooks.UserPromptSubmit![0]!.hooks[0]!.command, session: settings.hooks.SessionStart![0]!.hooks[0]!.command }
}

/**
 * The command as Claude Code runs a prompt hook; its exit status and stdout. Asynchronous: the fake GitHub answers
 * from this process, and a hang fails the test (Claude Code gives the hook 10 s; this gives a loaded machine 60).
 */
function runAsClaude(command: string, dir: string, env: Record<string, string> = {}, event = 'UserPromptSubmit') {
  const payload = {
    session_id: 'brief-test-session',
    transcript_path: join(dir, '.claude', 'transcript.jsonl'),
    cwd: dir,
    hook_event_name: event,
    ...(event === 'SessionStart' ? { source: 'startup' } : { prompt: 'carry on with T004' }),
  }
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn('sh', ['-c', command], {
      cwd: dir,
      env: { ...process.env, GITHUB_TOKEN: '', GH_TOKEN: '', ...env, CLAUDE_PROJECT_DIR: dir },
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    child.on('error', fail)
    child.on('close', (status) => {
      clearTimeout(timer)
      done({ status, stdout: Buffer.concat(out).toString('utf8').trim(), stderr: Buffer.concat(err).toString('utf8') })
    })
    child.stdin.end(JSON.stringify(payload))
  })
}

const context = (stdout: string): string => (JSON.parse(stdout) as HookAnswer).hookSpecificOutput?.additionalContext ?? ''

/** `git show <commit>:<path>` lines start..end (1-based), the reference the brief's hunks are checked against. */
async function linesAt(repo: TestRepo, commit: string, path: string, start: number, end: number): Promise<string[]> {
  return (await repo.git.run(['show', `${commit}:${path}`])).split('\n').slice(start - 1, end)
}

const stamp = (minute: number) => ({ actor: 'workflow ci', time: new Date(Date.UTC(2026, 11, 7, 12, minute)).toISOString() })

describe('agents brief: impl-1 × impl-2 in conflict, told to impl-2 at its next prompt', () => {
  let repo: TestRepo
  let tips: { one: string; two: string }
  let commands: { prompt: string; session: string }
  let github: FakeGitHub

  beforeAll(async () => {
    repo = await initializedFeatureRepo(2)
    const app = readFileSync(join(repo.dir, 'src', 'app.ts'), 'utf8').split('\n')
    const edit = (who: string) => app.map((l, i) => (i === 2 || i === 3 ? `export const line${i + 1} = '${who}'` : l)).join('\n')
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    const one = await repo.commit(impl(1), { 'src/app.ts': edit('impl-1') }, 'T003 sign-in form')
    await repo.git.run(['checkout', '-q', '-b', impl(2), `origin/${impl(2)}`])
    const two = await repo.commit(impl(2), { 'src/app.ts': edit('impl-2') }, 'T004 session store')
    await repo.push(impl(1), impl(2))
    tips = { one, two }
    const scan = await runCliProcess(['check-conflicts', '--json'], repo.dir)
    if (scan.code !== 1) throw new Error(`check-conflicts did not find the conflict (${scan.code}): ${scan.stderr}`)
    const setup = await runCliProcess(['agents', 'setup'], repo.dir)
    if (setup.code !== 0) throw new Error(`agents setup failed: ${setup.stderr}`)
    commands = briefCommands(repo.dir)
    github = await startFakeGitHub()
  })
  afterAll(async () => github?.close())

  it('agents setup installs the brief for SessionStart and UserPromptSubmit, started as the CLI was', () => {
    expect(commands.prompt).toBe(`node ${join(process.cwd(), 'bin', 'orchestrator.js')} agents brief --hook`)
    expect(commands.session).toBe(commands.prompt)
  })

  it('names impl-1, the file, both hunks (as git shows them at the two tips) and the commands; a second prompt prints nothing', async () => {
    const first = await runAsClaude(commands.prompt, repo.dir)
    expect([first.status, first.stderr]).toEqual([0, ''])
    const answer = JSON.parse(first.stdout) as HookAnswer
    expect(answer.hookSpecificOutput?.hookEventName).toBe('UserPromptSubmit')
    const text = answer.hookSpecificOutput!.additionalContext
    expect(text).toContain(`Conflict with ${impl(1)}`)
    expect(text).toContain('src/app.ts (content): yours lines 3-4, theirs lines 3-4')
    for (const [side, tip] of [
      ['yours', tips.two],
      [`theirs (${impl(1)})`, tips.one],
    ] as const) {
      const shown = (await linesAt(repo, tip, 'src/app.ts', 3, 4)).map((l, i) => `      ${String(3 + i).padStart(4)} | ${l}`)
      expect(text).toContain([`    ${side}, lines 3-4:`, ...shown].join('\n'))
    }
    // impl-1 merges first in the overseer's merge order (both conflict, impl-1 is first): impl-2 rebases onto it.
    expect(text).toContain(
      `git fetch origin ${impl(1)} && git rebase origin/${impl(1)} (or git merge origin/${impl(1)}; ${impl(1)} merges before you in the merge order)`,
    )
    expect(text).toMatch(/conflicts brief [0-9a-f]+/)
    const second = await runAsClaude(commands.prompt, repo.dir)
    expect([second.status, second.stdout]).toEqual([0, ''])
  })

  it('records brief-delivered in the background: the state says impl-2 was told of the conflict', async () => {
    const refs = join(repo.remote, 'refs', 'heads', 'orchestrator')
    const told = await whenFolderChanges(refs, async () => {
      const projection = JSON.parse(await repo.git.run(['--git-dir', repo.remote, 'show', `${STATE_BRANCH}:projection.json`])) as {
        features: Record<string, { briefed?: Record<string, Record<string, string>> }>
      }
      const briefed = projection.features[SPEC]?.briefed
      return briefed && Object.keys(briefed).length ? briefed : null
    })
    expect(Object.values(told).map((agents) => Object.keys(agents))).toEqual([[impl(2)]])
  })

  it('a failing check (with its tail), a guard violation, a blocker and a plan assignment each appear once', async () => {
    const store = new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() })
    await store.append([
      makeEvent(
        'test-result',
        SPEC,
        {
          role: 'implementor',
          branch: impl(2),
          suite: 'unit tests',
          passed: 0,
          failed: 1,
          skipped: 0,
          durationMs: 5,
          commit: tips.two,
          unit: 'check',
          tail: 'FAIL src/app.test.ts\n::error::expected 4',
        },
        stamp(1),
      ),
      makeEvent(
        'guard-violation',
        SPEC,
        {
          branch: impl(2),
          kind: 'protected-path',
          subject: '.github/workflows/ci.yml',
          detail: 'protected by the config',
          commit: tips.two,
        },
        stamp(2),
      ),
      makeEvent('blocker-raised', SPEC, { id: 'B7', agent: impl(2), reason: 'waiting for the API schema' }, stamp(3)),
      makeEvent('task-assigned', SPEC, { taskId: 'T005', agent: impl(2), wave: 2 }, stamp(4)),
      // Facts of impl-1 are not impl-2's news.
      makeEvent('blocker-raised', SPEC, { id: 'B8', agent: impl(1), reason: 'not yours' }, stamp(5)),
      makeEvent('task-assigned', SPEC, { taskId: 'T006', agent: impl(1) }, stamp(5)),
    ])
    const run = await runAsClaude(commands.prompt, repo.dir)
    expect(run.status).toBe(0)
    const text = context(run.stdout)
    const once = (needle: string) => expect(text.split(needle).length - 1).toBe(1)
    once('Check unit tests fails on your branch')
    once('    | FAIL src/app.test.ts')
    // The tail's workflow command is printed, not obeyed.
    expect(text).not.toMatch(/^\s*\| ::error::/m)
    once('The role guard refused your change to .github/workflows/ci.yml')
    once('Blocker B7 raised against your branch: waiting for the API schema')
    once('Task T005 is assigned to you (wave 2)')
    expect(text).not.toContain('B8')
    expect(text).not.toContain('T006')
    expect(text).not.toContain('Conflict with')
    expect((await runAsClaude(commands.prompt, repo.dir)).stdout).toBe('')
    // The blocker cleared is a change: told once more.
    await store.append([makeEvent('blocker-cleared', SPEC, { id: 'B7', note: 'schema merged' }, stamp(6))])
    expect(context((await runAsClaude(commands.prompt, repo.dir)).stdout)).toContain(
      'Blocker B7 (raised against your branch) was cleared: schema merged.',
    )
    expect((await runAsClaude(commands.prompt, repo.dir)).stdout).toBe('')
  })

  it('a fetch that meets another process moving the same ref (the last brief’s recorder) tries again and raises no alarm', async () => {
    // git in front of the real one: its first fetch fails the way git does when another process of this
    // clone updated the ref in between ("cannot lock ref ... is at X but expected Y"); later calls are git's.
    const shim = tempDir('orch-git-shim-')
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    writeFileSync(
      join(shim, 'git'),
      [
        '#!/bin/sh',
        'case " $* " in',
        `  *" fetch "*) if [ ! -e "${shim}/failed" ]; then`,
        `    : > "${shim}/failed"`,
        `    echo "error: cannot lock ref 'refs/orchestrator/remote-state/origin/${STATE_BRANCH}': is at 1111111111111111111111111111111111111111 but expected 2222222222222222222222222222222222222222" >&2`,
        '    exit 1',
        '  fi ;;',
        'esac',
        `exec ${real} "$@"`,
        '',
      ].join('\n'),
    )
    chmodSync(join(shim, 'git'), 0o755)
    const run = await runAsClaude(commands.prompt, repo.dir, { PATH: `${shim}:${process.env.PATH}` })
    expect(existsSync(join(shim, 'failed'))).toBe(true)
    // Nothing new since the last prompt, and no "fetch failed" note: the second fetch went through.
    expect([run.status, run.stdout]).toEqual([0, ''])
  })

  it('a new session hears everything still true, not only what is new', async () => {
    const text = context((await runAsClaude(commands.session, repo.dir, {}, 'SessionStart')).stdout)
    expect(text).toContain(`Conflict with ${impl(1)}`)
    expect(text).toContain('Task T005 is assigned to you')
  })

  it('with a token: a new comment on its pull request appears once; ours (conflict notices) are not news', async () => {
    const pr = github.addPull({ head: impl(2), base: `feature/${SPEC}/overseer`, title: 'impl-2' })
    github.addComment(pr.number, '<!-- agent-orchestrator:conflicts -->\nConflict notice')
    github.addComment(pr.number, 'Please rename `store` to `sessionStore`.', 'reviewer-1')
    const env = { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: github.url, GITHUB_REPOSITORY: `${github.owner}/${github.repo}` }
    const run = await runAsClaude(commands.prompt, repo.dir, env)
    expect(JSON.parse(run.stdout)).not.toHaveProperty('systemMessage')
    const text = context(run.stdout)
    expect(text).toContain(`Comment by reviewer-1 on your pull request #${pr.number}:`)
    expect(text).toContain('  > Please rename `store` to `sessionStore`.')
    expect(text).not.toContain('Conflict notice')
    expect((await runAsClaude(commands.prompt, repo.dir, env)).stdout).toBe('')
  })
})

describe('agents brief fails open: one line, exit 0', () => {
  /** A copy of the feature with impl-1 checked out, the brief run as its prompt hook. */
  async function impl1Checkout(): Promise<TestRepo> {
    const repo = await initializedFeatureRepo(2)
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    return repo
  }
  const brief = (repo: TestRepo, extra: string[] = []) =>
    runAsClaude(`node ${join(process.cwd(), 'bin', 'orchestrator.js')} agents brief --hook --no-record ${extra.join(' ')}`, repo.dir)
  const oneLine = (stdout: string) => {
    expect(stdout.split('\n')).toHaveLength(1)
    return (JSON.parse(stdout) as HookAnswer).systemMessage ?? ''
  }

  it('no state branch', async () => {
    const repo = await impl1Checkout()
    await repo.git.run(['push', '-q', 'origin', '--delete', STATE_BRANCH])
    await repo.git.run(['update-ref', '-d', `refs/remotes/origin/${STATE_BRANCH}`])
    for (const ref of (await repo.git.run(['for-each-ref', '--format=%(refname)', 'refs/orchestrator/remote-state']))
      .split('\n')
      .filter(Boolean))
      await repo.git.run(['update-ref', '-d', ref])
    const run = await brief(repo)
    expect(run.status).toBe(0)
    expect(oneLine(run.stdout)).toContain(`the state branch ${STATE_BRANCH} was never fetched here`)
  })

  it('a corrupt state (projection.json changed by hand)', async () => {
    const repo = await impl1Checkout()
    await repo.git.run(['checkout', '-q', '-b', 'state-edit', `origin/${STATE_BRANCH}`])
    await repo.commit('state-edit', { 'projection.json': '{"schema":2,"features":{}}\n' }, 'hand edit')
    await repo.git.run(['push', '-q', 'origin', `state-edit:${STATE_BRANCH}`])
    await repo.git.run(['checkout', '-q', impl(1)])
    const run = await brief(repo)
    expect(run.status).toBe(0)
    expect(oneLine(run.stdout)).toMatch(/no brief: the state as fetched \([0-9a-f]{12}\) has a projection\.json/)
  })

  it('an unreachable remote is given up after --fetch-timeout; the brief is from the state as last fetched', async () => {
    const repo = await impl1Checkout()
    // A server that accepts and never answers: git would wait on it for as long as TCP lets it.
    const sockets: Socket[] = []
    const server: Server = createServer((s) => void sockets.push(s))
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    try {
      const { port } = server.address() as AddressInfo
      await repo.git.run(['remote', 'set-url', 'origin', `http://127.0.0.1:${port}/remote.git`])
      const run = await brief(repo, ['--fetch-timeout', '1'])
      expect(run.status).toBe(0)
      expect(oneLine(run.stdout)).toContain('fetch failed, brief from the state as last fetched (git fetch --quiet')
      expect(oneLine(run.stdout)).toContain('did not finish within 1000 ms and was stopped')
    } finally {
      for (const s of sockets) s.destroy()
      await new Promise((done) => server.close(done))
    }
  })
})
