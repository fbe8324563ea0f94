import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Git } from '../../shared/git/git'
import { spawnSync } from 'node:child_process'
import { runCliProcess } from '../support/cli'
import { cleanupTemp, tempDir } from '../support/repo'

afterAll(cleanupTemp)

describe('orchestrator demo', () => {
  it('runs the whole loop offline and prints progress, the conflict and the guard violation', async () => {
    const dir = join(tempDir('orch-demo-'), 'demo')
    const r = await runCliProcess(['demo', '--dir', dir], process.cwd())
    expect(r.code).toBe(0)
    for (let i = 1; i <= 7; i++) expect(r.stderr).toContain(`[${i}/7]`)
    expect(r.stdout).toContain('Feature 001-todo-api "TODO API": 3/7 tasks done, 2 in progress')
    expect(r.stdout).toMatch(/feature\/001-todo-api\/impl-1\s+1\s+1/)
    expect(r.stdout).toContain('feature/001-todo-api/impl-1 <-> feature/001-todo-api/impl-2')
    expect(r.stdout).toContain('src/todo.js (content): lines 3 on impl-1, 3 on impl-2')
    expect(r.stdout).toMatch(/Role guard on feature\/001-todo-api\/impl-3: 1 violation/)
    expect(r.stdout).toContain('.github/workflows/ci.yml')
    expect(r.stdout).toContain('unit passed, lint FAILED')
    expect(r.stdout).toContain(`Everything is in ${dir}`)
    // What the demo left on its state branch.
    const remote = new Git(join(dir, 'remote.git'))
    const dashboard = await remote.run(['show', 'orchestrator/state:README.md'])
    expect(dashboard).toContain('001-todo-api')
    const impl2 = await remote.run(['show', 'orchestrator/state:features/001-todo-api/impl-2.md'])
    expect(impl2).toContain('src/todo.js')
    const tasks = await remote.run(['show', 'orchestrator/state:features/001-todo-api/tasks.md'])
    expect(tasks).toMatch(/- \[X\] T003 /)
    expect(tasks).toMatch(/- \[ \] T006 /)
    // The hint the demo prints works when copied into a shell (no npx of an unrelated package).
    const hint = /^ {2}status: {6}(.+)$/m.exec(r.stdout)?.[1]
    expect(hint).toMatch(/&& node \S+orchestrator\.js events status$/)
    const copied = spawnSync('sh', ['-c', hint!], { encoding: 'utf8' })
    expect([copied.status, copied.stdout]).toEqual([0, expect.stringContaining('Agent')])
    const status = JSON.parse((await runCliProcess(['events', 'status', '--json'], join(dir, 'work'))).stdout)
    expect(status.features[0].tests.map((t: { suite: string; failed: number }) => [t.suite, t.failed])).toEqual(
      expect.arrayContaining([
        ['lint', 1],
        ['unit', 0],
      ]),
    )
    expect(status.features[0].openConflicts).toHaveLength(1)
  })

  it('refuses a folder that is not empty, and removes its own folder with --no-keep', async () => {
    const full = tempDir('orch-demo-full-')
    writeFileSync(join(full, 'mine.txt'), 'keep me')
    const refused = await runCliProcess(['demo', '--dir', full], process.cwd())
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('is not empty')
    expect(existsSync(join(full, 'mine.txt'))).toBe(true)
    const given = join(tempDir('orch-demo-'), 'given')
    mkdirSync(given)
    const r = await runCliProcess(['demo', '--dir', given, '--no-keep', '--json'], process.cwd())
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).kept).toBe(false)
    expect(readdirSync(given)).toEqual([])
    const made = join(tempDir('orch-demo-'), 'new')
    expect((await runCliProcess(['demo', '--dir', made, '--no-keep'], process.cwd())).code).toBe(0)
    expect(existsSync(made)).toBe(false)
  })
})
