import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { impl, initFeature } from '../support/agent-feature'
import { makeFeatureRepo } from '../support/feature-repo'
import { tempDir } from '../support/repo'

/** What a shell gives for one command line, in `cwd`. */
function sh(line: string, cwd: string) {
  return spawnSync('sh', ['-c', line], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } })
}

describe('"Use it in your repository" (README)', () => {
  it('installs from a tarball: npx orchestrator runs the CLI, and every hint it prints works when copied', async () => {
    const readme = readFileSync('README.md', 'utf8')
    const section = readme.slice(readme.indexOf('## Use it in your repository'))
    expect(section).toContain('npm pack')
    expect(section).toContain('npm install --save-dev')
    expect(section).toContain('npx --package')
    // npm pack, as the README says (no build step: dist/ is committed).
    const packDir = tempDir('orch-pack-')
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { encoding: 'utf8' }).trim().split('\n').pop()!
    const repo = await makeFeatureRepo()
    await initFeature(repo, 1)
    // What `npm install --save-dev <tarball>` leaves: the package and its bin link (done offline here).
    const pkg = join(repo.dir, 'node_modules/agent-orchestrator')
    mkdirSync(pkg, { recursive: true })
    execFileSync('tar', ['xzf', join(packDir, tarball), '-C', pkg, '--strip-components=1'])
    mkdirSync(join(repo.dir, 'node_modules/.bin'))
    symlinkSync('../agent-orchestrator/bin/orchestrator.js', join(repo.dir, 'node_modules/.bin/orchestrator'))

    const version = sh('npx --no-install orchestrator --version', repo.dir)
    expect([version.status, version.stdout.trim()]).toEqual([0, JSON.parse(readFileSync('package.json', 'utf8')).version])
    const status = sh('npx --no-install orchestrator events status', repo.dir)
    expect([status.status, status.stdout]).toEqual([0, expect.stringContaining(impl(1))])
    // Hints name the way this CLI runs here, and run.
    const bogus = sh('npx --no-install orchestrator events bogus', repo.dir)
    expect(bogus.status).toBe(2)
    const groupHint = /Run "(npx orchestrator events <subcommand> --help)"/.exec(bogus.stderr)
    expect(groupHint).not.toBeNull()
    const unknown = sh('npx --no-install orchestrator nope', repo.dir)
    const hint = /run "([^"]+)" for the list/.exec(unknown.stderr)?.[1]
    expect(hint).toBe('npx orchestrator --help')
    expect(sh(hint!.replace('npx ', 'npx --no-install '), repo.dir).status).toBe(0)
    const option = sh('npx --no-install orchestrator run-tests --bogus', repo.dir)
    const optionHint = /run "([^"]+)"/.exec(option.stderr)?.[1]
    expect(optionHint).toBe('npx orchestrator role-ci --help')
    expect(sh(optionHint!.replace('npx ', 'npx --no-install '), repo.dir).status).toBe(0)
    // Outside the project, the hint is the script's own path.
    const outside = spawnSync(process.execPath, [join(pkg, 'bin/orchestrator.js'), 'nope'], {
      cwd: tempDir('orch-elsewhere-'),
      encoding: 'utf8',
    })
    const outsideHint = /run "([^"]+)" for the list/.exec(outside.stderr)?.[1]
    expect(outsideHint).toBe(`node ${resolve(pkg, 'bin/orchestrator.js')} --help`)
    expect(sh(outsideHint!, repo.dir).status).toBe(0)
  }, 120_000)
})
