import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { fetchAgentBranches } from '../../shared/agent-branches'
import { scanVerdict } from '../../shared/conflicts/verdict'
import type { PairResult } from '../../shared/conflicts'
import { DEFAULT_NAMING } from '../../shared/naming/branch-pattern'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp, TestRepo } from '../support/repo'

const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const five = (third: string | null) => ['line1', 'line2', third, 'line4', 'line5'].filter((l) => l !== null).join('\n') + '\n'

interface ScanJson {
  pairs: PairResult[]
  newConflicts: number
  resolvedConflicts: number
  recorded: number
}

async function scan(repo: TestRepo): Promise<{ code: number; json: ScanJson; stderr: string }> {
  const r = await runCliInProcess(['check-conflicts', '--json'], repo.dir)
  return { code: r.code, json: JSON.parse(r.stdout) as ScanJson, stderr: r.stderr }
}

async function status(repo: TestRepo): Promise<{ openConflicts: Array<{ id: string; manual: boolean; reason?: string }> }[]> {
  const r = await runCliInProcess(['events', 'status', SPEC, '--json'], repo.dir)
  return (JSON.parse(r.stdout) as { features: { openConflicts: Array<{ id: string; manual: boolean; reason?: string }> }[] }).features
}

afterAll(cleanupTemp)

describe('the conflict lifecycle follows reality', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await repo.commit('main', { 'notes.txt': five('line3') }, 'notes')
    await repo.push('main')
    const r = await runCliInProcess(['init-feature', SPEC, '--implementors', '3'], repo.dir)
    if (r.code !== 0) throw new Error(r.stderr)
    await repo.git.run(['fetch', '-q', 'origin'])
    // The most ordinary conflict: impl-1 deletes line 3, impl-2 changes it.
    await repo.commit(impl(1), { 'notes.txt': five(null) }, 'delete line 3', `origin/${impl(1)}`)
    await repo.commit(impl(2), { 'notes.txt': five('changed') }, 'change line 3', `origin/${impl(2)}`)
    await repo.push(impl(1), impl(2))
    await repo.git.run(['checkout', '-q', 'main'])
  })

  it('records a deletion against a change with an empty range, and says so in text', async () => {
    const first = await scan(repo)
    expect(first.code).toBe(1)
    const pair = first.json.pairs.find((p) => p.status === 'conflicted')!
    expect(pair.files[0]).toMatchObject({ path: 'notes.txt', leftRanges: [{ start: 3, end: 2 }], rightRanges: [{ start: 3, end: 3 }] })
    expect(first.json.recorded).toBeGreaterThan(0)
    const text = await runCliInProcess(['check-conflicts'], repo.dir)
    expect(text.stdout).toContain('notes.txt (content) lines deleted at line 3 | 3')
    expect(text.stdout).not.toMatch(/3-2/)
  })

  it('a scan that records nothing says so; shards do not call open conflicts new', async () => {
    const again = await runCliInProcess(['check-conflicts'], repo.dir)
    expect(again.code).toBe(1)
    expect(again.stderr + again.stdout).toMatch(/Nothing new to record/)
    expect(again.stdout).not.toMatch(/New conflicts/)
    for (const shard of ['1/2', '2/2']) {
      const part = await runCliInProcess(['check-conflicts', '--shard', shard], repo.dir)
      expect(part.stdout).not.toMatch(/New conflicts/)
    }
  })

  it('a conflict resolved by hand that a later scan still sees is open again', async () => {
    const [before] = await status(repo)
    const id = before!.openConflicts[0]!.id
    const resolved = await runCliInProcess(['events', 'resolve-conflict', id], repo.dir)
    expect(resolved.code).toBe(0)
    expect((await status(repo))[0]!.openConflicts).toEqual([])
    const rescan = await scan(repo)
    expect(rescan.json.newConflicts).toBe(1)
    expect(rescan.json.recorded).toBe(1)
    expect((await status(repo))[0]!.openConflicts.map((c) => c.id)).toEqual([id])
    // ...and once more: facts that happen again are recorded each time.
    await runCliInProcess(['events', 'resolve-conflict', id], repo.dir)
    expect((await scan(repo)).json.recorded).toBe(1)
    expect((await status(repo))[0]!.openConflicts.map((c) => c.id)).toEqual([id])
  })

  it('a conflict logged by hand (short commit ids, no files, a reason) prints its id and survives clean scans', async () => {
    const sha3 = (await repo.git.run(['rev-parse', `origin/${impl(3)}`])).slice(0, 8)
    const logged = await runCliInProcess(
      [
        'events',
        'log-conflict',
        '--feature',
        SPEC,
        '--left',
        impl(3),
        '--left-sha',
        sha3,
        '--right',
        impl(1),
        '--reason',
        'both change the session format',
      ],
      repo.dir,
    )
    expect(logged.stderr).not.toMatch(/error/i)
    expect(logged.code).toBe(0)
    const id = /conflict (c[0-9a-f]{8}) between/.exec(logged.stdout)?.[1]
    expect(id).toBeDefined()
    expect(logged.stdout).toContain(`orchestrator events resolve-conflict ${id}`)
    // impl-3 and impl-1 merge cleanly: the scan does not resolve what a person logged.
    const s = await scan(repo)
    expect(s.json.pairs.find((p) => [p.left, p.right].includes(impl(3)) && [p.left, p.right].includes(impl(1)))?.status).toBe('clean')
    const open = (await status(repo))[0]!.openConflicts.find((c) => c.id === id)
    expect(open).toMatchObject({ manual: true, reason: 'both change the session format' })
    await runCliInProcess(['events', 'resolve-conflict', id!], repo.dir)
    expect((await status(repo))[0]!.openConflicts.find((c) => c.id === id)).toBeUndefined()
    // Logged again after its resolution: a new occurrence, recorded.
    const again = await runCliInProcess(['events', 'log-conflict', '--feature', SPEC, '--left', impl(3), '--right', impl(1)], repo.dir)
    expect(again.stdout).toMatch(/^Recorded conflict/)
  })

  it('log-conflict names a bad commit id and an unknown branch', async () => {
    const bad = await runCliInProcess(
      ['events', 'log-conflict', '--feature', SPEC, '--left', impl(1), '--left-sha', 'xyz', '--right', impl(2)],
      repo.dir,
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--left-sha "xyz" is not a commit id/)
    const gone = await runCliInProcess(
      ['events', 'log-conflict', '--feature', SPEC, '--left', 'feature/004-user-auth/impl-9', '--right', impl(2)],
      repo.dir,
    )
    expect(gone.code).toBe(2)
    expect(gone.stderr).toMatch(/impl-9" is neither on remote "origin" nor a local branch/)
  })

  it('a recorded conflict whose branch was deleted is resolved with that reason', async () => {
    await repo.git.run(['push', '-q', 'origin', '--delete', impl(2)])
    const s = await scan(repo)
    expect(s.json.resolvedConflicts).toBeGreaterThanOrEqual(1)
    const open = (await status(repo))[0]!.openConflicts
    expect(open.filter((c) => !c.manual)).toEqual([])
    const log = await runCliInProcess(['events', 'recent', '5', '--json'], repo.dir)
    expect(log.stdout).toMatch(/branch deleted: feature\/004-user-auth\/impl-2/)
  })
})

