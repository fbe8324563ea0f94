import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { MergeOrder } from '../../shared/integrate/order-types'
import { runCliInProcess } from '../support/cli-in-process'
import { cleanupTemp, makeRepo, TestRepo } from '../support/repo'

// Issue 26, item 2: the conflict check that `run-tests --record` records must not hold back both branches of the
// conflicting pair (the order is what resolves a conflict), and a later run on the same commit must win.
const SPEC = '012-conflict-order'
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const app = Array.from({ length: 20 }, (_, i) => `app line ${i + 1}`).join('\n') + '\n'
const edit = (value: string) => app.replace('app line 5\n', `${value}\n`)

async function cli(repo: TestRepo, ...args: string[]) {
  const r = await runCliInProcess(args, repo.dir)
  if (r.code !== 0) throw new Error(`${args.join(' ')} failed (${r.code}): ${r.stderr}`)
  return r
}

/** `run-tests --record` on `branch` checked out, as an implementor runs it in its clone. */
async function runTests(repo: TestRepo, branch: string, ...args: string[]) {
  await repo.git.run(['checkout', '-q', branch])
  return runCliInProcess(['run-tests', '--record', ...args], repo.dir)
}

async function order(repo: TestRepo): Promise<MergeOrder> {
  return JSON.parse((await cli(repo, 'integrate-order', SPEC, '--json')).stdout) as MergeOrder
}

afterAll(cleanupTemp)

describe('integrate-order with the conflict check recorded by run-tests', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeRepo({
      'src/app.py': app,
      [`specs/${SPEC}/spec.md`]: '# Conflict order\n',
      [`specs/${SPEC}/tasks.md`]: '- [ ] T001 x\n',
    })
    await cli(repo, 'init-feature', SPEC, '--implementors', '2')
    await repo.git.run(['fetch', '-q', 'origin'])
    // Both implementors change the same line: a conflicting pair.
    await repo.commit(impl(1), { 'src/app.py': edit('one') }, 'T001 one', `origin/${impl(1)}`)
    await repo.commit(impl(2), { 'src/app.py': edit('two') }, 'T001 two', `origin/${impl(2)}`)
    await repo.push(impl(1), impl(2))
  })

  it('gives an order for a conflicting pair whose conflict check failed: one goes first, the other after', async () => {
    for (const n of [1, 2]) {
      const run = await runTests(repo, impl(n), '--commands', 'unit: true')
      // The conflict check fails (the pair conflicts) and is recorded as such.
      expect(run.code).not.toBe(0)
      expect(run.stdout + run.stderr).toMatch(/conflicts/)
    }
    const o = await order(repo)
    expect(o.heldBack).toEqual([])
    expect(o.steps.map((s) => s.name).sort()).toEqual(['impl-1', 'impl-2'])
    expect(o.steps.filter((s) => s.conflicts)).toHaveLength(1)
    expect(o.newConflicts + o.existingConflicts).toBe(1)
  })

  it('holds back a branch whose own check fails, and a later passing run on the same commit clears the hold', async () => {
    const failed = await runTests(repo, impl(1), '--commands', 'unit: false')
    expect(failed.code).not.toBe(0)
    const held = await order(repo)
    expect(held.heldBack).toEqual([
      expect.objectContaining({ name: 'impl-1', kind: 'failing-checks', detail: expect.stringMatching(/^unit: 1 failed at [0-9a-f]{7}$/) }),
    ])
    expect(held.steps.map((s) => s.name)).toEqual(['impl-2'])
    // The same commit again, the check fixed, without the conflict check this time.
    const passed = await runTests(repo, impl(1), '--no-conflict-check', '--commands', 'unit: true')
    expect(passed.code).toBe(0)
    const cleared = await order(repo)
    expect(cleared.heldBack).toEqual([])
    expect(cleared.steps.map((s) => s.name).sort()).toEqual(['impl-1', 'impl-2'])
  })
})
