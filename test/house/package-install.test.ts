// The package as a user installs it: only what runs, no dependencies, a small
// tarball, and a global or tool-folder install that leaves a non-JavaScript
// repository untouched (README "Use it in your repository").
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanupTemp, tempDir } from '../support/repo'

afterAll(cleanupTemp)

const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version as string
let packDir = ''
let tarball = ''

/** npm, offline, with a cache of its own (nothing from the user's npm). */
function npm(args: string[], cwd: string) {
  return spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_offline: 'true', npm_config_cache: join(packDir, 'cache'), npm_config_update_notifier: 'false' },
  })
}

/** A repository with no JavaScript in it. */
function pythonRepo(): string {
  const dir = tempDir('orch-python-')
  execFileSync('git', ['init', '-q', dir])
  writeFileSync(join(dir, 'app.py'), 'print("hello")\n')
  execFileSync('git', ['-C', dir, 'add', '.'])
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'python'])
  return dir
}

beforeAll(() => {
  packDir = tempDir('orch-pack-')
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { encoding: 'utf8' }).trim().split('\n').pop()!
  tarball = join(packDir, name)
}, 60_000)

describe('the package', () => {
  it('holds only what runs, has no dependencies, and packs to a small tarball', () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort()
    const allowed = /^package\/(package\.json|README\.md|LICENSE|bin\/[\w-]+\.js|dist\/(cli|check-path-hook)\/[\w.-]+)$/
    expect(files.filter((f) => !allowed.test(f))).toEqual([])
    expect(files).toEqual(expect.arrayContaining(['package/bin/orchestrator.js', 'package/dist/cli/index.js', 'package/LICENSE']))
    expect(files.some((f) => f.startsWith('package/test/') || f.startsWith('package/shared/') || f.startsWith('package/scripts/'))).toBe(
      false,
    )
    const manifest = JSON.parse(execFileSync('tar', ['xzfO', tarball, 'package/package.json'], { encoding: 'utf8' }))
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(statSync(tarball).size).toBeLessThan(3 * 1024 * 1024)
  })

  it('installs globally into a tool folder outside the work tree and runs in a non-JavaScript repository', () => {
    const tool = join(packDir, 'tool')
    mkdirSync(tool)
    const install = npm(['install', '-g', '--prefix', tool, '--no-audit', '--no-fund', tarball], packDir)
    expect(install.stderr).not.toMatch(/ERR!/)
    expect(install.status).toBe(0)
    const repo = pythonRepo()
    const version = spawnSync(join(tool, 'bin/orchestrator'), ['--version'], { cwd: repo, encoding: 'utf8' })
    expect([version.status, version.stdout.trim()]).toEqual([0, VERSION])
    const help = spawnSync(join(tool, 'bin/orchestrator'), ['check-path', '--help'], { cwd: repo, encoding: 'utf8' })
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('check-path')
    // The hook's command is installed beside it.
    const hook = spawnSync(join(tool, 'bin/orchestrator-hook'), [], { cwd: repo, input: '', encoding: 'utf8' })
    expect(hook.status).toBe(0)
    // Nothing landed in the repository.
    expect(execFileSync('git', ['-C', repo, 'status', '--porcelain', '--ignored'], { encoding: 'utf8' })).toBe('')
  }, 120_000)

  it('runs for one command with npx --package <tarball>, installing nothing into the repository', () => {
    const repo = pythonRepo()
    const r = npm(['exec', '--yes', '--package', tarball, '--', 'orchestrator', '--version'], repo)
    expect([r.status, r.stdout.trim()]).toEqual([0, VERSION])
    expect(execFileSync('git', ['-C', repo, 'status', '--porcelain', '--ignored'], { encoding: 'utf8' })).toBe('')
  }, 120_000)
})
