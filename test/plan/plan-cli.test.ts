import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { showFile } from '../support/cli'
import { runCliInProcess } from '../support/cli-in-process'
import { runAction } from '../support/harness'
import { cleanupTemp, makeRepo, TestRepo } from '../support/repo'
import { parseTasks } from '../../shared/tasks'

// The spec-kit template's shape end to end: phases, [P], [US#], paths, "depends on", nested tasks.
const SPEC = '004-photo-albums'
const source = readFileSync('test/fixtures/tasks/spec-kit.md', 'utf8')
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const overseer = `feature/${SPEC}/overseer`

interface PlanJson {
  method: string
  optimal: boolean
  lowerBound: number
  waves: { id: string; agent: string; wave: number }[][]
  collisions: unknown[]
  tasks: { id: string; paths: string[]; dependsOn: { id: string; reason: string }[] }[]
  done: string[]
  ownerChanges: { id: string; to: string }[]
  applied: boolean
  stateCommit: string | null
}

async function plan(repo: TestRepo, ...args: string[]): Promise<PlanJson> {
  const r = await runCliInProcess(['plan', SPEC, '--json', ...args], repo.dir)
  if (r.code !== 0) throw new Error(`plan failed (${r.code}): ${r.stderr}`)
  return JSON.parse(r.stdout)
}

afterAll(cleanupTemp)

