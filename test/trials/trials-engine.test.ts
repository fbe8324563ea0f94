import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PairResult } from '../../shared/conflicts'
import { MemoryLogger } from '../../shared/logger'
import { runTrials } from '../../shared/trials/run-trials'
import { TrialCache, TrialCacheError } from '../../shared/trials/trial-cache'
import { commandKind, trialCommands } from '../../shared/trials/classify'
import type { TrialSettings } from '../../shared/trials'
import { cleanupTemp, makeRepo, tempDir, TestRepo } from '../support/repo'

afterAll(cleanupTemp)

const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [])

function settings(commands: string, extra: Partial<TrialSettings> = {}): TrialSettings {
  const named = commands.split('\n').map((l) => {
    const [name, ...rest] = l.split(': ')
    return { name: name!, command: rest.join(': ') }
  })
  return {
    mode: 'test',
    scope: 'overseer',
    commands: trialCommands(named, 'test'),
    maxPairs: 10,
    timeoutMs: 30_000,
    maxParallel: 2,
    ...extra,
  }
}

describe('the trial engine', () => {
  let repo: TestRepo
  let base: string
  let left: string
  let right: string
  let bumped: string
  const pair = (l: string, r: string): PairResult => ({ left: 'L', right: 'R', leftSha: l, rightSha: r, status: 'clean', files: [] })

  beforeAll(async () => {
    repo = await makeRepo({ 'package.json': '{ "name": "x" }\n', 'a.txt': 'a\n', 'b.txt': 'b\n' })
    base = await repo.git.run(['rev-parse', 'HEAD'])
    left = await repo.commit('left', { 'a.txt': 'a2\n' }, 'left', base)
    right = await repo.commit('right', { 'b.txt': 'b2\n' }, 'right', base)
    bumped = await repo.commit('bumped', { 'package.json': '{ "name": "x", "version": "2.0.0" }\n', 'c.txt': 'c\n' }, 'bump', base)
    await repo.git.run(['checkout', '-q', 'main'])
  })

  it('a check that fails once and passes again is flaky: not a conflict, and not cached', async () => {
    const marks = tempDir('orch-flaky-')
    // Fails the first time it sees each tree (a.txt + b.txt), passes after: every run is flaky.
    const flaky = `test: node -e "const fs=require('fs');const m=require('path').join('${marks}',fs.readFileSync('a.txt','utf8').trim()+fs.readFileSync('b.txt','utf8').trim());if(!fs.existsSync(m)){fs.writeFileSync(m,'');console.log('first run fails');process.exit(1)}"`
    const cache = new TrialCache('f')
    const logger = new MemoryLogger()
    const p = pair(left, right)
    const { trials } = await runTrials(repo.git, [p], { settings: settings(flaky), cache, logger })
    expect(trials.get(p)).toMatchObject({ verdict: 'flaky', reason: expect.stringMatching(/failed once, passed again: test/) })
    expect(cache.pair(left, right)).toBeUndefined()
    expect(cache.tip(left)).toBeUndefined()
    expect(logger.entries.some((e) => e.level === 'warning' && /flaky/.test(e.message))).toBe(true)
    // Run again: every tree has been seen, so it passes, and only now is it kept.
    const again = await runTrials(repo.git, [p], { settings: settings(flaky), cache, logger })
    expect(again.trials.get(p)?.verdict).toBe('passed')
    expect(cache.pair(left, right)).toEqual({ verdict: 'passed' })
  })

  it('a failure counts only when it reproduces, and a check that hangs is stopped at the time-out and not cached', async () => {
    const p = pair(left, right)
    const cache = new TrialCache('t')
    const hang = `test: node -e "if (require('fs').readFileSync('a.txt','utf8').trim() === 'a2' && require('fs').readFileSync('b.txt','utf8').trim() === 'b2') setTimeout(() => {}, 60000)"`
    const { trials, summary } = await runTrials(repo.git, [p], {
      settings: settings(hang, { timeoutMs: 1000 }),
      cache,
      logger: new MemoryLogger(),
    })
    expect(trials.get(p)).toMatchObject({
      verdict: 'test-conflict',
      failure: { check: 'test', exitCode: null, reason: expect.stringMatching(/^timed out after 1/) },
    })
    expect(summary.testConflicts).toBe(1)
    // Both tips passed and were kept; the merge's time-out was not (a slower machine decides it).
    expect(cache.tip(left)).toEqual({ ok: true })
    expect(cache.pair(left, right)).toBeUndefined()
  })

  it("runs the setup once per tip and links its products into each merge whose manifests equal a tip's", async () => {
    const log = join(tempDir('orch-setup-'), 'setup.txt')
    // The "install": a folder the checks need, made by the setup only.
    const setup = `echo setup >> "${log}" && mkdir -p deps && echo ok > deps/mod.txt`
    const check = `build: test -f deps/mod.txt && test "$(cat deps/mod.txt)" = ok`
    const same = pair(left, right)
    const differs = pair(left, bumped)
    const { trials, summary } = await runTrials(repo.git, [same, differs], {
      settings: settings(check, { setup, maxParallel: 1 }),
      logger: new MemoryLogger(),
    })
    expect(trials.get(same)).toMatchObject({ verdict: 'passed', setup: 'reused-left' })
    // left + bumped has bumped's package.json: that is bumped's manifest, so bumped's products fit.
    expect(trials.get(differs)).toMatchObject({ verdict: 'passed', setup: 'reused-right' })
    expect(summary.setupReused).toBe(2)
    // Each reuse saved the lending tip's setup (a shell start at least), and the summary says so.
    expect(summary.setupSavedMs).toBeGreaterThan(0)
    // Three tips, three setups; none for the merges.
    expect(lines(log)).toHaveLength(3)
  })

  it('runs the setup in the merge when its manifests match neither tip', async () => {
    const log = join(tempDir('orch-setup-'), 'setup.txt')
    const lockLeft = await repo.commit('lock-left', { 'package-lock.json': '{"l":1}\n' }, 'lock', base)
    const other = await repo.commit('other', { 'package.json': '{ "name": "y" }\n' }, 'other', base)
    await repo.git.run(['checkout', '-q', 'main'])
    const p = pair(lockLeft, other)
    const check = `build: test -f deps/mod.txt`
    const setup = `echo setup >> "${log}" && mkdir -p deps && echo ok > deps/mod.txt`
    const { trials } = await runTrials(repo.git, [p], { settings: settings(check, { setup }), logger: new MemoryLogger() })
    // The merge has left's lock file and right's package.json: neither tip's install fits it.
    expect(trials.get(p)).toMatchObject({ verdict: 'passed', setup: 'ran' })
    expect(lines(log)).toHaveLength(3)
  })

  it('runs the setup in the merge when the tip setup also wrote inside the tree, which links cannot lend', async () => {
    const log = join(tempDir('orch-setup-'), 'setup.txt')
    const withSub = await repo.commit('with-sub', { 'sub/keep.txt': 'k\n' }, 'sub', base)
    const other = await repo.commit('other-sub', { 'b.txt': 'b3\n' }, 'b3', withSub)
    const another = await repo.commit('another-sub', { 'a.txt': 'a3\n' }, 'a3', withSub)
    await repo.git.run(['checkout', '-q', 'main'])
    const p = pair(other, another)
    // A monorepo-like install: its product lives in a folder the tree already has.
    const setup = `echo setup >> "${log}" && echo ok > sub/installed.txt`
    const { trials } = await runTrials(repo.git, [p], {
      settings: settings('build: test -f sub/installed.txt', { setup }),
      logger: new MemoryLogger(),
    })
    expect(trials.get(p)).toMatchObject({ verdict: 'passed', setup: 'ran' })
    expect(lines(log)).toHaveLength(3)
  })

  it('checks run without the step tokens, runner files or git redirections in their environment', async () => {
    const p = pair(left, right)
    const saved = { ...process.env }
    Object.assign(process.env, {
      INPUT_TOKEN: 'ghs_secret',
      GITHUB_TOKEN: 'ghs_secret',
      GITHUB_OUTPUT: '/tmp/out',
      GIT_AUTHOR_NAME: 'leak',
      KEEP_ME: 'yes',
    })
    try {
      const probe = `build: node -e "const e=process.env; if (e.INPUT_TOKEN||e.GITHUB_TOKEN||e.GITHUB_OUTPUT||e.GIT_AUTHOR_NAME||e.KEEP_ME!=='yes'||e.CI!=='true') { console.error('leaked'); process.exit(1) }"`
      const { trials } = await runTrials(repo.git, [p], { settings: settings(probe), logger: new MemoryLogger() })
      expect(trials.get(p)?.verdict).toBe('passed')
    } finally {
      process.env = saved
    }
  })

  it('never writes into the clone: work tree, index, HEAD and refs are as before', async () => {
    writeFileSync(join(repo.dir, 'untracked.txt'), 'mine\n')
    const snapshot = async () => [
      await repo.git.run(['status', '--porcelain', '--untracked-files=all']),
      await repo.git.run(['for-each-ref']),
      await repo.git.run(['rev-parse', 'HEAD']),
      readFileSync(join(repo.dir, '.git', 'index')).toString('base64'),
    ]
    const before = await snapshot()
    await runTrials(repo.git, [pair(left, right)], { settings: settings('build: node -e 0'), logger: new MemoryLogger() })
    expect(await snapshot()).toEqual(before)
  })

  it('a trial cache from the state branch is checked: another fingerprint is ignored, a damaged one refused', () => {
    const sha = 'a'.repeat(40)
    const good = new TrialCache('fp')
    good.putTip(sha, { ok: true })
    good.putPair(sha, 'b'.repeat(40), { verdict: 'build-conflict', failure: { check: 'build', kind: 'build', exitCode: 1, tail: 'x' } })
    const text = good.serialize(new Set([sha, 'b'.repeat(40)]))
    expect(TrialCache.parse(text, 'fp')?.pair(sha, 'b'.repeat(40))?.verdict).toBe('build-conflict')
    expect(TrialCache.parse(text, 'other')).toBeNull()
    // Entries of commits that are no longer tips are dropped.
    expect(TrialCache.parse(good.serialize(new Set([sha])), 'fp')?.size).toBe(1)
    const data = JSON.parse(text)
    for (const damage of [
      (d: typeof data) => (d.pairs[`${sha} ${'b'.repeat(40)}`].verdict = 'passed'),
      (d: typeof data) => (d.tips['not-a-sha'] = { ok: true }),
      (d: typeof data) => (d.pairs[`${sha} ${'b'.repeat(40)}`].failure.kind = 'shell'),
    ]) {
      const copy = structuredClone(data)
      damage(copy)
      expect(() => TrialCache.parse(JSON.stringify(copy), 'fp')).toThrow(TrialCacheError)
    }
    expect(() => TrialCache.parse('not json', 'fp')).toThrow(TrialCacheError)
  })

  it('classifies checks by name: test, spec, e2e and runners are tests, the rest builds; build mode keeps only builds', () => {
    expect(
      ['lint', 'typecheck', 'build', 'test', 'test-integration', 'test-e2e', 'pytest', 'go test', 'cargo test', 'unit-spec', 'compile'].map(
        commandKind,
      ),
    ).toEqual(['build', 'build', 'build', 'test', 'test', 'test', 'test', 'test', 'test', 'test', 'build'])
    const cmds = [
      { name: 'test', command: 'npm test' },
      { name: 'build', command: 'npm run build' },
    ]
    expect(trialCommands(cmds, 'build').map((c) => c.name)).toEqual(['build'])
    expect(trialCommands(cmds, 'test').map((c) => c.name)).toEqual(['build', 'test'])
  })
})
