import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AgentBranch, Divergence, PairResult } from '../../shared/conflicts'
import { measureDivergence, planDivergence } from '../../shared/conflicts'
import { SCAN_PHASES, type ScanTimings } from '../../shared/conflicts/phase-clock'
import { listAgentBranches } from '../../shared/agent-branches'
import { fetchBranches, privateHeads, privateRef, remoteHeads } from '../../shared/git/remote'
import { fetchScanBranches } from '../../shared/agent-branches'
import { DEFAULT_NAMING } from '../../shared/naming/branch-pattern'
import { Git } from '../../shared/git/git'
import { GitError } from '../../shared/errors'
import { runCliProcess } from '../support/cli'
import { cloneCorpus, requireCorpus } from '../support/corpus'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp, tempDir, type TestRepo } from '../support/repo'

// A scheduled re-scan runs the CLI in a fresh clone with recording on. When no tip moved it must cost
// a bounded number of git processes whatever the number of branches, and the divergence it reports
// from the state branch's cache must be what git counts.

const IMPLEMENTORS = 12
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const overseer = `feature/${SPEC}/overseer`
const five = (third: string) => `line1\nline2\n${third}\nline4\nline5\n`
/**
 * git processes a nothing-moved re-scan may start (#27), the CLI's own start-up included: version, git dir,
 * and one rev-parse for the checkout (the checked-out branch, an agent's being the actor of what its clone
 * records, and where check-path's cache lies).
 */
const BOUND = 8

interface ScanJson {
  branches: AgentBranch[]
  pairs: PairResult[]
  divergence: Divergence[]
  timings: ScanTimings
}

async function freshClone(repo: TestRepo): Promise<string> {
  const dir = join(tempDir('orch-rescan-'), 'work')
  await new Git(repo.dir).run(['clone', '--quiet', repo.remote, dir])
  return dir
}

/** The CLI scan in a fresh clone, recording on; with `trace`, every git process it starts is listed (GIT_TRACE2_EVENT). */
async function scan(repo: TestRepo, extra: string[] = [], trace = false): Promise<{ json: ScanJson; dir: string; started: string[][] }> {
  const dir = await freshClone(repo)
  const traceFile = join(tempDir('orch-rescan-trace-'), 'trace.json')
  const r = await runCliProcess(
    ['check-conflicts', '--scope', 'all', '--json', ...extra],
    dir,
    trace ? { GIT_TRACE2_EVENT: traceFile } : {},
  )
  expect(r.stderr).not.toMatch(/error:/)
  const started = trace
    ? readFileSync(traceFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { event: string; sid: string; argv?: string[] })
        // A process the CLI started has a session id of its own; git's children (upload-pack, …) have "parent/child".
        .filter((e) => e.event === 'start' && !e.sid.includes('/'))
        .map((e) => e.argv!.slice(1))
    : []
  return { json: JSON.parse(r.stdout) as ScanJson, dir, started }
}

/** What `git rev-list --left-right --count` says of each divergence, in `dir`. */
async function gitCounts(dir: string, json: ScanJson): Promise<Divergence[]> {
  const git = new Git(dir)
  const shaOf = new Map(json.branches.map((b) => [b.name, b.sha]))
  const out: Divergence[] = []
  for (const d of json.divergence) {
    const against = shaOf.get(d.against) ?? (await git.run(['rev-parse', `origin/${d.against}`]))
    const [ahead, behind] = (await git.run(['rev-list', '--left-right', '--count', `${shaOf.get(d.branch)!}...${against}`]))
      .split(/\s+/)
      .map(Number)
    out.push({ branch: d.branch, against: d.against, ahead: ahead!, behind: behind! })
  }
  return out
}

afterAll(cleanupTemp)

