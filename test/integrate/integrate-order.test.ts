import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { conflictsOfEveryOrder, conflictsOfOrder } from '../../scripts/bench/merge-simulation'
import { mergeOrder } from '../../shared/integrate'
import { guardViolationsFrom, orderInputFromProjection } from '../../shared/integrate/order-input'
import { renderPullRequestBody } from '../../shared/open-pr/pr-body'
import { makeEvent } from '../../shared/state/events/events'
import { applyEvent, emptyProjection } from '../../shared/state/projection/projection'
import type { MergeOrder } from '../../shared/integrate'
import { runCliProcess, showFile } from '../support/cli'
import { runAction } from '../support/harness'
import { cleanupTemp, makeRepo, TestRepo } from '../support/repo'

const SPEC = '007-merge-order'
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const overseer = `feature/${SPEC}/overseer`
const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} line ${i + 1}\n`).join('')
const edit = (text: string, line: number, value: string) =>
  text
    .split('\n')
    .map((l, i) => (i === line - 1 ? value : l))
    .join('\n')

async function cli(repo: TestRepo, ...args: string[]) {
  const r = await runCliProcess(args, repo.dir)
  if (r.code !== 0) throw new Error(`${args.join(' ')} failed (${r.code}): ${r.stderr}`)
  return r
}

afterAll(cleanupTemp)

describe('integrate-order against every order merged with git', () => {
  let repo: TestRepo
  const heads: Record<string, string> = {}
  const base = {
    'src/app.py': lines(30, 'app'),
    'src/auth.py': lines(30, 'auth'),
    'src/db.py': lines(30, 'db'),
    'docs/x.md': lines(5, 'doc'),
  }
  beforeAll(async () => {
    repo = await makeRepo({ ...base, [`specs/${SPEC}/spec.md`]: '# Merge order\n', [`specs/${SPEC}/tasks.md`]: '- [ ] T001 x\n' })
    await cli(repo, 'init-feature', SPEC, '--implementors', '5')
    await repo.git.run(['fetch', '-q', 'origin'])
    // impl-1 touches what impl-2 and impl-3 touch; impl-4 and impl-5 share a line; impl-2 and impl-3 are apart.
    const changes: Record<number, Record<string, string>> = {
      1: { 'src/app.py': edit(base['src/app.py'], 5, 'one'), 'src/auth.py': edit(base['src/auth.py'], 5, 'one') },
      2: { 'src/app.py': edit(base['src/app.py'], 5, 'two') },
      3: { 'src/auth.py': edit(base['src/auth.py'], 5, 'three') },
      4: { 'src/db.py': edit(base['src/db.py'], 10, 'four') },
      5: { 'src/db.py': edit(base['src/db.py'], 10, 'five'), 'docs/x.md': edit(base['docs/x.md'], 2, 'five') },
    }
    for (const n of [1, 2, 3, 4, 5]) heads[`impl-${n}`] = await repo.commit(impl(n), changes[n], `impl ${n}`, `origin/${impl(n)}`)
    await repo.push(...[1, 2, 3, 4, 5].map(impl))
  })

  it('orders the merges so that as few conflict as in the best of all 120 orders', async () => {
    // 325 real merges (orders share prefixes): slow on a loaded machine, hence the longer timeout below.
    const order: MergeOrder = JSON.parse((await cli(repo, 'integrate-order', SPEC, '--json')).stdout)
    expect(order.steps.map((s) => s.name).sort()).toEqual(['impl-1', 'impl-2', 'impl-3', 'impl-4', 'impl-5'])
    const start = (await repo.git.run(['rev-parse', `origin/${overseer}`])).trim()
    const every = await conflictsOfEveryOrder(repo.git, start, heads)
    expect(every.size).toBe(120)
    const best = Math.min(...every.values())
    const worst = Math.max(...every.values())
    expect(best).toBeLessThan(worst)
    const ours = await conflictsOfOrder(
      repo.git,
      start,
      order.steps.map((s) => heads[s.name]),
    )
    expect(ours).toBe(best)
    // The prediction is what git does.
    expect(order.newConflicts + order.existingConflicts).toBe(ours)
    expect(order.exact).toBe(true)
    // The hub goes after the two it would make conflict.
    const pos = (name: string) => order.steps.find((s) => s.name === name)!.position
    expect(pos('impl-1')).toBeGreaterThan(pos('impl-2'))
    expect(pos('impl-1')).toBeGreaterThan(pos('impl-3'))
    expect(order.steps.find((s) => s.name === 'impl-1')!.reason).toMatch(/merged earlier it would make impl-2 and impl-3 conflict/)
    expect(order.steps.find((s) => s.name === 'impl-2')!.reason).toMatch(/merges cleanly; afterwards impl-1 .*src\/app\.py/)
  }, 240_000)

  it('holds back a branch whose latest checks fail, and shows the order in the detect-conflicts summary and overseer view', async () => {
    const sha = heads['impl-2']
    await cli(
      repo,
      'events',
      'log',
      'test-result',
      '--feature',
      SPEC,
      '--data',
      JSON.stringify({
        role: 'implementor',
        branch: impl(2),
        suite: 'unit',
        passed: 3,
        failed: 2,
        skipped: 0,
        durationMs: 10,
        commit: sha,
      }),
    )
    const order: MergeOrder = JSON.parse((await cli(repo, 'integrate-order', SPEC, '--json')).stdout)
    expect(order.heldBack).toEqual([
      expect.objectContaining({ name: 'impl-2', kind: 'failing-checks', detail: expect.stringMatching(/unit: 2 failed/) }),
    ])
    expect(order.steps.map((s) => s.name)).not.toContain('impl-2')
    const run = await runAction({ bundle: 'dist/detect-conflicts/index.js', cwd: repo.dir, inputs: { 'fail-on-conflict': 'false' } })
    expect(run.failure).toBeUndefined()
    expect(run.summary).toContain(`### ${SPEC}: merge order into ${overseer}`)
    expect(run.summary).toMatch(/Held back/)
    await repo.git.run(['fetch', '-q', 'origin', 'orchestrator/state'])
    const view = (await showFile(repo.git, 'FETCH_HEAD', `features/${SPEC}/overseer.md`))!
    expect(view).toContain(`## Merge order into ${overseer.replace(/-/g, '-')}`)
    expect(view).toMatch(/\| 1 \| _no PR_ \| impl-\d \| clean \|/)
  })
})

