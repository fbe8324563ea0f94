import { describe, expect, it } from '@jest/globals'
import { makePlan } from '../../shared/plan/make-plan'
import { pathsOverlap } from '../../shared/plan/path-overlap'
import type { Plan, PlanTask } from '../../shared/plan/plan-types'

const id = (n: number) => `T${String(n).padStart(3, '0')}`
function task(n: number, paths: string[], deps: number[] = [], extra: Partial<PlanTask> = {}): PlanTask {
  return {
    id: id(n),
    description: `task ${n}`,
    paths,
    dependsOn: deps.map((d) => ({ id: id(d), reason: 'explicit' })),
    parallel: true,
    estimate: 1,
    ...extra,
  }
}
const agents = (m: number) => Array.from({ length: m }, (_, i) => `impl-${i + 1}`)

/** Every rule a plan must keep, checked from the plan alone. */
function checkPlan(plan: Plan, tasks: PlanTask[], m: number): void {
  const by = new Map(plan.assignments.map((a) => [a.id, a]))
  expect([...by.keys()].sort()).toEqual(tasks.map((t) => t.id).sort())
  for (const t of tasks) for (const d of t.dependsOn) expect(by.get(d.id)!.wave).toBeLessThan(by.get(t.id)!.wave)
  for (const wave of plan.waves) {
    expect(wave.length).toBeLessThanOrEqual(m)
    expect(new Set(wave.map((a) => a.agent)).size).toBe(wave.length)
  }
}

/** Shared paths within waves between different agents. */
function shared(plan: Plan, tasks: PlanTask[]): number {
  const paths = new Map(tasks.map((t) => [t.id, t.paths]))
  let count = 0
  for (const wave of plan.waves)
    for (const [i, a] of wave.entries())
      for (const b of wave.slice(i + 1)) if (paths.get(a.id)!.some((x) => paths.get(b.id)!.some((y) => pathsOverlap(x, y)))) count++
  return count
}

/** The fewest waves by trying every wave for every task (small inputs only): the reference. */
function bruteForceWaves(tasks: PlanTask[], m: number): number {
  const n = tasks.length
  const index = new Map(tasks.map((t, i) => [t.id, i]))
  const clash = tasks.map((a) => tasks.map((b) => a !== b && a.paths.some((x) => b.paths.some((y) => pathsOverlap(x, y)))))
  for (let w = 1; w <= n; w++) {
    const wave = new Array<number>(n).fill(0)
    const ok = () => {
      for (let i = 0; i < n; i++) {
        for (const d of tasks[i].dependsOn) if (wave[index.get(d.id)!] >= wave[i]) return false
        for (let j = i + 1; j < n; j++) if (wave[i] === wave[j] && clash[i][j]) return false
      }
      const count = new Array<number>(w).fill(0)
      for (const x of wave) if (++count[x] > m) return false
      return true
    }
    const next = () => {
      for (let i = 0; i < n; i++) {
        if (++wave[i] < w) return true
        wave[i] = 0
      }
      return false
    }
    do if (ok()) return w
    while (next())
  }
  return n
}

function random(seed: number): () => number {
  let s = seed
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648
}

