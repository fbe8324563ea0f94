// Issue #25 item 6: plan's work is bounded above its exact limit, and tasks.md
// mistakes that used to pass silently (a task waiting for itself) are refused.
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { runCliProcess } from '../support/cli'
import { cleanupTemp, makeRepo } from '../support/repo'
import { InputError } from '../../shared/errors'
import { makePlan } from '../../shared/plan/make-plan'
import { pathsOverlap } from '../../shared/plan/path-overlap'
import { planTasks, type PlanState } from '../../shared/plan/plan-tasks'
import type { PlanTask } from '../../shared/plan/plan-types'
import { buildModel, lowerBound, mustSeparate, type WaveModel } from '../../shared/plan/wave-model'
import { listSchedule } from '../../shared/plan/wave-search'
import { parseTasks } from '../../shared/tasks'

afterAll(cleanupTemp)

const AGENTS = ['impl-1', 'impl-2', 'impl-3']
const state = (): PlanState => ({ agents: AGENTS, progress: {}, owners: {}, branchPaths: {} })
const id = (n: number) => `T${String(n).padStart(5, '0')}`
function task(n: number, paths: string[], deps: number[] = []): PlanTask {
  return {
    id: id(n),
    description: `t${n}`,
    paths,
    dependsOn: deps.map((d) => ({ id: id(d), reason: 'explicit' })),
    parallel: true,
    estimate: 1,
  }
}
function thrown(f: () => unknown): Error {
  try {
    f()
  } catch (e) {
    return e as Error
  }
  throw new Error('expected an error')
}

/** The list schedule as it was written first: every ready task against every member, by pairs of paths. The reference. */
function referenceSchedule(model: WaveModel, tasks: PlanTask[]): number[] {
  const clash = (i: number, j: number) => tasks[i].paths.some((x) => tasks[j].paths.some((y) => pathsOverlap(x, y)))
  const degree = tasks.map((_, i) => tasks.filter((__, j) => j !== i && clash(i, j)).length)
  const order = [...tasks.keys()].sort(
    (a, b) => Number(model.fixedFirst[b]) - Number(model.fixedFirst[a]) || model.tail[b] - model.tail[a] || degree[b] - degree[a] || a - b,
  )
  const wave = tasks.map(() => -1)
  let placed = 0
  for (let w = 0; placed < tasks.length; w++) {
    const members: number[] = []
    for (const i of order) {
      if (wave[i] >= 0 || members.length >= model.m || (model.fixedFirst[i] && w > 0)) continue
      if (!model.deps[i].every((d) => wave[d] >= 0 && wave[d] < w)) continue
      const apart = (j: number) =>
        (model.pin[i] >= 0 && model.pin[i] === model.pin[j]) || (clash(i, j) && !(model.fixedFirst[i] && model.fixedFirst[j]))
      if (members.some(apart)) continue
      wave[i] = w
      members.push(i)
    }
    placed += members.length
  }
  return wave
}

