// The hook command agents setup and init-feature write must run in the clone that reads it, the way Claude Code
// starts it (sh -c, CLAUDE_PROJECT_DIR, a PreToolUse payload on stdin), and the shared guide must be true on every branch.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { impl, overseer } from '../support/agent-feature'
import { runCliProcess, showFile } from '../support/cli'
import { makeFeatureRepo } from '../support/feature-repo'
import { cleanupTemp, tempDir, TestRepo } from '../support/repo'

afterAll(cleanupTemp)

const SPEC = '004-user-auth'

/** Every command of our PreToolUse entries in a Claude Code settings text. */
function hookCommands(settings: string): string[] {
  const parsed = JSON.parse(settings) as { hooks?: { PreToolUse?: Array<{ hooks: Array<{ command: string }> }> } }
  return (parsed.hooks?.PreToolUse ?? []).flatMap((e) => e.hooks.map((h) => h.command))
}

/** The command run as Claude Code runs a hook: `sh -c`, in the project, CLAUDE_PROJECT_DIR set, a PreToolUse payload on stdin. */
function runAsClaude(command: string, dir: string, env: Record<string, string | undefined> = {}) {
  const payload = {
    hook_event_name: 'PreToolUse',
    tool_name: 'Write',
    tool_input: { file_path: join(dir, 'src/new.ts'), content: '' },
    cwd: dir,
  }
  return spawnSync('sh', ['-c', `${command} --no-record`], {
    cwd: dir,
    input: JSON.stringify(payload),
    env: { ...process.env, ...env, CLAUDE_PROJECT_DIR: dir },
    encoding: 'utf8',
  })
}

describe('init-feature --agents claude and agents setup in a clone without node_modules', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    const r = await runCliProcess(['init-feature', SPEC, '--implementors', '2', '--agents', 'claude'], repo.dir)
    if (r.code !== 0) throw new Error(`init-feature failed (${r.code}): ${r.stderr}`)
    await repo.git.run(['fetch', '-q', 'origin'])
  })

  it('the committed hook and guide fit an implementor branch: the hook runs, the guide names no branch and claims no role', async () => {
    expect(existsSync(join(repo.dir, 'node_modules'))).toBe(false)
    const settings = (await showFile(repo.git, `origin/${impl(1)}`, '.claude/settings.json'))!
    const commands = hookCommands(settings)
    expect(commands).toEqual([`node ${resolve('bin/orchestrator-hook.js')}`])
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    const run = runAsClaude(commands[0]!, repo.dir)
    expect([run.status, run.stderr]).toEqual([0, ''])
    const guide = (await showFile(repo.git, `origin/${impl(1)}`, 'CLAUDE.md'))!
    expect(guide).toContain(`## Working on feature ${SPEC}`)
    for (const claim of [overseer, impl(1), 'Your branch', 'Working as the overseer', 'You integrate', 'not an agent branch'])
      expect(guide).not.toContain(claim)
  })

  it('agents setup refuses a hook that cannot run (no node on PATH) and writes nothing', async () => {
    await repo.git.run(['checkout', '-q', '-B', impl(2), `origin/${impl(2)}`])
    // A PATH with a shell and git, but no node: the CLI itself is started by its absolute node.
    const bin = tempDir('orch-no-node-')
    for (const tool of ['sh', 'git'])
      symlinkSync(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), join(bin, tool))
    const before = await repo.git.run(['status', '--porcelain', '--ignored'])
    const r = await runCliProcess(['agents', 'setup'], repo.dir, { PATH: bin })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`the check-path hook "node ${resolve('bin/orchestrator-hook.js')}" does not answer when Claude Code runs it`)
    expect(r.stderr).toMatch(/exit 127: .*node.*not found/)
    expect(r.stderr).toContain('nothing was written')
    expect(await repo.git.run(['status', '--porcelain', '--ignored'])).toBe(before)
    expect(existsSync(join(repo.dir, '.claude', 'settings.local.json'))).toBe(false)
    expect(existsSync(join(repo.dir, '.orchestrator', 'agent.local'))).toBe(false)
  })

  it('agents setup run as node <path>/bin/orchestrator.js writes a hook that runs there (and with --block)', async () => {
    await repo.git.run(['checkout', '-q', '-B', impl(2), `origin/${impl(2)}`])
    const r = await runCliProcess(['agents', 'setup'], repo.dir)
    expect([r.code, r.stderr]).toEqual([0, ''])
    const local = hookCommands(readFileSync(join(repo.dir, '.claude', 'settings.local.json'), 'utf8'))
    expect(local).toEqual([`node ${resolve('bin/orchestrator-hook.js')}`])
    expect(runAsClaude(local[0]!, repo.dir).status).toBe(0)
    expect((await runCliProcess(['agents', 'setup', '--block'], repo.dir)).code).toBe(0)
    const blocking = hookCommands(readFileSync(join(repo.dir, '.claude', 'settings.local.json'), 'utf8'))
    expect(blocking).toEqual([`node ${resolve('bin/orchestrator-hook.js')} --block`])
    expect(runAsClaude(blocking[0]!, repo.dir).status).toBe(0)
  })
})