describe('plan: waves with known optimum', () => {
  it('tasks on one file take one wave each; a folder clashes with the files in it, not with its neighbours', () => {
    const same = [1, 2, 3, 4].map((n) => task(n, ['src/app.py']))
    const p = makePlan({ tasks: same, agents: agents(3) })
    checkPlan(p, same, 3)
    expect(p.waves.length).toBe(4)
    expect(shared(p, same)).toBe(0)
    const tree = [task(1, ['src/']), task(2, ['src/a.py']), task(3, ['src/b.py']), task(4, ['lib/x.py']), task(5, ['src2/y.py'])]
    const q = makePlan({ tasks: tree, agents: agents(2) })
    checkPlan(q, tree, 2)
    expect(q.waves.length).toBe(3)
    expect(shared(q, tree)).toBe(0)
    expect(q.optimal).toBe(true)
    // src/ and src2/ are not one folder.
    expect(pathsOverlap('src/', 'src2/y.py')).toBe(false)
    expect(pathsOverlap('src/**', 'src/deep/x.py')).toBe(true)
  })

  it('a dependency chain sets the number of waves; independent tasks fill the gaps', () => {
    const chain = [task(1, ['a']), task(2, ['b'], [1]), task(3, ['c'], [2]), task(4, ['d'], [3])]
    const free = [5, 6, 7, 8, 9].map((n) => task(n, [`f${n}.py`]))
    const tasks = [...chain, ...free]
    const p = makePlan({ tasks, agents: agents(3) })
    checkPlan(p, tasks, 3)
    expect(p.waves.length).toBe(4)
    expect(p.lowerBound).toBe(4)
  })

  it('matches a brute force over every wave assignment on 150 random small task lists', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const rnd = random(seed)
      const n = 3 + Math.floor(rnd() * 5)
      const m = 1 + Math.floor(rnd() * 3)
      const files = ['src/a.py', 'src/b.py', 'src/', 'lib/c.py', 'lib/', 'd.md']
      const tasks = Array.from({ length: n }, (_, i) =>
        task(i + 1, [files[Math.floor(rnd() * files.length)]], i > 0 && rnd() < 0.35 ? [1 + Math.floor(rnd() * i)] : []),
      )
      const p = makePlan({ tasks, agents: agents(m) })
      checkPlan(p, tasks, m)
      expect(shared(p, tasks)).toBe(0)
      expect({ seed, waves: p.waves.length }).toEqual({ seed, waves: bruteForceWaves(tasks, m) })
      expect(p.optimal).toBe(true)
    }
  })

  it('is deterministic and keeps the load within one task when nothing is pinned', () => {
    const rnd = random(99)
    const tasks = Array.from({ length: 25 }, (_, i) =>
      task(i + 1, [`src/m${Math.floor(rnd() * 8)}.py`], i > 2 && rnd() < 0.3 ? [1 + Math.floor(rnd() * i)] : []),
    )
    const p = makePlan({ tasks, agents: agents(4) })
    expect(makePlan({ tasks, agents: agents(4) })).toEqual(p)
    checkPlan(p, tasks, 4)
    expect(shared(p, tasks)).toBe(0)
    const counts = p.load.map((l) => l.tasks)
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
    expect(p.method).toBe('exact')
    expect(p.optimal).toBe(true)
  })

  it('above the exact limit uses the heuristic, still shares no path, and reports a lower bound', () => {
    const rnd = random(5)
    const tasks = Array.from({ length: 45 }, (_, i) =>
      task(i + 1, [`src/m${Math.floor(rnd() * 12)}.py`], i > 2 && rnd() < 0.3 ? [1 + Math.floor(rnd() * i)] : []),
    )
    const p = makePlan({ tasks, agents: agents(3) })
    expect(p.method).toBe('heuristic')
    expect(p.steps).toBe(0)
    checkPlan(p, tasks, 3)
    expect(shared(p, tasks)).toBe(0)
    expect(p.lowerBound).toBeGreaterThanOrEqual(15)
    expect(p.waves.length).toBeGreaterThanOrEqual(p.lowerBound)
  })

  it('keeps started tasks with their agent in the first wave and names the overlap it cannot avoid', () => {
    const tasks = [
      task(1, ['src/app.py'], [], { pinned: { agent: 'impl-2', reason: 'in-progress' }, started: true }),
      task(2, ['src/app.py'], [], { pinned: { agent: 'impl-1', reason: 'in-progress' }, started: true }),
      task(3, ['src/app.py']),
      task(4, ['docs/x.md']),
    ]
    const p = makePlan({ tasks, agents: agents(2) })
    const by = new Map(p.assignments.map((a) => [a.id, a]))
    expect(by.get('T001')).toMatchObject({ agent: 'impl-2', wave: 1 })
    expect(by.get('T002')).toMatchObject({ agent: 'impl-1', wave: 1 })
    expect(p.collisions).toEqual([
      expect.objectContaining({
        wave: 1,
        tasks: ['T001', 'T002'],
        paths: ['src/app.py'],
        why: expect.stringMatching(/already in progress/),
      }),
    ])
    expect(by.get('T003')!.wave).toBe(2)
  })

  it("balances by estimate, and a task touching one branch's changes goes to that branch", () => {
    // Two waves are needed for four tasks on three agents; the heavy task's agent gets nothing more.
    const tasks = [task(1, ['a.py'], [], { estimate: 5 }), task(2, ['b.py']), task(3, ['c.py']), task(4, ['d.py'])]
    const p = makePlan({ tasks, agents: agents(3) })
    expect(p.waves.length).toBe(2)
    const heavy = p.assignments.find((a) => a.id === 'T001')!.agent
    expect(p.load.find((l) => l.agent === heavy)!.tasks).toBe(1)
    const pinned = [
      task(1, ['src/x.py'], [], { pinned: { agent: 'impl-2', reason: 'branch-changes', detail: 'src/x.py' } }),
      task(2, ['y.py']),
    ]
    const q = makePlan({ tasks: pinned, agents: agents(2), branchPaths: { 'impl-2': ['src/x.py'] } })
    expect(q.assignments.find((a) => a.id === 'T001')!.agent).toBe('impl-2')
    expect(q.branchCollisions).toEqual([])
  })
})