describe('plan: bounded work above the exact limit', () => {
  const shapes: Record<string, (n: number) => PlanTask> = {
    'one path': (n) => task(n, ['src/app/core.py']),
    'one chain': (n) => task(n, [`src/pkg${n}/mod.py`], n ? [n - 1] : []),
    'the root glob': (n) => task(n, ['**']),
  }
  for (const [name, make] of Object.entries(shapes))
    it(`10,000 tasks on ${name}: one task per wave, and a bounded number of path comparisons`, () => {
      const tasks = Array.from({ length: 10_000 }, (_, n) => make(n))
      const model = buildModel(tasks, AGENTS)
      const wave = listSchedule(model)
      expect(lowerBound(model)).toBe(10_000)
      expect(new Set(wave).size).toBe(10_000)
      // The old planner compared every pair of tasks (n² = 10⁸ comparisons); this one stays near n.
      expect(model.paths.checks).toBeLessThan(3_000_000)
      const plan = makePlan({ tasks, agents: AGENTS })
      expect(plan.waves.length).toBe(10_000)
      expect(plan.optimal).toBe(true)
    })

  it('a 5,000-part path and a task with 2,000 paths cost bounded work', () => {
    const deep = Array.from({ length: 5000 }, (_, k) => `d${k}`).join('/')
    const many = Array.from({ length: 2000 }, (_, k) => `wide/f${k}.py`)
    const tasks = [task(0, [deep]), task(1, many), task(2, [...many, ...many]), task(3, ['d0/d1']), task(4, ['wide'])]
    const model = buildModel(tasks, AGENTS)
    expect(model.paths.chain.every((c) => c.length <= 65)).toBe(true)
    const plan = makePlan({ tasks, agents: AGENTS })
    expect(plan.waves.flat()).toHaveLength(5)
    const waveOf = new Map(plan.assignments.map((a) => [a.id, a.wave]))
    expect(waveOf.get(id(0))).not.toBe(waveOf.get(id(3)))
    expect(new Set([id(1), id(2), id(4)].map((t) => waveOf.get(t))).size).toBe(3)
  })

  it('schedules generated inputs exactly as the pairwise reference does', () => {
    let seed = 25
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const paths = ['', 'src', 'src/a', 'src/a/x.py', 'src/b/', './src/b/y.py', 'src/a.py', 'tests/**', 'docs/*.md', 'lib//z.ts']
    for (let round = 0; round < 60; round++) {
      const n = 1 + Math.floor(rnd() * 120)
      const tasks = Array.from({ length: n }, (_, k) => {
        const t = task(
          k,
          Array.from({ length: Math.floor(rnd() * 3) }, () => paths[Math.floor(rnd() * paths.length)]),
          k && rnd() < 0.3 ? [Math.floor(rnd() * k)] : [],
        )
        if (rnd() < 0.1) t.pinned = { agent: AGENTS[Math.floor(rnd() * 3)], reason: 'in-progress' }
        if (t.pinned && rnd() < 0.5) t.started = true
        return t
      })
      const model = buildModel(tasks, AGENTS)
      expect(listSchedule(model)).toEqual(referenceSchedule(model, tasks))
      // Collected, then asserted once: an expect per pair (up to 14,400 a round) cost most of this test's time.
      const lopsided: string[] = []
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) if (mustSeparate(model, i, j) !== mustSeparate(model, j, i)) lopsided.push(`${id(i)} ${id(j)}`)
      expect(lopsided).toEqual([])
    }
  })
})

describe('plan: tasks that wait for themselves', () => {
  it('refuses a self-dependency in tasks.md, naming the task and its line', () => {
    const doc = parseTasks('# Tasks\n\n- [ ] T001 [P] a in a.py\n- [ ] T002 [P] b in b.py (depends on T001, T002)\n')
    const e = thrown(() => planTasks(doc, state()))
    expect(e).toBeInstanceOf(InputError)
    expect(e.message).toBe(
      'tasks.md line 4: T002 depends on itself; expected "depends on" to name other tasks (remove T002 from its own list)',
    )
  })

  it('refuses a self-dependency given to the planner directly', () => {
    const e = thrown(() => makePlan({ tasks: [task(1, ['a.py'], [1])], agents: AGENTS }))
    expect(e).toBeInstanceOf(InputError)
    expect(e.message).toMatch(/T00001 depends on itself/)
  })

  it('names the cycle itself, not the tasks that merely wait behind it', () => {
    const tasks = [task(0, ['a']), task(1, ['b'], [0, 3]), task(2, ['c'], [1]), task(3, ['d'], [2]), task(4, ['e'], [3])]
    const e = thrown(() => makePlan({ tasks, agents: AGENTS }))
    expect(e).toBeInstanceOf(InputError)
    expect(e.message).toMatch(/the dependencies T00001 → T00003 → T00002 → T00001 form a cycle/)
    expect(e.message).not.toMatch(/T00004|T00000/)
  })

  it('the CLI exits 2 on a self-dependency and records nothing', async () => {
    const spec = '025-self-wait'
    const repo = await makeRepo({
      'README.md': '# app\n',
      [`specs/${spec}/tasks.md`]: '# Tasks\n\n- [ ] T001 [P] a in a.py (depends on T001)\n',
    })
    const init = await runCliProcess(['init-feature', spec, '--implementors', '2'], repo.dir)
    expect(init.code).toBe(0)
    await repo.git.run(['fetch', '-q', 'origin'])
    const before = await repo.git.run(['ls-remote', 'origin'])
    const r = await runCliProcess(['plan', spec, '--apply'], repo.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/T001 depends on itself/)
    expect(await repo.git.run(['ls-remote', 'origin'])).toEqual(before)
    expect(existsSync(join(repo.dir, 'specs', spec, 'tasks.md'))).toBe(true)
  })
})
