import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { VerdictCache } from '../../shared/detect-conflicts/verdict-cache'
import type { PairResult } from '../../shared/conflicts'
import { VERDICT_CACHE_PATH, verdictFingerprint } from '../../shared/detect-conflicts/verdict-store'
import { Git } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'
import { writeStateFile } from '../../shared/state/log/state-file'
import { DEFAULT_STATE_BRANCH, StateStore } from '../../shared/views'
import { showFile } from '../support/cli'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp, tempDir, type TestRepo } from '../support/repo'

const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const five = (third: string) => `line1\nline2\n${third}\nline4\nline5\n`
const ZERO = '0'.repeat(40)

interface ScanJson {
  pairs: PairResult[]
}

/** A fresh clone of the remote, as a scheduled run gets it. */
async function freshClone(repo: TestRepo): Promise<string> {
  const dir = join(tempDir('orch-cache-clone-'), 'work')
  await new Git(repo.dir).run(['clone', '--quiet', repo.remote, dir])
  return dir
}

/** One scan in a fresh clone: the JSON report and the progress text of a second, identical text run. */
async function scan(repo: TestRepo, extra: string[] = []): Promise<{ pairs: PairResult[]; stderr: string }> {
  const dir = await freshClone(repo)
  const json = await runCliInProcess(['check-conflicts', '--scope', 'all', '--no-record', '--json', ...extra], dir)
  expect(json.stderr).not.toMatch(/error:/)
  return { pairs: (JSON.parse(json.stdout) as ScanJson).pairs, stderr: json.stderr }
}

async function scanText(repo: TestRepo, extra: string[] = []): Promise<string> {
  const r = await runCliInProcess(['check-conflicts', '--scope', 'all', '--no-record', ...extra], await freshClone(repo))
  return r.stderr
}

async function storedCache(repo: TestRepo): Promise<string | null> {
  return showFile(new Git(repo.remote), DEFAULT_STATE_BRANCH, VERDICT_CACHE_PATH)
}

async function putCache(repo: TestRepo, content: string): Promise<void> {
  const git = new Git(repo.dir)
  const store = new StateStore({ git, remote: 'origin', logger: new MemoryLogger() })
  const written = await writeStateFile(store, VERDICT_CACHE_PATH, content, { message: 'test: put a cache' })
  expect(written.pushed).toBe(true)
}

afterAll(cleanupTemp)

describe('the conflict verdict cache on the state branch', () => {
  let repo: TestRepo
  let reference: PairResult[]
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await repo.commit('main', { 'notes.txt': five('line3') }, 'notes')
    await repo.push('main')
    const init = await runCliInProcess(['init-feature', SPEC, '--implementors', '3'], repo.dir)
    if (init.code !== 0) throw new Error(init.stderr)
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.commit(impl(1), { 'notes.txt': five('one') }, 'one', `origin/${impl(1)}`)
    await repo.commit(impl(2), { 'notes.txt': five('two') }, 'two', `origin/${impl(2)}`)
    await repo.commit(impl(3), { 'other.txt': 'other\n' }, 'three', `origin/${impl(3)}`)
    await repo.push(impl(1), impl(2), impl(3))
    await repo.git.run(['checkout', '-q', 'main'])
    // The reference: every pair merged, no cache read or written.
    reference = (await scan(repo, ['--no-cache'])).pairs
    expect(reference.filter((p) => p.status === 'conflicted')).toHaveLength(1)
    expect(await storedCache(repo)).toBeNull()
  }, 120_000)

  it('a scan keeps its verdicts on the state branch, and a fresh clone answers every pair from them', async () => {
    const first = await scan(repo)
    expect(first.pairs).toEqual(reference)
    const stored = await storedCache(repo)
    expect(stored).not.toBeNull()
    const cache = VerdictCache.parse(stored!, await verdictFingerprint(repo.git))!
    expect(cache.size).toBe(reference.length)
    const again = await scan(repo)
    expect(again.pairs).toEqual(reference)
    expect(await scanText(repo)).toContain(`${reference.length}/${reference.length} pairs (${reference.length} cached, 0 merged)`)
  }, 120_000)

  it('a damaged cache means a full scan with a warning, and the next scan rewrites it', async () => {
    for (const damage of [
      '{ not json',
      JSON.stringify({
        kind: 'agent-orchestrator/conflict-verdicts',
        version: 1,
        fingerprint: await verdictFingerprint(repo.git),
        entries: { [`${reference[0]!.leftSha} ${reference[0]!.rightSha}`]: { status: 'maybe', mergeBase: null, files: [] } },
      }),
    ]) {
      await putCache(repo, damage)
      const damaged = await scan(repo)
      expect(damaged.stderr).toMatch(/conflict verdict cache at .* is ignored: it is damaged/)
      expect(damaged.pairs).toEqual(reference)
      expect(VerdictCache.parse((await storedCache(repo))!, await verdictFingerprint(repo.git))!.size).toBe(reference.length)
    }
  }, 120_000)

  it('a cache from another git version or other pins is ignored, even when it holds verdicts for these commits', async () => {
    const conflicted = reference.find((p) => p.status === 'conflicted')!
    const forged = {
      kind: 'agent-orchestrator/conflict-verdicts',
      version: 1,
      fingerprint: 'git 2.99.0; other pins',
      entries: Object.fromEntries(
        reference.map((p) => [`${p.leftSha} ${p.rightSha}`, { status: 'clean', mergeBase: p.mergeBase, files: [] }]),
      ),
    }
    await putCache(repo, JSON.stringify(forged))
    const r = await scan(repo)
    expect(r.pairs.find((p) => p.left === conflicted.left && p.right === conflicted.right)!.status).toBe('conflicted')
    expect(r.pairs).toEqual(reference)
    expect(await scanText(repo)).toContain(`(${reference.length} cached, 0 merged)`)
  }, 120_000)

  it('entries for commits that do not exist are ignored and not written back', async () => {
    const fingerprint = await verdictFingerprint(repo.git)
    const ghost = `${ZERO} ${'1'.repeat(40)}`
    await putCache(
      repo,
      JSON.stringify({
        kind: 'agent-orchestrator/conflict-verdicts',
        version: 1,
        fingerprint,
        entries: { [ghost]: { status: 'clean', mergeBase: ZERO, files: [] } },
      }),
    )
    const text = await scanText(repo)
    expect(text).toContain(`(0 cached, `)
    const stored = VerdictCache.parse((await storedCache(repo))!, fingerprint)!
    expect(stored.has({ leftSha: ZERO, rightSha: '1'.repeat(40) })).toBe(false)
    expect(stored.size).toBe(reference.length)
  }, 120_000)

  it('cache false merges every pair and leaves the stored cache alone', async () => {
    const before = await storedCache(repo)
    expect(await scanText(repo, ['--no-cache'])).toContain('(0 cached, ')
    expect(await storedCache(repo)).toBe(before)
  }, 120_000)
})
