import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { confineWrite, readConfined, writeConfined } from '../../shared/confine-path'
import { InputError } from '../../shared/errors'
import { initFeature } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp, tempDir, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

describe('the write gate (in-process): lstat every component, refuse a link, write nothing', () => {
  let root: string
  let outside: string
  beforeAll(() => {
    root = tempDir('orch-root-')
    outside = tempDir('orch-outside-')
    writeFileSync(join(outside, 'target.txt'), 'theirs\n')
    mkdirSync(join(root, 'real'))
    symlinkSync(outside, join(root, 'linked-dir'))
    symlinkSync(join(outside, 'target.txt'), join(root, 'linked-file'))
    symlinkSync(join(outside, 'missing.txt'), join(root, 'dangling'))
    symlinkSync(join(root, 'real'), join(root, 'inner-link')) // a link that stays inside is refused too
    mkdirSync(join(root, 'a-folder'))
    writeFileSync(join(root, 'a-file'), 'x')
    execFileSync('mkfifo', [join(root, 'a-fifo')])
  })

  it.each([
    ['a linked folder on the way', 'linked-dir/new.txt', /"[^"]*linked-dir" is a symbolic link/],
    ['a linked folder deeper on the way', 'linked-dir/sub/new.txt', /linked-dir" is a symbolic link/],
    ['a link at the leaf', 'linked-file', /it is a symbolic link \(to "[^"]*target\.txt"\)/],
    ['a dangling link at the leaf', 'dangling', /it is a symbolic link \(to "[^"]*missing\.txt"\)/],
    ['a link that stays inside', 'inner-link/new.txt', /inner-link" is a symbolic link/],
    ['a folder at the leaf', 'a-folder', /it is a folder, where a file belongs/],
    ['a file where a folder belongs', 'a-file/new.txt', /a-file" is not a folder/],
    ['a fifo at the leaf', 'a-fifo', /not a regular file/],
    ['a path out of the root', '../escape.txt', /is not inside/],
    ['an absolute path elsewhere', '/etc/passwd', /is not inside/],
    ['the root itself', '.', /is not inside/],
  ])('%s: refused with exit 2, naming the path; nothing created', (_what, path, message) => {
    const before = readdirSync(outside).sort()
    for (const act of [() => confineWrite(root, path), () => writeConfined(root, path, 'ours\n'), () => readConfined(root, path)]) {
      expect(act).toThrow(InputError)
      expect(act).toThrow(message)
      expect(act).toThrow(/nothing was written/)
    }
    expect(readdirSync(outside).sort()).toEqual(before)
    expect(readFileSync(join(outside, 'target.txt'), 'utf8')).toBe('theirs\n')
    expect(existsSync(join(outside, 'missing.txt'))).toBe(false)
  })

  it('writes, appends and creates folders where no link is on the way', () => {
    writeConfined(root, 'real/deep/er/file.txt', 'one\n')
    writeConfined(root, 'real/deep/er/file.txt', 'two\n', 'file', { append: true })
    expect(readConfined(root, 'real/deep/er/file.txt')).toBe('one\ntwo\n')
    expect(readConfined(root, 'real/none.txt')).toBeNull()
  })

  it('names a long path whole: a refusal deep in a folder tree still says which file (not cut at 80 characters)', () => {
    const deep = join('real', 'a-rather-long-folder-name-for-a-path', 'another-long-folder-name-below-it', 'and-one-more')
    mkdirSync(join(root, deep), { recursive: true })
    mkdirSync(join(root, deep, 'the-settings.json'))
    const absolute = join(root, deep, 'the-settings.json')
    expect(absolute.length).toBeGreaterThan(100)
    expect(() => confineWrite(root, join(deep, 'the-settings.json'))).toThrow(
      `${JSON.stringify(absolute)} cannot be written: it is a folder`,
    )
  })
})

describe('files an input names for us to write are refused behind a link (CLI bundle)', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 1)
    mkdirSync(join(repo.dir, 'out'))
  })

  it('events export --file: a link to a tracked file of the workspace is not written through', async () => {
    const readme = readFileSync(join(repo.dir, 'README.md'), 'utf8')
    symlinkSync(join(repo.dir, 'README.md'), join(repo.dir, 'out', 'feature.md'))
    const r = await runCliInProcess(['events', 'export', SPEC, '--file', 'out/feature.md'], repo.dir)
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/file "out\/feature\.md" cannot be written: it is a symbolic link/)])
    expect(readFileSync(join(repo.dir, 'README.md'), 'utf8')).toBe(readme)
    const sqlite = await runCliInProcess(['events', 'export', '--format', 'sqlite', 'out/feature.md'], repo.dir)
    expect([sqlite.code, sqlite.stderr]).toEqual([2, expect.stringMatching(/cannot be written: it is a symbolic link/)])
    expect(readFileSync(join(repo.dir, 'README.md'), 'utf8')).toBe(readme)
  })

  it('check-conflicts --report-path: a linked folder on the way is refused before the scan', async () => {
    const outside = tempDir('orch-outside-')
    symlinkSync(outside, join(repo.dir, 'out', 'reports'))
    const r = await runCliInProcess(['check-conflicts', '--report-path', 'out/reports/r.json', '--record=false'], repo.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/report-path "out\/reports\/r\.json" (cannot be written|is not allowed)/)
    expect(readdirSync(outside)).toEqual([])
  })

  it('hooks install: a symlinked pre-push hook or .git/hooks folder is not written through', async () => {
    const outside = tempDir('orch-outside-')
    writeFileSync(join(outside, 'theirs'), '#!/bin/sh\nexit 0\n')
    symlinkSync(join(outside, 'theirs'), join(repo.dir, '.git', 'hooks', 'pre-push'))
    const leaf = await runCliInProcess(['hooks', 'install', '--force'], repo.dir)
    expect([leaf.code, leaf.stderr]).toEqual([2, expect.stringMatching(/pre-push" cannot be written: it is a symbolic link/)])
    expect(readFileSync(join(outside, 'theirs'), 'utf8')).toBe('#!/bin/sh\nexit 0\n')
    rmSync(join(repo.dir, '.git', 'hooks'), { recursive: true })
    symlinkSync(outside, join(repo.dir, '.git', 'hooks'))
    const folder = await runCliInProcess(['hooks', 'install'], repo.dir)
    expect([folder.code, folder.stderr]).toEqual([2, expect.stringMatching(/\.git\/hooks" is a symbolic link/)])
    expect(readdirSync(outside)).toEqual(['theirs'])
  })

  it('dashboard --dir: a linked folder on the way in the workspace is refused; nothing is written or removed there', async () => {
    const outside = tempDir('orch-outside-')
    mkdirSync(join(outside, 'site'))
    writeFileSync(join(outside, 'site', 'keep.html'), 'theirs')
    symlinkSync(outside, join(repo.dir, 'out', 'pages'))
    const r = await runCliInProcess(['dashboard', '--dir', 'out/pages/site'], repo.dir)
    expect([r.code, r.stderr]).toEqual([
      2,
      expect.stringMatching(/--dir "out\/pages\/site" cannot be written: "[^"]*out\/pages" is a symbolic link/),
    ])
    expect(readdirSync(outside, { recursive: true }).sort()).toEqual(['site', 'site/keep.html'])
  })
})