describe('orchestrator plan on a spec-kit tasks.md', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeRepo({
      'README.md': '# app\n',
      [`specs/${SPEC}/spec.md`]: '# Feature Specification: Photo albums\n',
      [`specs/${SPEC}/tasks.md`]: source,
    })
    const r = await runCliInProcess(['init-feature', SPEC, '--implementors', '3'], repo.dir)
    if (r.code !== 0) throw new Error(r.stderr)
    await repo.git.run(['fetch', '-q', 'origin'])
  })

  it('plans every open task once, dependencies in earlier waves, no shared path within a wave', async () => {
    const p = await plan(repo)
    const doc = parseTasks(source)
    const open = doc.tasks.filter((t) => !t.done).map((t) => t.id)
    const placed = p.waves.flat()
    expect(placed.map((a) => a.id).sort()).toEqual(open.sort())
    expect(p.done).toEqual(['T001', 'T002'])
    const waveOf = new Map(placed.map((a) => [a.id, a.wave]))
    for (const t of p.tasks) for (const d of t.dependsOn) expect(waveOf.get(d.id)!).toBeLessThan(waveOf.get(t.id)!)
    // Written dependencies and the template's rules both show up.
    const deps = (id: string) => p.tasks.find((t) => t.id === id)!.dependsOn
    expect(deps('T010')).toEqual(
      expect.arrayContaining([
        { id: 'T009', reason: 'explicit' },
        { id: 'T005', reason: 'explicit' },
      ]),
    )
    expect(deps('T014')).toContainEqual({ id: 'T011', reason: 'explicit' })
    expect(deps('T007')).toContainEqual({ id: 'T004', reason: 'phase' })
    expect(deps('T016')).toContainEqual({ id: 'T014', reason: 'phase' })
    expect(deps('T016')).toContainEqual({ id: 'T015', reason: 'order' })
    for (const wave of p.waves) {
      expect(new Set(wave.map((a) => a.agent)).size).toBe(wave.length)
      const paths = wave.flatMap((a) => p.tasks.find((t) => t.id === a.id)!.paths)
      for (const [i, x] of paths.entries())
        for (const y of paths.slice(i + 1))
          expect(x === y || x.startsWith(`${y.replace(/\/$/, '')}/`) || y.startsWith(`${x.replace(/\/$/, '')}/`)).toBe(false)
    }
    expect(p.collisions).toEqual([])
    expect(p.method).toBe('exact')
    expect(p.optimal).toBe(true)
    expect(p.waves.length).toBe(p.lowerBound)
    // Deterministic.
    expect(await plan(repo)).toEqual(p)
  })

  it('--apply records task-assigned events and owner comments; a second apply records nothing', async () => {
    const p = await plan(repo, '--apply')
    expect(p.applied).toBe(true)
    expect(p.stateCommit).toMatch(/^[0-9a-f]{40}$/)
    await repo.git.run(['fetch', '-q', 'origin', 'orchestrator/state'])
    const rendered = (await showFile(repo.git, 'FETCH_HEAD', `features/${SPEC}/tasks.md`))!
    const doc = parseTasks(rendered)
    for (const a of p.waves.flat()) expect(doc.tasks.find((t) => t.id === a.id)!.owner).toBe(a.agent)
    // Nothing but the owner comments changed.
    expect(rendered.replace(/ <!-- owner: impl-\d+ -->/g, '')).toBe(source)
    // Each assignment keeps its wave, and the dashboard's task list shows it.
    const state = JSON.parse((await showFile(repo.git, 'FETCH_HEAD', 'projection.json'))!) as {
      features: Record<string, { assignments: Record<string, { wave?: number }> }>
    }
    for (const [w, list] of p.waves.entries()) for (const a of list) expect(state.features[SPEC].assignments[a.id].wave).toBe(w + 1)
    const site = (await showFile(repo.git, 'FETCH_HEAD', `docs/features/${SPEC}.html`))!
    expect(site).toContain(`<span class="num" data-task-wave="${p.waves[1][0].id}">2</span>`)
    const again = await plan(repo, '--apply')
    expect(again.ownerChanges).toEqual([])
    expect(again.stateCommit).toBeNull()
  })

  it('keeps a started task with its agent and shows a task done by another agent than its owner', async () => {
    const p = await plan(repo)
    const t003 = p.waves.flat().find((a) => a.id === 'T003')!
    const other = t003.agent === 'impl-1' ? 2 : 1
    // Another agent finishes T003; one starts T013.
    await repo.commit(impl(other), { 'backend/ruff.toml': 'x\n' }, 'T003: lint config', `origin/${impl(other)}`)
    await repo.commit(impl(3), { 'backend/src/db/migrations/0002_taken_at.sql': '--\n' }, 'wip T013', `origin/${impl(3)}`)
    await repo.push(impl(other), impl(3))
    for (const b of [impl(other), impl(3)]) {
      const s = await runCliInProcess(['sync-status', b], repo.dir)
      expect(s.code).toBe(0)
      if (b === impl(other)) expect(s.stdout).toContain(`T003 done by ${impl(other)}, planned for ${impl(Number(t003.agent.slice(5)))}`)
    }
    const next = await plan(repo)
    expect(next.done).toContain('T003')
    expect(next.waves[0].find((a) => a.id === 'T013')?.agent).toBe('impl-3')
    await repo.git.run(['fetch', '-q', 'origin', 'orchestrator/state'])
    const dashboard = (await showFile(repo.git, 'FETCH_HEAD', 'README.md'))!
    expect(dashboard).toContain('## Done by another agent than planned')
    expect(dashboard).toMatch(new RegExp(`T003 \\| ${impl(Number(t003.agent.slice(5))).replace(/[/-]/g, '.')}`))
    const overseerView = (await showFile(repo.git, 'FETCH_HEAD', `features/${SPEC}/overseer.md`))!
    expect(overseerView).toContain('Done by another agent than planned')
  })

  it('writes owner comments on the overseer branch with tasks-target overseer, from the action bundle', async () => {
    const run = await runAction({
      bundle: 'dist/plan/index.js',
      cwd: repo.dir,
      inputs: { 'spec-id': SPEC, apply: 'true', 'tasks-target': 'overseer' },
    })
    expect(run.failure).toBeUndefined()
    expect(Number(run.outputs.waves)).toBeGreaterThan(0)
    expect(run.summary).toContain('```mermaid\ngantt')
    await repo.git.run(['fetch', '-q', 'origin', overseer])
    const text = (await showFile(repo.git, 'FETCH_HEAD', `specs/${SPEC}/tasks.md`))!
    const assigned = JSON.parse(run.outputs.assignments) as { id: string; agent: string }[]
    const doc = parseTasks(text)
    for (const a of assigned) expect(doc.tasks.find((t) => t.id === a.id)!.owner).toBe(a.agent)
  })

  it('refuses a bad spec id and an unknown spec with exit code 2', async () => {
    const bad = await runCliInProcess(['plan', '04-x'], repo.dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/spec-id "04-x" is not valid/)
    const unknown = await runCliInProcess(['plan', '999-nothing'], repo.dir)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/no implementor branch/)
  })
})