describe('a scheduled re-scan (CLI bundle, fresh clone, recording on)', () => {
  let repo: TestRepo
  let first: ScanJson
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await repo.commit('main', { 'notes.txt': five('line3') }, 'notes')
    await repo.push('main')
    const init = await runCliProcess(['init-feature', SPEC, '--implementors', String(IMPLEMENTORS)], repo.dir)
    if (init.code !== 0) throw new Error(init.stderr)
    await repo.git.run(['fetch', '-q', 'origin'])
    for (let n = 1; n <= IMPLEMENTORS; n++)
      await repo.commit(
        impl(n),
        n % 3 ? { 'notes.txt': five(`impl ${n}`) } : { [`own-${n}.txt`]: `${n}\n` },
        `work ${n}`,
        `origin/${impl(n)}`,
      )
    await repo.push(...Array.from({ length: IMPLEMENTORS }, (_, i) => impl(i + 1)))
    first = (await scan(repo)).json
    expect(first.pairs.filter((p) => p.status === 'conflicted').length).toBeGreaterThan(0)
  }, 240_000)

  it('spawns a bounded number of git processes when nothing moved, and --json says where they went', async () => {
    const again = await scan(repo, [], true)
    expect(again.json.pairs).toEqual(first.pairs)
    expect(again.json.divergence).toEqual(first.divergence)
    // 13 branches: one rev-parse per branch and one rev-list per divergence would be 30 and more.
    expect(again.started.length).toBeLessThanOrEqual(BOUND)
    expect(again.started.filter((a) => a[0] === 'rev-list' || (a[0] === 'rev-parse' && a.includes('--verify'))).length).toBeLessThanOrEqual(
      1,
    )
    const t = again.json.timings
    expect(Object.keys(t).sort()).toEqual([...SCAN_PHASES, 'total'].sort())
    for (const p of [...SCAN_PHASES, 'total'] as const) {
      expect(Number.isInteger(t[p].ms) && t[p].ms >= 0).toBe(true)
      expect(Number.isInteger(t[p].git) && t[p].git >= 0).toBe(true)
    }
    // Every process the command started is counted, in one place (shared/git), by phase: its start-up's too
    // (the report says what the run cost, not only the scan).
    expect(SCAN_PHASES.reduce((n, p) => n + t[p].git, 0)).toBe(t.total.git)
    expect(t.total.git).toBe(again.started.length)
    // git's version comes with the first rev-parse (its trace): no `git version`, and the verdict cache's
    // fingerprint names the version `git version` prints.
    expect(again.started.filter((a) => a[0] === 'version')).toHaveLength(0)
    const cache = await new Git(again.dir).run(['cat-file', 'blob', 'origin/orchestrator/state:cache/conflict-verdicts.json'])
    expect((JSON.parse(cache) as { fingerprint: string }).fingerprint).toContain(`git ${await new Git(again.dir).run(['version'])};`)
    // One rev-parse opens the repository and says what the checkout is (the actor's branch, check-path's
    // cache): no symbolic-ref, no second rev-parse.
    expect(again.started.filter((a) => a[0] === 'symbolic-ref')).toHaveLength(0)
    expect(again.started.filter((a) => a[0] === 'rev-parse')).toHaveLength(1)
    expect(again.started.filter((a) => a[0] === 'rev-parse' && a.includes('--show-toplevel'))).toHaveLength(1)
    // The actor (run by a person, on main here: events carry the git identity) is looked up only when an event
    // is made: nothing new, no `git config`.
    expect(again.started.filter((a) => a[0] === 'config')).toHaveLength(0)
    expect(t.merges.git + t.shortcut.git + t.ranges.git + t.divergence.git).toBe(0)
    // A fresh clone has every listed tip, the state branch's too: the one ls-remote lists them all, nothing is
    // fetched, and the state is read at the commit listed (its private ref set with the others); nothing is pushed.
    expect(again.started.filter((a) => a[0] === 'fetch')).toHaveLength(0)
    expect(again.started.filter((a) => a[0] === 'ls-remote')).toHaveLength(1)
    expect(again.started.filter((a) => a[0] === 'push')).toHaveLength(0)
    const stateTip = (await new Git(again.dir).run(['ls-remote', 'origin', 'refs/heads/orchestrator/state'])).split('\t')[0]
    expect(await new Git(again.dir).run(['rev-parse', 'refs/orchestrator/remote-state/origin/orchestrator/state'])).toBe(stateTip)
  }, 120_000)

  it('fetches the tips a clone does not have, and pins the listed ones it has without a fetch', async () => {
    const stale = await freshClone(repo)
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.commit(impl(2), { 'own-2b.txt': 'later\n' }, 'impl 2 moves after the clone', `origin/${impl(2)}`)
    await repo.push(impl(2))
    const remote = await remoteHeads(new Git(stale), 'origin', ['feature/*/*'])
    for (const dir of [stale, await freshClone(repo)]) {
      const git = new Git(dir)
      const listed = await fetchScanBranches(git, 'origin', DEFAULT_NAMING, [])
      expect(new Map(listed.branches.map((b) => [b.name, b.sha]))).toEqual(remote)
      // The pins are written beside the scan's first work: there once awaited.
      await listed.pinned
      expect(await privateHeads(git)).toEqual(new Map([...remote, ['main', listed.base!.sha]]))
      expect(listed.base!.sha).toBe(await git.run(['rev-parse', 'origin/main']))
      // Every commit is here now, with its history.
      expect(await git.run(['rev-list', '--count', listed.branches.find((b) => b.name === impl(2))!.sha])).toMatch(/^\d+$/)
    }
  }, 120_000)

  it('pins beside the work and says when the pin failed: the commits listed are given at once, the error where it is awaited', async () => {
    const dir = await freshClone(repo)
    const git = new Git(dir)
    // Another process holds one ref's lock: the one update-ref (all or none) fails.
    const locked = join(dir, '.git', `${privateRef(impl(3))}.lock`)
    mkdirSync(join(locked, '..'), { recursive: true })
    writeFileSync(locked, '')
    const listed = await fetchScanBranches(git, 'origin', DEFAULT_NAMING, [])
    expect(new Map(listed.branches.map((b) => [b.name, b.sha]))).toEqual(await remoteHeads(git, 'origin', ['feature/*/*']))
    await expect(listed.pinned).rejects.toThrow(GitError)
    expect(await privateHeads(git)).toEqual(new Map())
  }, 60_000)

  it('after tips move, the divergence (cached for the others) is what git rev-list --left-right --count says', async () => {
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.commit(overseer, { 'overseer.txt': 'moved\n' }, 'overseer moves', `origin/${overseer}`)
    await repo.commit(impl(1), { 'notes.txt': five('impl 1 again') }, 'impl 1 moves', `origin/${impl(1)}`)
    await repo.commit('main', { 'main.txt': 'main moves\n' }, 'main moves', 'origin/main')
    await repo.push(overseer, impl(1), 'main')
    const before = await repo.git.run(['ls-remote', 'origin', 'refs/heads/orchestrator/state'])
    const moved = await scan(repo, [], true)
    expect(moved.json.divergence).toEqual(await gitCounts(moved.dir, moved.json))
    // The pairs' history and the divergence the cache lacks (the overseer and main moved) come from one walk.
    expect(moved.started.filter((a) => a[0] === 'merge-base' && a.includes('--octopus'))).toHaveLength(1)
    expect(moved.started.filter((a) => a[0] === 'rev-list' && a.includes('--topo-order'))).toHaveLength(1)
    expect(moved.json.timings.divergence.git).toBe(0)
    // The new events and the verdict cache are one commit, pushed once.
    expect(moved.started.filter((a) => a[0] === 'push')).toHaveLength(1)
    // Its objects are written in the object format the CLI's first rev-parse told: not asked again.
    const firsts = moved.started.filter((a) => a[0] === 'rev-parse' && a.includes('--show-object-format'))
    expect(firsts).toHaveLength(1)
    expect(firsts[0]!.slice(0, 4)).toEqual(['rev-parse', '--is-shallow-repository', '--show-object-format', '--git-dir'])
    const state = new Git(moved.dir)
    await state.run(['fetch', '-q', 'origin', 'orchestrator/state'])
    expect(await state.run(['rev-parse', 'FETCH_HEAD^'])).toBe(before.split('\t')[0])
    const written = (await state.run(['diff-tree', '--no-commit-id', '--name-only', '-r', 'FETCH_HEAD^', 'FETCH_HEAD'])).split('\n')
    expect(written).toEqual(expect.arrayContaining(['cache/conflict-verdicts.json', 'projection.json']))
    expect(written.some((p) => p.startsWith('events/'))).toBe(true)
    // Its objects went in as a pack and its index written in process (no index-pack), and the events carry the
    // person's identity as `git config` gives it, reported by the first rev-parse: no `git config` process.
    expect(moved.started.filter((a) => a[0] === 'index-pack' || a[0] === 'config')).toEqual([])
    const who = `${await state.run(['config', 'user.name'])} <${await state.run(['config', 'user.email'])}>`
    const recent = (
      JSON.parse(await state.run(['show', 'FETCH_HEAD:projection.json'])) as { recent: Array<{ actor: string; time: string }> }
    ).recent
    const newest = recent.reduce((a, b) => (a.time >= b.time ? a : b))
    expect(newest.actor).toBe(who)
    await state.run(['fsck', '--strict', '--no-dangling'])
    const cached = JSON.parse(await state.run(['show', 'FETCH_HEAD:cache/conflict-verdicts.json'])) as { entries: Record<string, unknown> }
    const movedSha = moved.json.branches.find((b) => b.name === impl(1))!.sha
    expect(Object.keys(cached.entries).filter((k) => k.split(' ').includes(movedSha))).toHaveLength(IMPLEMENTORS)
    expect(moved.json.divergence.find((d) => d.branch === impl(2))).toMatchObject({ behind: 1 })
    // And a re-scan after the move, answered from the cache alone, says the same.
    const again = await scan(repo)
    expect(again.json.divergence).toEqual(moved.json.divergence)
    expect(again.json.timings.divergence.git).toBe(0)
    const uncached = await scan(repo, ['--no-cache'])
    expect(again.json.pairs).toEqual(uncached.json.pairs)
  }, 180_000)
})

