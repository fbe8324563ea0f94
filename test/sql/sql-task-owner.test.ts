// The SQL export's tasks table names each task's owner (the plan's assignment) and plan wave, the same the
// dashboard's task list shows. Read back by Python's sqlite3 (the system library), not by our own code.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MemoryLogger } from '../../shared/logger'
import { makeEvent } from '../../shared/state/events/events'
import { StateStore } from '../../shared/views'
import { runCliProcess } from '../support/cli'
import { cleanupTemp, makeRepo } from '../support/repo'

const PY = `
import json, sqlite3, sys
db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
db.row_factory = sqlite3.Row
print(json.dumps([dict(r) for r in db.execute('SELECT task_id, agent, owner, wave FROM tasks ORDER BY task_id')]))
`

afterAll(cleanupTemp)

const F = '004-user-auth'
const impl = (n: number) => `feature/${F}/impl-${n}`
const sha = (n: number) => n.toString(16).padStart(40, '0')
const at = (minute: number) => ({ actor: 'workflow ci', time: new Date(Date.UTC(2026, 2, 1, 10, minute)).toISOString() })

describe('events export: tasks.owner and tasks.wave', () => {
  it('are the plan’s assignment and wave, NULL where no plan gave one, as the dashboard’s task list says', async () => {
    const repo = await makeRepo()
    const tasks = ['T001', 'T002', 'T003', 'T004'].map((id) => ({ id, description: `task ${id}` }))
    await new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() }).append([
      makeEvent('feature-registered', F, { spec: F, name: 'Auth', tasks }, at(0)),
      makeEvent('agent-assigned', F, { role: 'overseer', branch: `feature/${F}/overseer` }, at(0)),
      ...[1, 2].map((n) => makeEvent('agent-assigned', F, { role: 'implementor', branch: impl(n), index: n }, at(0))),
      makeEvent('task-assigned', F, { taskId: 'T001', agent: impl(1), wave: 1 }, at(1)),
      makeEvent('task-assigned', F, { taskId: 'T002', agent: impl(2), wave: 2 }, at(1)),
      // An assignment from before plans recorded waves.
      makeEvent('task-assigned', F, { taskId: 'T003', agent: impl(1) }, at(1)),
      // Reported by a commit of impl-2 although the plan gave it to impl-1: the owner stays the plan's.
      makeEvent('task-updated', F, { taskId: 'T001', state: 'in-progress', commit: sha(1), agent: impl(2) }, at(2)),
      makeEvent('task-updated', F, { taskId: 'T004', state: 'done', commit: sha(2), agent: impl(2) }, at(3)),
    ])
    const exported = await runCliProcess(['events', 'export', '--format', 'sqlite', 'tasks.db'], repo.dir)
    expect(exported.code).toBe(0)
    const rows = JSON.parse(execFileSync('python3', ['-c', PY, join(repo.dir, 'tasks.db')], { encoding: 'utf8' }))
    expect(rows).toEqual([
      { task_id: 'T001', agent: impl(2), owner: impl(1), wave: 1 },
      { task_id: 'T002', agent: null, owner: impl(2), wave: 2 },
      { task_id: 'T003', agent: null, owner: impl(1), wave: null },
      { task_id: 'T004', agent: impl(2), owner: null, wave: null },
    ])
    // The dashboard's task list, from the same projection: the same waves.
    const site = await runCliProcess(['dashboard', '--dir', 'site'], repo.dir)
    expect(site.code).toBe(0)
    const page = readFileSync(join(repo.dir, 'site', 'features', `${F}.html`), 'utf8')
    const waves = Object.fromEntries([...page.matchAll(/data-task-wave="([^"]+)">(\d+)</g)].map((m) => [m[1], Number(m[2])]))
    expect(waves).toEqual(
      Object.fromEntries(
        rows.filter((r: { wave: number | null }) => r.wave !== null).map((r: { task_id: string; wave: number }) => [r.task_id, r.wave]),
      ),
    )
  })
})
