// The CLI starts in a fraction of its bundle (#26 item 11): names, options and help come from
// commands/manifest.json, and each command's code is a chunk loaded when that command runs, so
// `orchestrator --help` parses one small file and a scan never parses the GitHub client.
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LAZY_ACTION_COMMANDS } from '../../shared/commands/lazy-actions'
import { LAZY_COMMANDS, loadCommand } from '../../shared/commands/lazy-registry'
import { ACTION_COMMANDS, COMMANDS } from '../../shared/commands/registry'
import { impl, initFeature } from '../support/agent-feature'
import { runScript } from '../support/cli'
import { makeFeatureRepo } from '../support/feature-repo'
import { cleanupTemp, tempDir } from '../support/repo'

afterAll(cleanupTemp)

const metadata = (list: typeof COMMANDS) =>
  list.map(({ name, aliases, summary, options, outputs }) => ({ name, aliases, summary, options, outputs }))

/** Runs the CLI bundle and returns what it printed and every file of code it loaded. */
async function runLogged(args: string[], cwd: string) {
  const log = join(tempDir('orch-modules-'), 'modules.txt')
  const r = await runScript('bin/orchestrator.js', args, cwd, {
    env: { ORCH_MODULE_LOG: log, NODE_OPTIONS: `--import=${resolve('test/support/module-log.mjs')}` },
  })
  let urls: string[] = []
  try {
    urls = readFileSync(log, 'utf8').trim().split('\n')
  } catch {
    // Nothing logged: the assertions below say so.
  }
  const files = urls.map((u) => fileURLToPath(u)).filter((f) => f.startsWith(resolve('dist')))
  return { ...r, files, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) }
}

const GITHUB_CLIENT_MARK = 'UND_ERR_CONNECT_TIMEOUT' // undici, the HTTP client under Octokit

describe('the CLI loads a command when it runs it', () => {
  it('the manifest holds every command of the registry, in order, with the same names, options and outputs', () => {
    expect(metadata(LAZY_COMMANDS)).toEqual(metadata(COMMANDS))
    expect(metadata(LAZY_ACTION_COMMANDS)).toEqual(metadata(ACTION_COMMANDS))
  })

  it('every command of the manifest loads the definition registry.ts lists', async () => {
    for (const c of COMMANDS) expect(await loadCommand(c.name)).toBe(c)
  })

  it('--help reads the entry file only, a small part of the bundle', async () => {
    const r = await runLogged(['--help'], tempDir('orch-help-'))
    expect(r.code).toBe(0)
    for (const c of COMMANDS) expect(r.stdout).toContain(c.aliases?.[0] ?? c.name)
    expect(r.files).toEqual([resolve('dist/cli/index.js')])
    expect(r.bytes).toBeLessThan(400_000)
  })

  it('a conflict scan loads its chunks, not the GitHub client, and still scans', async () => {
    const repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    await repo.commit(impl(1), { 'src/one.ts': 'export const one = 1\n' }, 'one', `origin/${impl(1)}`)
    await repo.push(impl(1))
    const r = await runLogged(['check-conflicts', '--branches', '**', '--record', 'false'], repo.dir)
    expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' })
    expect(r.files.length).toBeGreaterThan(1)
    expect(r.files.filter((f) => readFileSync(f, 'utf8').includes(GITHUB_CLIENT_MARK))).toEqual([])
  })
})