describe('agents setup from an install in the project (node_modules)', () => {
  it('writes `npx --no-install orchestrator-hook`, which runs there', async () => {
    const repo = await makeFeatureRepo()
    expect((await runCliProcess(['init-feature', SPEC, '--implementors', '1'], repo.dir)).code).toBe(0)
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    // What `npm install --save-dev <tarball>` leaves: the package and its bin links (copied here, offline).
    const pkg = join(repo.dir, 'node_modules', 'agent-orchestrator')
    for (const part of ['package.json', 'bin', 'dist/cli', 'dist/check-path-hook']) cpSync(part, join(pkg, part), { recursive: true })
    mkdirSync(join(repo.dir, 'node_modules', '.bin'))
    for (const bin of ['orchestrator', 'orchestrator-hook'])
      symlinkSync(`../agent-orchestrator/bin/${bin}.js`, join(repo.dir, 'node_modules', '.bin', bin))
    const setup = spawnSync(process.execPath, [join(pkg, 'bin', 'orchestrator.js'), 'agents', 'setup'], { cwd: repo.dir, encoding: 'utf8' })
    expect([setup.status, setup.stderr]).toEqual([0, ''])
    const commands = hookCommands(readFileSync(join(repo.dir, '.claude', 'settings.local.json'), 'utf8'))
    expect(commands).toEqual(['npx --no-install orchestrator-hook'])
    expect(runAsClaude(commands[0]!, repo.dir).status).toBe(0)
  })
})

describe('agents setup under shared settings whose hook cannot run here', () => {
  it('warns that the committed hook fails on every edit in this clone, and still writes its own, which runs', async () => {
    const repo = await makeFeatureRepo()
    const r = await runCliProcess(['init-feature', SPEC, '--implementors', '1', '--agents', 'claude'], repo.dir)
    expect(r.code).toBe(0)
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    // What an action (or an older CLI) committed: the hook from the project's node_modules, which this clone has not.
    const sharedFile = join(repo.dir, '.claude', 'settings.json')
    const old = '"$CLAUDE_PROJECT_DIR"/node_modules/.bin/orchestrator-hook'
    writeFileSync(
      sharedFile,
      readFileSync(sharedFile, 'utf8').replace(JSON.stringify(`node ${resolve('bin/orchestrator-hook.js')}`), JSON.stringify(old)),
    )
    expect(hookCommands(readFileSync(sharedFile, 'utf8'))).toEqual([old])
    const setup = await runCliProcess(['agents', 'setup'], repo.dir)
    expect(setup.code).toBe(0)
    expect(setup.stderr).toContain('.claude/settings.json (committed) runs another hook of ours on every edit here, and it fails')
    expect(setup.stderr).toMatch(/exit 127: .*orchestrator-hook.*not found/)
    const local = hookCommands(readFileSync(join(repo.dir, '.claude', 'settings.local.json'), 'utf8'))
    expect(runAsClaude(local[0]!, repo.dir).status).toBe(0)
  })
})

describe('agents setup from a global install (npm install -g --prefix)', () => {
  it('writes `orchestrator-hook`, which runs with that PATH in a clone without node_modules', async () => {
    const packDir = tempDir('orch-pack-')
    const npmEnv = {
      ...process.env,
      npm_config_offline: 'true',
      npm_config_cache: join(packDir, 'cache'),
      npm_config_update_notifier: 'false',
    }
    const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { encoding: 'utf8', env: npmEnv })
      .trim()
      .split('\n')
      .pop()!
    const tool = join(packDir, 'tool')
    mkdirSync(tool)
    const install = spawnSync('npm', ['install', '-g', '--prefix', tool, '--no-audit', '--no-fund', join(packDir, name)], {
      cwd: packDir,
      encoding: 'utf8',
      env: npmEnv,
    })
    expect([install.status, install.stderr]).toEqual([0, expect.not.stringMatching(/ERR!/)])
    const repo = await makeFeatureRepo()
    const PATH = `${join(tool, 'bin')}:${process.env.PATH}`
    const orchestrator = (args: string[]) =>
      spawnSync(join(tool, 'bin', 'orchestrator'), args, { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, PATH } })
    const init = orchestrator(['init-feature', SPEC, '--implementors', '1', '--agents', 'claude'])
    expect([init.status, init.stderr]).toEqual([0, expect.any(String)])
    await repo.git.run(['fetch', '-q', 'origin'])
    expect(hookCommands((await showFile(repo.git, `origin/${impl(1)}`, '.claude/settings.json'))!)).toEqual(['orchestrator-hook'])
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    const setup = orchestrator(['agents', 'setup'])
    expect([setup.status, setup.stderr]).toEqual([0, ''])
    const commands = hookCommands(readFileSync(join(repo.dir, '.claude', 'settings.local.json'), 'utf8'))
    expect(commands).toEqual(['orchestrator-hook'])
    expect(existsSync(join(repo.dir, 'node_modules'))).toBe(false)
    const run = runAsClaude(commands[0]!, repo.dir, { PATH })
    expect([run.status, run.stderr]).toEqual([0, ''])
  }, 180_000)
})