describe('merge order rules', () => {
  it('leaves out held-back and up-to-date branches and counts conflicts with the overseer apart', () => {
    const o = mergeOrder({
      overseer: 'o',
      candidates: [
        { branch: 'a', name: 'impl-1', ahead: 2 },
        { branch: 'b', name: 'impl-2', ahead: 0 },
        { branch: 'c', name: 'impl-3', ahead: 1, pr: 7 },
        { branch: 'd', name: 'impl-4', ahead: 1 },
      ],
      conflicts: [{ a: 'a', b: 'd', files: ['x'] }],
      overseerConflicts: [{ a: 'o', b: 'a', files: ['y'] }],
      heldBack: [{ branch: 'c', kind: 'guard-violation', detail: 'touched .github/workflows/ci.yml' }],
    })
    expect(o.upToDate).toEqual(['impl-2'])
    expect(o.heldBack).toEqual([
      { branch: 'c', kind: 'guard-violation', detail: 'touched .github/workflows/ci.yml', name: 'impl-3', pr: 7 },
    ])
    expect(o.steps.map((s) => [s.name, s.conflicts])).toEqual([
      ['impl-4', false],
      ['impl-1', true],
    ])
    expect(o.existingConflicts).toBe(1)
    expect(o.newConflicts).toBe(0)
    expect(o.steps[1].reason).toMatch(/already conflicts with the overseer in y/)
  })
})

describe('merge order from the state', () => {
  it("is in the overseer's pull request body and not in an implementor's; guard violations come from guard-violation events", () => {
    const p = emptyProjection()
    const at = (s: number) => ({ actor: 't', time: new Date(s * 1000) })
    const sha = (c: string) => c.repeat(40)
    applyEvent(p, makeEvent('agent-assigned', SPEC, { role: 'overseer', branch: overseer }, at(1)))
    for (const n of [1, 2, 3]) applyEvent(p, makeEvent('agent-assigned', SPEC, { role: 'implementor', branch: impl(n), index: n }, at(1)))
    for (const n of [1, 2, 3])
      applyEvent(
        p,
        makeEvent('divergence-measured', SPEC, { branch: impl(n), against: overseer, ahead: 1, behind: 0, sha: sha(String(n)) }, at(2)),
      )
    applyEvent(
      p,
      makeEvent(
        'conflict-detected',
        SPEC,
        {
          left: impl(1),
          right: impl(2),
          leftSha: sha('1'),
          rightSha: sha('2'),
          files: [{ path: 'src/a.py', kind: 'content', leftRanges: [], rightRanges: [] }],
        },
        at(3),
      ),
    )
    applyEvent(
      p,
      makeEvent(
        'pr-updated',
        SPEC,
        { action: 'opened', number: 4, url: 'https://github.com/o/r/pull/4', head: overseer, base: 'main' },
        at(4),
      ),
    )
    const body = renderPullRequestBody(p, SPEC, overseer)
    expect(body).toContain(`### Merge order into ${overseer}`)
    expect(body).toMatch(/\| 1 \| _no PR_ \| impl-3 \| clean \|/)
    expect(body).toMatch(/\| 3 \| _no PR_ \| impl-\d \| \*\*conflict\*\* \| conflicts with impl-\d in src/)
    expect(renderPullRequestBody(p, SPEC, impl(1))).not.toContain('Merge order')
    // Guard violations: read from events of kind guard-violation that name the branch; other kinds and shapes are ignored.
    const guard = guardViolationsFrom([
      { kind: 'guard-violation', data: { branch: impl(3), path: '.github/workflows/ci.yml' } },
      { kind: 'guard-violation', data: { path: 'no branch' } },
      { kind: 'test-result', data: { branch: impl(1) } },
    ])
    expect([...guard.keys()]).toEqual([impl(3)])
    const input = orderInputFromProjection(p, SPEC, guard)!
    expect(input.heldBack).toEqual([{ branch: impl(3), kind: 'guard-violation', detail: '.github/workflows/ci.yml' }])
    expect(mergeOrder(input).steps.map((s) => s.name)).not.toContain('impl-3')
    // The role guard's own events on the state branch hold a PR back until a clean run clears them.
    const guardData = { branch: impl(2), kind: 'protected-path' as const, subject: 'CODEOWNERS' }
    applyEvent(p, makeEvent('guard-violation', SPEC, { ...guardData, detail: 'protected', commit: 'd'.repeat(40) }, at(5)))
    expect(orderInputFromProjection(p, SPEC)!.heldBack).toEqual([
      { branch: impl(2), kind: 'guard-violation', detail: 'changed CODEOWNERS' },
    ])
    applyEvent(p, makeEvent('guard-cleared', SPEC, { ...guardData, commit: 'e'.repeat(40) }, at(6)))
    expect(orderInputFromProjection(p, SPEC)!.heldBack).toEqual([])
  })
})
