import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { configOfTrace, Git, gitProcessCount, parseGitVersion, versionAtLeast, versionOfTrace } from '../../shared/git/git'
import { GitError } from '../../shared/errors'
import { checkoutFactArgs, checkoutFacts } from '../../shared/git/refs'
import { cleanupTemp, makeRepo, tempDir } from '../support/repo'

afterAll(cleanupTemp)

describe('git version check', () => {
  it('parses versions as git prints them', () => {
    expect(parseGitVersion('git version 2.39.5\n')).toMatchObject({ major: 2, minor: 39, patch: 5 })
    expect(parseGitVersion('git version 2.45.1.windows.1')).toMatchObject({ major: 2, minor: 45, patch: 1 })
    expect(() => parseGitVersion('hg 6.1')).toThrow(GitError)
  })
  it('compares against the minimum', () => {
    expect(versionAtLeast({ major: 2, minor: 38 }, { major: 2, minor: 38 })).toBe(true)
    expect(versionAtLeast({ major: 2, minor: 37 }, { major: 2, minor: 38 })).toBe(false)
    expect(versionAtLeast({ major: 3, minor: 0 }, { major: 2, minor: 38 })).toBe(true)
  })
  it('fails up front with a clear message when git is older than required', async () => {
    const git = new Git(process.cwd())
    await expect(git.assertVersion({ major: 99, minor: 0 })).rejects.toThrow(/too old: agent-orchestrator needs git 99.0 or newer/)
    await expect(git.assertVersion()).resolves.toMatchObject({ major: 2 })
  })
})

describe('Git', () => {
  it('runs commands with argument arrays and reports failures with stderr', async () => {
    const repo = await makeRepo()
    const head = await repo.git.resolveCommit('main')
    expect(head).toMatch(/^[0-9a-f]{40}$/)
    expect(await repo.git.resolveCommit('no-such-branch')).toBeNull()
    expect(await repo.git.resolveCommit('$(id)')).toBeNull()
    const err = await repo.git.run(['checkout', 'no-such-branch']).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(GitError)
    expect((err as GitError).stderr).toMatch(/no-such-branch/)
    expect((err as GitError).args).toEqual(['checkout', 'no-such-branch'])
  })
  it('answers ancestry, merge bases, ls-remote and blobs', async () => {
    const repo = await makeRepo()
    const base = (await repo.git.resolveCommit('main'))!
    const a = await repo.commit('a', { 'a.txt': 'a\n' })
    await repo.commit('b', { 'b.txt': 'b\n' }, 'b', 'main')
    await repo.push('a', 'b')
    expect(await repo.git.isAncestor(base, a)).toBe(true)
    expect(await repo.git.isAncestor(a, base)).toBe(false)
    expect(await repo.git.mergeBase('a', 'b')).toBe(base)
    const remote = await repo.git.lsRemote('origin')
    expect(remote.get('refs/heads/a')).toBe(a)
    expect([...remote.keys()].sort()).toEqual(['refs/heads/a', 'refs/heads/b', 'refs/heads/main'])
    const blob = await repo.git.writeBlob('héllo\n')
    expect(await repo.git.readBlob(blob)).toBe('héllo\n')
    expect(await repo.git.isShallow()).toBe(false)
  })
})