describe('branches deleted or moved while a scan starts', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await repo.commit('x', { 'a.txt': 'a\n' }, 'x', 'main')
    await repo.git.run(['push', '-q', 'origin', `x:refs/heads/${impl(1)}`, `x:refs/heads/${impl(2)}`])
  })

  it('skips a branch deleted between listing and fetching, naming it, scans a moved one at the commit fetched', async () => {
    const { listAgentBranches } = await import('../../shared/agent-branches')
    const listed = await listAgentBranches(repo.git, 'origin', DEFAULT_NAMING)
    expect(listed.map((b) => b.name)).toEqual([impl(1), impl(2)])
    // After the listing: impl-2 is deleted and impl-1 moves on.
    await repo.git.run(['push', '-q', 'origin', '--delete', impl(2)])
    const moved = await repo.commit('y', { 'b.txt': 'b\n' }, 'y', 'x')
    await repo.git.run(['push', '-q', '-f', 'origin', `y:refs/heads/${impl(1)}`])
    // A git whose first listing is the stale one, as if the branches changed in between.
    const stale = Object.create(repo.git) as typeof repo.git
    let calls = 0
    const realList = repo.git.lsRemote.bind(repo.git)
    stale.lsRemote = async (...args: Parameters<typeof repo.git.lsRemote>) =>
      calls++ === 0 ? new Map(listed.map((b) => [`refs/heads/${b.name}`, b.sha])) : realList(...args)
    const gone: string[] = []
    const fetched = await fetchAgentBranches(stale, 'origin', DEFAULT_NAMING, [], (b) => gone.push(b))
    expect(gone).toEqual([impl(2)])
    expect(fetched.map((b) => [b.name, b.sha])).toEqual([[impl(1), moved]])
  })
})

describe('exit codes never hide a failed evaluation', () => {
  const pair = (status: PairResult['status']): PairResult => ({
    left: `a-${status}`,
    right: 'b',
    leftSha: 'x',
    rightSha: 'y',
    status,
    files: [],
  })
  const cases: Array<[PairResult['status'][], boolean, number, boolean]> = [
    [['clean'], true, 0, true],
    [['clean', 'conflicted'], true, 1, false],
    [['clean', 'conflicted'], false, 0, false],
    [['unrelated'], true, 1, false],
    [['conflicted', 'error'], true, 2, false],
    [['error'], false, 2, false],
  ]
  it.each(cases)('%j with fail-on-conflict %s exits %i (clean %s)', (statuses, failOnConflict, code, clean) => {
    const v = scanVerdict(
      statuses.map((s) => pair(s)),
      failOnConflict,
    )
    expect([v.exitCode, v.clean]).toEqual([code, clean])
    if (code) expect(v.failure).toMatch(statuses.includes('error') ? /could not be evaluated/ : /branch pair/)
  })

  it('the action with unrelated branches: exit 1, clean false, shown apart in the summary', async () => {
    const repo = await makeFeatureRepo()
    await repo.git.run(['checkout', '-q', '--orphan', 'lonely'])
    await repo.git.run(['rm', '-rqf', '.'])
    await repo.commit('lonely', { 'other.txt': 'x\n' }, 'unrelated root')
    await repo.git.run(['checkout', '-q', 'main'])
    await repo.commit('main2', { 'b.txt': 'b\n' }, 'b', 'main')
    await repo.git.run(['push', '-q', 'origin', `lonely:refs/heads/${impl(1)}`, `main2:refs/heads/${impl(2)}`])
    const run = await runAction({ bundle: 'dist/detect-conflicts/index.js', cwd: repo.dir, inputs: {}, eventName: 'schedule' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.clean).toBe('false')
    expect(run.failure).toMatch(/1 without common history/)
    expect(run.summary).toContain('### No common history')
  })
})
