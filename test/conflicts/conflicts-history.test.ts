import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ensureCommitGraph } from '../../shared/conflicts'
import { divergenceTips, measureDivergence, planDivergence } from '../../shared/conflicts'
import { HistoryGraph } from '../../shared/conflicts/history-graph'
import { gitProcessCount } from '../../shared/git/git'
import { ensureHistory } from '../../shared/conflicts'
import { scanPairs } from '../../shared/conflicts'
import type { AgentBranch } from '../../shared/conflicts'
import { InputError } from '../../shared/errors'
import { Git } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'
import { cleanupTemp, makeRepo, tempDir, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

let repo: TestRepo
const sha: Record<string, string> = {}

beforeAll(async () => {
  repo = await makeRepo({ 'shared.txt': 'one\ntwo\nthree\n' })
  for (let i = 0; i < 5; i++) await repo.commit('main', { [`history-${i}.txt`]: `${i}\n` }, `history ${i}`)
  sha.overseer = await repo.commit('feature/001-x/overseer', { 'plan.md': 'plan\n' }, 'overseer', 'main')
  sha.impl1 = await repo.commit('feature/001-x/impl-1', { 'shared.txt': 'one\nTWO from 1\nthree\n' }, 'impl 1', 'feature/001-x/overseer')
  await repo.commit('feature/001-x/impl-1', { 'more.txt': 'more\n' }, 'impl 1 again')
  sha.impl1 = (await repo.git.resolveCommit('feature/001-x/impl-1'))!
  sha.impl2 = await repo.commit('feature/001-x/impl-2', { 'shared.txt': 'one\nTWO from 2\nthree\n' }, 'impl 2', 'feature/001-x/overseer')
  sha.overseer = await repo.commit('feature/001-x/overseer', { 'plan.md': 'plan v2\n' }, 'overseer again')
  await repo.push('main', 'feature/001-x/overseer', 'feature/001-x/impl-1', 'feature/001-x/impl-2')
})

const agentBranches = (): AgentBranch[] => [
  { name: 'feature/001-x/overseer', sha: sha.overseer!, spec: '001-x', role: 'overseer' },
  { name: 'feature/001-x/impl-1', sha: sha.impl1!, spec: '001-x', role: 'implementor', index: 1 },
  { name: 'feature/001-x/impl-2', sha: sha.impl2!, spec: '001-x', role: 'implementor', index: 2 },
]

/** A clone like actions/checkout's default: one commit deep, plus the agent branches one commit deep. */
async function shallowClone(): Promise<Git> {
  const dir = join(tempDir('orch-shallow-'), 'clone')
  const outside = new Git(process.cwd())
  await outside.run(['clone', '-q', '--depth', '1', '--no-single-branch', `file://${repo.remote}`, dir])
  return new Git(dir)
}

describe('ensureHistory', () => {
  it('in a shallow clone, scanning says the history is missing; after ensureHistory the scan works', async () => {
    const git = await shallowClone()
    expect(await git.isShallow()).toBe(true)
    const pair = { left: 'feature/001-x/impl-1', right: 'feature/001-x/impl-2', leftSha: sha.impl1!, rightSha: sha.impl2! }
    const [before] = await scanPairs(git, [pair], { logger: new MemoryLogger() })
    expect(before).toMatchObject({ status: 'error', error: expect.stringMatching(/no common history.*shallow.*fetch-depth: 0/) })
    const logger = new MemoryLogger()
    const remoteTracking = await git.run(['for-each-ref', 'refs/remotes'])
    expect(await ensureHistory(git, { remote: 'origin', refs: agentBranches().map((b) => b.name), logger })).toEqual({ fetched: true })
    expect(await git.isShallow()).toBe(false)
    // The user's remote-tracking refs are left alone; the branches land in our private refs.
    expect(await git.run(['for-each-ref', 'refs/remotes'])).toBe(remoteTracking)
    expect(await git.resolveCommit('refs/orchestrator/heads/feature/001-x/impl-1')).toBe(sha.impl1)
    const [after] = await scanPairs(git, [pair], { logger })
    expect(after).toMatchObject({
      status: 'conflicted',
      files: [expect.objectContaining({ path: 'shared.txt', leftRanges: [{ start: 2, end: 2 }] })],
    })
    expect(await ensureHistory(git, { remote: 'origin', refs: [], logger })).toEqual({ fetched: false })
  })

  it('fails with advice to set fetch-depth: 0 when the history cannot be fetched', async () => {
    const git = await shallowClone()
    await git.run(['remote', 'set-url', 'origin', join(tempDir(), 'no-such-remote.git')])
    const error = await ensureHistory(git, { remote: 'origin', refs: ['feature/001-x/impl-1'], logger: new MemoryLogger() }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(/shallow.*fetch-depth: 0 on actions\/checkout/)
  })

  it('rejects option-like or malformed names before running git', async () => {
    const git = await shallowClone()
    await expect(ensureHistory(git, { remote: '--upload-pack=touch /tmp/x', refs: [], logger: new MemoryLogger() })).rejects.toThrow(
      InputError,
    )
    await expect(ensureHistory(git, { remote: 'origin', refs: ['a b'], logger: new MemoryLogger() })).rejects.toThrow(/"a b"/)
  })
})

describe('ensureCommitGraph', () => {
  it('writes a graph when missing, leaves a fresh one alone, and rewrites it when a branch moves past it', async () => {
    const clone = await repo.clone()
    const graphFile = join(clone.dir, '.git', 'objects', 'info', 'commit-graph')
    expect(existsSync(graphFile)).toBe(false)
    const logger = new MemoryLogger()
    expect(await ensureCommitGraph(clone.git, logger)).toMatchObject({ written: true, reason: 'no commit-graph yet' })
    expect(existsSync(graphFile)).toBe(true)
    expect(await ensureCommitGraph(clone.git, logger)).toEqual({ written: false, reason: 'up to date' })
    await clone.commit('main', { 'new.txt': 'new\n' }, 'a commit the graph does not know')
    expect(await ensureCommitGraph(clone.git, logger)).toMatchObject({
      written: true,
      reason: expect.stringMatching(/1 of \d+ branch tips/),
    })
    expect(await ensureCommitGraph(clone.git, logger)).toMatchObject({ written: false })
  })

  it('does nothing in a shallow clone', async () => {
    expect(await ensureCommitGraph(await shallowClone(), new MemoryLogger())).toEqual({ written: false, reason: 'shallow clone' })
  })
})

describe('measureDivergence', () => {
  it('counts commits ahead and behind, in parallel, and reports what it cannot measure', async () => {
    const requests = planDivergence(agentBranches(), { base: { name: 'main' } })
    expect(requests.map((r) => `${r.branch} vs ${r.against}`)).toEqual([
      'feature/001-x/overseer vs main',
      'feature/001-x/impl-1 vs feature/001-x/overseer',
      'feature/001-x/impl-2 vs feature/001-x/overseer',
    ])
    const result = await measureDivergence(repo.git, [...requests, { branch: 'gone', against: 'main' }], 2)
    expect(result).toEqual([
      { branch: 'feature/001-x/impl-1', against: 'feature/001-x/overseer', ahead: 2, behind: 1 },
      { branch: 'feature/001-x/impl-2', against: 'feature/001-x/overseer', ahead: 1, behind: 1 },
      { branch: 'feature/001-x/overseer', against: 'main', ahead: 2, behind: 0 },
      { branch: 'gone', against: 'main', ahead: null, behind: null, error: expect.stringMatching(/gone/) },
    ])
  })
  it("answers from the scan's walk when it holds every tip (no process), and walks again when it does not", async () => {
    const main = (await repo.git.resolveCommit('main'))!
    const base = { name: 'main', sha: main }
    const branches = agentBranches()
    const requests = planDivergence(branches, { base })
    // The reference: git's own count, one process per request.
    const reference = await measureDivergence(
      repo.git,
      requests.map(({ branch, against }) => ({ branch, against })),
      1,
    )
    const tips = divergenceTips(requests)
    expect(new Set(tips)).toEqual(new Set([sha.overseer, sha.impl1, sha.impl2, main]))
    // A walk from more tips than asked (as the scan's is: every pair's) answers the same, with no git process.
    const walk = await HistoryGraph.load(repo.git, [
      ...tips,
      await repo.commit('feature/001-x/impl-3', { 'x.txt': 'x\n' }, 'impl 3', 'main'),
    ])
    const before = gitProcessCount()
    expect(await measureDivergence(repo.git, requests, 1, undefined, walk)).toEqual(reference)
    expect(gitProcessCount() - before).toBe(0)
    // A walk that lacks a tip is not used: the divergence walks its own (two processes) and still agrees.
    const partial = await HistoryGraph.load(repo.git, [sha.impl1!, sha.overseer!])
    const again = gitProcessCount()
    expect(await measureDivergence(repo.git, requests, 1, undefined, partial)).toEqual(reference)
    expect(gitProcessCount() - again).toBe(2)
  })
  it('a divergence tip that breaks the shared walk (a commit the clone lacks) leaves the scan as it was, unshared', async () => {
    const pairs = [
      { left: 'feature/001-x/impl-1', right: 'feature/001-x/impl-2', leftSha: sha.impl1!, rightSha: sha.impl2! },
      { left: 'feature/001-x/impl-1', right: 'feature/001-x/overseer', leftSha: sha.impl1!, rightSha: sha.overseer! },
    ]
    // The reference: the same pairs scanned with no shared walk at all.
    const alone = await scanPairs(repo.git, pairs, { logger: new MemoryLogger() })
    const shared: { tips: string[]; graph?: HistoryGraph } = { tips: ['f'.repeat(40), sha.overseer!] }
    const logger = new MemoryLogger()
    expect(await scanPairs(repo.git, pairs, { logger, sharedGraph: shared })).toEqual(alone)
    expect(shared.graph).toBeUndefined()
    expect(logger.messages('debug').join('\n')).toMatch(/walked without them/)
    // With tips the clone has, the walk is shared and the verdicts are the same.
    const good: { tips: string[]; graph?: HistoryGraph } = { tips: [sha.overseer!, (await repo.git.resolveCommit('main'))!] }
    expect(await scanPairs(repo.git, pairs, { logger: new MemoryLogger(), sharedGraph: good })).toEqual(alone)
    expect(good.graph?.hasTip(good.tips[1]!)).toBe(true)
  })
})