describe('what the first rev-parse tells', () => {
  it.each(['sha1', 'sha256'])(
    'gives a %s repository its object format and shallowness: what git says when asked alone, with no process more',
    async (format) => {
      const dir = join(tempDir('orch-format-'), 'repo')
      await new Git(process.cwd()).run(['init', '--quiet', `--object-format=${format}`, dir])
      const git = new Git(dir)
      expect(await git.isRepository()).toBe(true)
      const before = gitProcessCount()
      expect(await git.objectFormat()).toBe(format)
      expect(await git.isShallow()).toBe(false)
      expect(gitProcessCount()).toBe(before)
      // The reference: a Git that was not primed asks git itself.
      const fresh = new Git(dir)
      expect(await fresh.objectFormat()).toBe(await fresh.run(['rev-parse', '--show-object-format']))
      expect(await fresh.objectFormat()).toBe(format)
    },
  )
  // git's version comes with the first rev-parse: git writes it first in its trace2, here on a pipe of its own.
  // The reference is `git version` itself, in each format git may be told to trace in.
  it.each([{}, { GIT_TRACE2_BRIEF: '1' }])(
    'reads git version from the trace of any command, as `git version` says it (%o)',
    async (env) => {
      const git = new Git(tempDir('orch-trace-'), env)
      const r = await git.execBuffer(['rev-parse', '--git-dir'], { allowedExitCodes: [0, 128], trace: true })
      expect(r.exitCode).toBe(128)
      expect(r.trace).toMatch(/version/)
      expect(versionOfTrace(r.trace!)).toEqual(parseGitVersion(await new Git(process.cwd()).run(['version'])))
      expect(versionOfTrace('12:00:00.000000 common-main.c:51  start git rev-parse\n')).toBeNull()
    },
  )
  // The person's identity comes with it too: the reference is `git config --get-regexp` in the same folder,
  // with values in several scopes (the last wins), an equals sign and spaces in a name.
  it('reads the identity config from the same trace, as git config lists it', async () => {
    const repo = await makeRepo()
    const global = join(tempDir('orch-global-'), 'gitconfig')
    writeFileSync(global, '[user]\n\tname = Global = Person\n\temail = global@example.invalid\n')
    await repo.git.run(['config', 'user.name', '  Local Name  '])
    const git = new Git(repo.dir, { GIT_CONFIG_GLOBAL: global })
    const r = await git.execBuffer(['rev-parse', '--git-dir'], { trace: true, traceConfig: ['user.name', 'user.email'] })
    expect(r.traceConfig).toBe(true)
    const listed = (await git.exec(['config', '--get-regexp', '^user\\.(name|email)$'])).stdout.replace(/\n$/, '')
    expect(configOfTrace(r.trace!, ['user.name', 'user.email'])).toBe(listed)
    expect(listed.split('\n').length).toBeGreaterThanOrEqual(3)
    // Keys named by the environment already are theirs: nothing asked, nothing claimed.
    const theirs = await new Git(repo.dir, { GIT_TRACE2_CONFIG_PARAMS: 'core.*' }).execBuffer(['rev-parse', '--git-dir'], {
      trace: true,
      traceConfig: ['user.name'],
    })
    expect(theirs.traceConfig).toBe(false)
  })
  it('leaves a trace the person asked for to them', async () => {
    const file = join(tempDir('orch-own-trace-'), 'trace.txt')
    const git = new Git(process.cwd(), { GIT_TRACE2: file })
    const r = await git.execBuffer(['rev-parse', '--git-dir'], { trace: true })
    expect(r.trace).toBeUndefined()
    expect(readFileSync(file, 'utf8')).toMatch(/version \d+\.\d+/)
  })
  // The checkout's facts are asked with it; where git refuses them (a bare repository has no work tree, an
  // unborn branch no commit), the repository's own lines came first and are enough: no second process.
  it.each(['bare', 'unborn', 'checkout'] as const)('opens a repository (%s) with one process, the checkout asked with it', async (kind) => {
    const dir = join(tempDir('orch-open-'), 'repo')
    await new Git(process.cwd()).run(['init', '--quiet', ...(kind === 'bare' ? ['--bare'] : []), dir])
    if (kind === 'checkout')
      await new Git(dir).run(['-c', 'user.name=a', '-c', 'user.email=a@example.invalid', 'commit', '--quiet', '--allow-empty', '-m', 'one'])
    const git = new Git(dir)
    const before = gitProcessCount()
    const opened = await git.isRepositoryWith(checkoutFactArgs('orchestrator/x.json'))
    expect(opened.repository).toBe(true)
    expect(gitProcessCount() - before).toBe(1)
    if (kind === 'checkout') expect(opened.extra).toEqual(await checkoutFacts(new Git(dir), 'orchestrator/x.json'))
    else expect(opened.extra).toBeNull()
    // What it told is what git says when asked alone, and asking costs nothing more.
    const primed = gitProcessCount()
    expect(await git.objectFormat()).toBe('sha1')
    expect(await git.isShallow()).toBe(false)
    expect(await git.objectsDir()).toBe(await new Git(dir).run(['rev-parse', '--path-format=absolute', '--git-path', 'objects']))
    expect(gitProcessCount() - primed).toBe(1)
  })
  it('says a folder outside any repository is none, and primes nothing', async () => {
    const git = new Git(tempDir('orch-none-'))
    expect(await git.isRepository()).toBe(false)
    await expect(git.objectFormat()).rejects.toThrow(GitError)
  })
})
