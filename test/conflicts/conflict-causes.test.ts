import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { buildReport, planPairs, scanPairs } from '../../shared/conflicts'
import type { AgentBranch } from '../../shared/conflicts'
import { conflictCauses, type CommitPull } from '../../shared/detect-conflicts/attribute'
import { Git, type ExecOptions } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'
import { makeEvent } from '../../shared/state/events/events'
import { applyEvent, emptyProjection } from '../../shared/state/projection/projection'
import { runCliProcess } from '../support/cli'
import { startFakeGitHub } from '../support/fake-github'
import { runAction } from '../support/harness'
import { cleanupTemp, makeRepo, TestRepo } from '../support/repo'

const SPEC = '009-causes'
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const overseer = `feature/${SPEC}/overseer`
const file = (tag: string, edits: Record<number, string> = {}) =>
  Array.from({ length: 20 }, (_, i) => `${edits[i + 1] ?? `${tag} ${i + 1}`}\n`).join('')
const bundle = 'dist/detect-conflicts/index.js'

afterAll(cleanupTemp)

async function setUp(): Promise<TestRepo> {
  const repo = await makeRepo({
    'src/auth.py': file('auth'),
    'src/app.py': file('app'),
    'src/db.py': file('db'),
    [`specs/${SPEC}/spec.md`]: '# Causes\n',
    [`specs/${SPEC}/tasks.md`]: '- [ ] T001 x\n',
  })
  const r = await runCliProcess(['init-feature', SPEC, '--implementors', '3'], repo.dir)
  if (r.code !== 0) throw new Error(r.stderr)
  await repo.git.run(['fetch', '-q', 'origin'])
  return repo
}

/** Merges `branch` into the overseer with a merge commit (as GitHub's merge button does) and pushes; returns the merge commit. */
async function mergeIntoOverseer(repo: TestRepo, branch: string, message: string): Promise<string> {
  await repo.git.run(['fetch', '-q', 'origin'])
  await repo.git.run(['checkout', '-q', '-B', overseer, `origin/${overseer}`])
  await repo.git.run(['merge', '-q', '--no-ff', '-m', message, `origin/${branch}`])
  await repo.push(overseer)
  await repo.git.run(['checkout', '-q', 'main'])
  return (await repo.git.run(['rev-parse', overseer])).trim()
}

describe('detect-conflicts tells a branch which merge made it conflict with the overseer', () => {
  it('names the pull request, posts once, and says nothing about a conflict that existed before', async () => {
    const repo = await setUp()
    const gh = await startFakeGitHub({ owner: 'octo-org', repo: 'octo-repo' })
    try {
      await repo.commit(impl(1), { 'src/auth.py': file('auth', { 3: 'one' }) }, 'one', `origin/${impl(1)}`)
      await repo.commit(impl(2), { 'src/auth.py': file('auth', { 3: 'two' }) }, 'two', `origin/${impl(2)}`)
      await repo.commit(impl(3), { 'src/app.py': file('app', { 5: 'three' }) }, 'three', `origin/${impl(3)}`)
      await repo.commit(overseer, { 'src/app.py': file('app', { 5: 'overseer' }) }, 'overseer edit', `origin/${overseer}`)
      await repo.push(impl(1), impl(2), impl(3), overseer)
      await repo.git.run(['checkout', '-q', 'main'])
      const pr1 = gh.addPull({ head: impl(1), base: overseer, title: 'impl-1' })
      const pr2 = gh.addPull({ head: impl(2), base: overseer, title: 'impl-2' })
      const pr3 = gh.addPull({ head: impl(3), base: overseer, title: 'impl-3' })
      const env = { GITHUB_API_URL: gh.url }
      const inputs = { notify: 'pr', token: 'test-token', 'fail-on-conflict': 'false' }
      const first = await runAction({ bundle, cwd: repo.dir, inputs, env })
      expect(first.exitCode).toBe(0)
      expect(first.summary).not.toContain('by cause')
      const causeComments = (n: number) => gh.state.commentsOn(n).filter((c) => c.body?.includes('orchestrator:conflict-cause'))

      const merge = await mergeIntoOverseer(repo, impl(1), 'Merge pull request #1 from impl-1')
      gh.mergePull(pr1.number, merge)
      const second = await runAction({ bundle, cwd: repo.dir, inputs, env })
      expect(second.exitCode).toBe(0)
      expect(second.summary).toContain('### New conflicts with the overseer, by cause')
      expect(second.summary).toMatch(
        new RegExp(`${impl(2).replace(/[/-]/g, '.')} \\| #${pr1.number} \\(impl-1\\) \\| src/auth.py \\| #${pr2.number}: told`),
      )
      const told = causeComments(pr2.number)
      expect(told).toHaveLength(1)
      expect(told[0].body).toContain(`your branch now conflicts with the overseer because of #${pr1.number} (impl-1) in src/auth.py`)
      // impl-3 conflicted with the overseer before the merge: nothing about it.
      expect(causeComments(pr3.number)).toEqual([])
      expect(second.summary).not.toMatch(new RegExp(`${impl(3).replace(/[/-]/g, '.')} \\| #`))

      const third = await runAction({ bundle, cwd: repo.dir, inputs, env })
      expect(third.exitCode).toBe(0)
      expect(causeComments(pr2.number)).toHaveLength(1)
      expect(third.summary).not.toContain('by cause')
    } finally {
      await gh.close()
    }
  })
})