const maybe = requireCorpus() ? describe : describe.skip

maybe('divergence from one history walk on real history (flask corpus)', () => {
  it('equals git rev-list --left-right --count for every branch against every overseer and main', async () => {
    const corpus = await cloneCorpus()
    const listed = await listAgentBranches(corpus.git, corpus.remote, DEFAULT_NAMING)
    const fetched = await fetchBranches(corpus.git, corpus.remote, [...listed.map((b) => b.name), 'main'])
    const branches = listed.map((b) => ({ ...b, sha: fetched.get(b.name)! }))
    const base = { name: 'main', sha: fetched.get('main')! }
    // The plan's requests, and every branch against every overseer (more ranges than a scan asks).
    const requests = [
      ...planDivergence(branches, { base }),
      ...branches.flatMap((b) =>
        branches
          .filter((o) => o.role === 'overseer' && o.name !== b.name)
          .map((o) => ({ branch: b.name, against: o.name, branchSha: b.sha, againstSha: o.sha })),
      ),
    ]
    const walked = await measureDivergence(corpus.git, requests)
    const counted: Divergence[] = []
    for (const r of requests) {
      const [ahead, behind] = (await corpus.git.run(['rev-list', '--left-right', '--count', `${r.branchSha}...${r.againstSha}`]))
        .split(/\s+/)
        .map(Number)
      counted.push({ branch: r.branch, against: r.against, ahead: ahead!, behind: behind! })
    }
    const key = (d: Divergence) => `${d.branch} ${d.against} ${d.ahead} ${d.behind}`
    expect(walked.map(key).sort()).toEqual(counted.map(key).sort())
  }, 300_000)
})
