// The CLI looks up the person's git identity (the actor of what they record) only when a command records an
// event: a hook's check, status or the dashboard start no `git config` for it. A git on PATH that logs its
// arguments and runs the real one tells which git processes each command started.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { impl, initFeature } from '../support/agent-feature'
import { runCliProcess, runScript } from '../support/cli'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp, tempDir, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

const IDENTITY_LOOKUP = 'config --get-regexp ^user\\.(name|email)$'

describe('the actor identity is looked up on first use only', () => {
  let repo: TestRepo
  let log: string
  let env: Record<string, string>
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    const bin = tempDir('orch-git-log-')
    log = join(bin, 'calls.log')
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> "${log}"\nexec "${realGit}" "$@"\n`)
    chmodSync(join(bin, 'git'), 0o755)
    env = { PATH: `${bin}:${process.env.PATH}` }
  })

  /** The git command lines a CLI run started, and its result. */
  async function gitCalls(run: () => Promise<{ code: number; stdout: string; stderr: string }>) {
    rmSync(log, { force: true })
    const r = await run()
    let calls: string[] = []
    try {
      calls = readFileSync(log, 'utf8').split('\n').filter(Boolean)
    } catch {
      /* no git at all */
    }
    return { ...r, calls }
  }

  it('starts no identity lookup for check-path --hook, events status and the dashboard', async () => {
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    const payload = { hook_event_name: 'PreToolUse', tool_name: 'Write', tool_input: { file_path: join(repo.dir, 'src/app.ts') } }
    const runs = {
      hook: () =>
        runScript('bin/orchestrator.js', ['check-path', '--hook', '--no-record'], repo.dir, { env, stdin: JSON.stringify(payload) }),
      manual: () => runCliProcess(['check-path', 'src/app.ts'], repo.dir, env),
      status: () => runCliProcess(['events', 'status'], repo.dir, env),
      dashboard: () => runCliProcess(['dashboard', '--dir', join(tempDir('orch-site-'), 'site')], repo.dir, env),
    }
    for (const [name, run] of Object.entries(runs)) {
      const r = await gitCalls(run)
      expect([name, r.code, r.stderr]).toEqual([name, 0, expect.not.stringContaining('error')])
      // Each ran git (so the wrapper is on the path), but never the identity lookup.
      expect(r.calls.length).toBeGreaterThan(0)
      expect([name, r.calls.filter((c) => c === IDENTITY_LOOKUP)]).toEqual([name, []])
    }
  })

  // The identity comes with the rev-parse that opens the repository (git's trace reports the config it read): no
  // `git config` of its own. Where the environment keeps that trace's config keys for itself, it is asked once.
  it.each<[string, Record<string, string>, number]>([
    ['from the first rev-parse', {}, 0],
    ['with git config, once, when the environment names its own trace keys', { GIT_TRACE2_CONFIG_PARAMS: 'core.bare' }, 1],
  ])('a person who records an event is its actor: %s', async (_, extra, lookups) => {
    await repo.git.run(['checkout', '-q', 'main'])
    const id = `B${lookups}`
    const r = await gitCalls(() =>
      runCliProcess(['events', 'raise-blocker', id, 'waiting', '--feature', SPEC, '--json'], repo.dir, { ...env, ...extra }),
    )
    expect([r.code, r.stderr]).toEqual([0, expect.any(String)])
    expect(r.calls.filter((c) => c === IDENTITY_LOOKUP)).toHaveLength(lookups)
    const name = (await repo.git.run(['config', 'user.name'])).trim()
    const email = (await repo.git.run(['config', 'user.email'])).trim()
    const events = JSON.parse(r.stdout).events as Array<{ kind: string; actor: string }>
    expect(events.map((e) => [e.kind, e.actor])).toEqual([['blocker-raised', `${name} <${email}>`]])
  })
})