describe('conflict causes, with git and a stand-in for the API', () => {
  let repo: TestRepo
  let before: ReturnType<typeof emptyProjection>
  let c1: string
  let c2: string
  let c3: string
  const branches = async (): Promise<AgentBranch[]> => [
    { name: overseer, sha: (await repo.git.run(['rev-parse', `origin/${overseer}`])).trim(), spec: SPEC, role: 'overseer' },
    { name: impl(2), sha: (await repo.git.run(['rev-parse', `origin/${impl(2)}`])).trim(), spec: SPEC, role: 'implementor', index: 2 },
  ]
  const report = async () => {
    const list = await branches()
    const pairs = await scanPairs(repo.git, planPairs(list, { scope: 'feature' }), { logger: new MemoryLogger() })
    return buildReport({ scannedAt: new Date(0), scope: 'feature', branches: list, pairs })
  }
  const pull = (number: number, mergeCommitSha: string | null, base = overseer): CommitPull => ({
    number,
    head: impl(1),
    base,
    merged: true,
    mergeCommitSha,
  })

  beforeAll(async () => {
    repo = await setUp()
    await repo.commit(impl(2), { 'src/auth.py': file('auth', { 3: 'two' }) }, 'two', `origin/${impl(2)}`)
    await repo.push(impl(2))
    const start = (await repo.git.run(['rev-parse', `origin/${overseer}`])).trim()
    before = emptyProjection()
    applyEvent(
      before,
      makeEvent(
        'divergence-measured',
        SPEC,
        { branch: overseer, against: 'main', ahead: 0, behind: 0, sha: start },
        { actor: 't', time: new Date(0) },
      ),
    )
    // Three commits on the overseer; only the second touches line 3 of auth.py.
    c1 = await repo.commit(overseer, { 'src/db.py': file('db', { 1: 'x' }) }, 'db', `origin/${overseer}`)
    c2 = await repo.commit(overseer, { 'src/auth.py': file('auth', { 3: 'overseer' }), 'src/app.py': file('app', { 9: 'y' }) }, 'auth')
    c3 = await repo.commit(overseer, { 'src/db.py': file('db', { 1: 'x', 2: 'z' }) }, 'db again')
    await repo.push(overseer)
    await repo.git.run(['checkout', '-q', 'main'])
  })

  it('finds the commit that made the conflict and only the files it brought in', async () => {
    const causes = await conflictCauses(repo.git, await report(), before, null)
    expect(causes).toEqual([
      expect.objectContaining({
        branch: impl(2),
        commit: c2,
        files: ['src/auth.py'],
        message: `your branch now conflicts with the overseer since ${c2.slice(0, 7)} in src/auth.py`,
      }),
    ])
    expect([c1, c3]).not.toContain(causes[0].commit)
  })

  it('names a pull request only when exactly one merged pull request into the overseer has that merge commit', async () => {
    const r = await report()
    const named = await conflictCauses(repo.git, r, before, async () => [pull(7, c2)])
    expect(named[0].pull).toEqual({ number: 7, head: impl(1), agent: 'impl-1' })
    expect(named[0].message).toBe('your branch now conflicts with the overseer because of #7 (impl-1) in src/auth.py')
    for (const answer of [[pull(7, c3)], [pull(7, c2), pull(8, c2)], [pull(7, c2, 'main')], [{ ...pull(7, c2), merged: false }], null]) {
      const causes = await conflictCauses(repo.git, r, before, async () => answer)
      expect(causes[0].pull).toBeUndefined()
      expect(causes[0].message).toContain(`since ${c2.slice(0, 7)}`)
    }
  })

  it('blames nothing when the conflict was open before, when the branch itself made it, or when the overseer was rewritten', async () => {
    const r = await report()
    const open = structuredClone(before)
    const sha = (name: string) => r.branches.find((b) => b.name === name)!.sha
    applyEvent(
      open,
      makeEvent(
        'conflict-detected',
        SPEC,
        { left: overseer, right: impl(2), leftSha: sha(overseer), rightSha: sha(impl(2)), files: [] },
        { actor: 't', time: new Date(0) },
      ),
    )
    expect(await conflictCauses(repo.git, r, open, null)).toEqual([])
    // The branch's own change conflicts with the overseer as it was: not the merge's fault.
    const own = structuredClone(before)
    const ownEvent = makeEvent(
      'divergence-measured',
      SPEC,
      { branch: overseer, against: 'main', ahead: 0, behind: 0, sha: c2 },
      { actor: 't', time: new Date(1000) },
    )
    applyEvent(own, ownEvent)
    expect(await conflictCauses(repo.git, r, own, null)).toEqual([])
    // The old tip is not an ancestor of the new one.
    const other = await repo.commit('elsewhere', { 'x.txt': 'x\n' }, 'x', 'main')
    await repo.git.run(['checkout', '-q', 'main'])
    const rewritten = emptyProjection()
    applyEvent(
      rewritten,
      makeEvent(
        'divergence-measured',
        SPEC,
        { branch: overseer, against: 'main', ahead: 0, behind: 0, sha: other },
        { actor: 't', time: new Date(0) },
      ),
    )
    expect(await conflictCauses(repo.git, r, rewritten, null)).toEqual([])
  })
})

