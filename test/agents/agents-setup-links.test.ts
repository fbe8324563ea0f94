import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { impl, initFeature } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo } from '../support/feature-repo'
import { snapshot } from '../support/repo-snapshot'
import { cleanupTemp, tempDir, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

/** Every entry under `dir` with its kind and content: what must not change outside the repository. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((p) => {
      const s = lstatSync(join(dir, p))
      return `${p} ${s.isDirectory() ? 'dir' : s.isSymbolicLink() ? 'link' : readFileSync(join(dir, p), 'utf8')}`
    })
}

/**
 * The six ways the issue found `agents setup` writing outside the repository through a symbolic link,
 * and the two unclear errors. Each: exit 2, the message names the path, nothing written anywhere.
 */
describe('agents setup never writes through a symbolic link (CLI bundle, real repository)', () => {
  let repo: TestRepo
  let outside: string
  const cli = () => runCliInProcess(['agents', 'setup'], repo.dir)
  const clean = () => {
    for (const p of ['.claude', 'CLAUDE.local.md', '.orchestrator', '.git/orchestrator'])
      rmSync(join(repo.dir, p), { recursive: true, force: true })
    if (lstatSync(join(repo.dir, '.git', 'info')).isSymbolicLink()) {
      rmSync(join(repo.dir, '.git', 'info'))
      renameSync(join(repo.dir, '.git', 'info-real'), join(repo.dir, '.git', 'info'))
    }
  }
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
  })
  beforeEach(() => {
    clean()
    outside = tempDir('orch-outside-')
    writeFileSync(join(outside, 'keep.txt'), 'a file of someone else\n')
  })

  /** Runs setup with a link planted; expects the refusal naming `named`, and nothing changed outside or in the repository. */
  async function refused(named: RegExp) {
    const before = listing(outside)
    const repoBefore = await snapshot(repo)
    const exclude = existsSync(join(repo.dir, '.git', 'info', 'exclude')) ? readFileSync(join(repo.dir, '.git', 'info', 'exclude')) : null
    const r = await cli()
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(named)])
    expect(r.stderr).toMatch(/symbolic link|folder/)
    expect(r.stderr).toContain('nothing was written')
    expect(listing(outside)).toEqual(before)
    expect(await snapshot(repo)).toEqual(repoBefore)
    if (exclude) expect(readFileSync(join(repo.dir, '.git', 'info', 'exclude')).equals(exclude)).toBe(true)
    expect(existsSync(join(repo.dir, '.git', 'orchestrator', 'agent-rules.json'))).toBe(false)
    return r
  }

  it('first, with no link, it writes (the baseline the refusals are measured against)', async () => {
    const r = await cli()
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(existsSync(join(repo.dir, '.claude', 'settings.local.json'))).toBe(true)
  })

  it('1. a symlinked .claude folder', async () => {
    symlinkSync(outside, join(repo.dir, '.claude'))
    await refused(/"[^"]*\/\.claude" is a symbolic link/)
  })

  it('2. a symlinked settings.local.json', async () => {
    mkdirSync(join(repo.dir, '.claude'))
    symlinkSync(join(outside, 'keep.txt'), join(repo.dir, '.claude', 'settings.local.json'))
    await refused(/\.claude\/settings\.local\.json" cannot be written: it is a symbolic link/)
  })

  it('3. a dangling link: its target is not created', async () => {
    mkdirSync(join(repo.dir, '.claude'))
    symlinkSync(join(outside, 'created-by-us.json'), join(repo.dir, '.claude', 'settings.local.json'))
    await refused(/settings\.local\.json" cannot be written: it is a symbolic link \(to "[^"]*created-by-us\.json"\)/)
    expect(existsSync(join(outside, 'created-by-us.json'))).toBe(false)
  })

  it('4. a symlinked CLAUDE.local.md (dangling or not)', async () => {
    symlinkSync(join(outside, 'keep.txt'), join(repo.dir, 'CLAUDE.local.md'))
    await refused(/CLAUDE\.local\.md" cannot be written: it is a symbolic link/)
  })

  it('5. a symlinked .orchestrator folder (the role file)', async () => {
    symlinkSync(outside, join(repo.dir, '.orchestrator'))
    await refused(/agent\.local" cannot be written: "[^"]*\/\.orchestrator" is a symbolic link/)
  })

  it('6. a symlinked .git/info (the exclude file)', async () => {
    renameSync(join(repo.dir, '.git', 'info'), join(repo.dir, '.git', 'info-real'))
    symlinkSync(outside, join(repo.dir, '.git', 'info'))
    await refused(/exclude" cannot be written: "[^"]*\/\.git\/info" is a symbolic link/)
  })

  it('7. a symlinked sidecar folder in .git (orchestrator/agent-rules.json)', async () => {
    symlinkSync(outside, join(repo.dir, '.git', 'orchestrator'))
    const r = await cli()
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/\.git\/orchestrator" is a symbolic link/)])
    expect(listing(outside)).toEqual(['keep.txt a file of someone else\n'])
    rmSync(join(repo.dir, '.git', 'orchestrator'))
  })

  it('a folder where the settings file belongs: a clear error naming it, no raw EISDIR', async () => {
    mkdirSync(join(repo.dir, '.claude', 'settings.local.json'), { recursive: true })
    const r = await refused(/\.claude\/settings\.local\.json" cannot be written: it is a folder, where a file belongs/)
    expect(r.stderr).not.toMatch(/EISDIR/)
  })

  it.each([
    ['not JSON', '{ broken'],
    ['not an object of rule lists', '{"allow": "Bash(*)"}'],
  ])('a bad sidecar file (%s) is named in the error, and nothing is written', async (_what, text) => {
    mkdirSync(join(repo.dir, '.git', 'orchestrator'), { recursive: true })
    writeFileSync(join(repo.dir, '.git', 'orchestrator', 'agent-rules.json'), text)
    const r = await cli()
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/"[^"]*\.git\/orchestrator\/agent-rules\.json" \(the rules agents setup wrote last time\) is not/)
    expect(existsSync(join(repo.dir, '.claude'))).toBe(false)
    expect(readFileSync(join(repo.dir, '.git', 'orchestrator', 'agent-rules.json'), 'utf8')).toBe(text)
  })
})