describe('conflict causes of several branches since one overseer move', () => {
  it('walks the overseer line and reads the blamed commit’s files once, whatever the number of branches', async () => {
    const repo = await setUp()
    for (const n of [1, 2, 3]) {
      await repo.commit(impl(n), { 'src/auth.py': file('auth', { 3: `impl ${n}` }) }, `impl ${n}`, `origin/${impl(n)}`)
      await repo.push(impl(n))
    }
    const start = (await repo.git.run(['rev-parse', `origin/${overseer}`])).trim()
    const before = emptyProjection()
    const measured = { branch: overseer, against: 'main', ahead: 0, behind: 0, sha: start }
    applyEvent(before, makeEvent('divergence-measured', SPEC, measured, { actor: 't', time: new Date(0) }))
    await repo.commit(overseer, { 'src/db.py': file('db', { 1: 'x' }) }, 'db', `origin/${overseer}`)
    const blamed = await repo.commit(overseer, { 'src/auth.py': file('auth', { 3: 'overseer' }) }, 'auth')
    await repo.push(overseer)
    await repo.git.run(['checkout', '-q', 'main'])
    const sha = async (b: string) => (await repo.git.run(['rev-parse', `origin/${b}`])).trim()
    const list: AgentBranch[] = [
      { name: overseer, sha: await sha(overseer), spec: SPEC, role: 'overseer' },
      ...(await Promise.all(
        [1, 2, 3].map(async (n): Promise<AgentBranch> => ({
          name: impl(n),
          sha: await sha(impl(n)),
          spec: SPEC,
          role: 'implementor',
          index: n,
        })),
      )),
    ]
    const pairs = await scanPairs(repo.git, planPairs(list, { scope: 'feature' }), { logger: new MemoryLogger() })
    const report = buildReport({ scannedAt: new Date(0), scope: 'feature', branches: list, pairs })
    const git = new CountingGit(repo.dir)
    const causes = await conflictCauses(git, report, before, null)
    // Each branch is blamed on the same commit, for the file it brought, as when each was traced alone.
    expect(causes.map((c) => [c.branch, c.commit, c.files])).toEqual([1, 2, 3].map((n) => [impl(n), blamed, ['src/auth.py']]))
    for (const n of [1, 2, 3]) {
      const alone = { ...report, pairs: report.pairs.filter((p) => p.left === impl(n) || p.right === impl(n)) }
      expect(await conflictCauses(repo.git, alone, before, null)).toEqual(causes.filter((c) => c.branch === impl(n)))
    }
    const runs = (name: string) => git.commands.filter((c) => c[0] === name).length
    expect(runs('rev-list')).toBe(1)
    expect(runs('diff')).toBe(1)
    // Per branch: the merge with the overseer as it was, then one per commit walked (the clean one and the blamed one).
    expect(runs('merge-tree')).toBe(3 * 3)
  })
})

class CountingGit extends Git {
  readonly commands: string[][] = []
  override async execBuffer(args: readonly string[], options?: ExecOptions) {
    this.commands.push([...args])
    return super.execBuffer(args, options)
  }
}
