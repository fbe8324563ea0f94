// What `plan` costs on large tasks.md files, for the shapes that used to run
// away (issue #25 item 6): every task on one path, one long dependency chain,
// and independent tasks on distinct files. Each run parses tasks.md, derives
// the dependencies, plans for 4 implementors and renders the text output.
// Usage: npm run bench:plan [-- 500,1000,2000]
import { makePlan } from '../../shared/plan/make-plan'
import { planTasks } from '../../shared/plan/plan-tasks'
import { renderPlanText } from '../../shared/plan/render-plan'
import { parseTasks } from '../../shared/tasks'

const SIZES = (process.argv[2] ?? '500,1000,2000,4000,10000').split(',').map(Number)
const AGENTS = ['impl-1', 'impl-2', 'impl-3', 'impl-4']

type Shape = (i: number, id: (n: number) => string) => string
const SHAPES: Record<string, Shape> = {
  'one path': (i, id) => `- [ ] ${id(i)} [P] Change part ${i} in src/app/core.py`,
  'one chain': (i, id) => `- [ ] ${id(i)} [P] Build part ${i} in src/pkg${i}/mod.py${i ? ` (depends on ${id(i - 1)})` : ''}`,
  'distinct files': (i, id) => `- [ ] ${id(i)} [P] Build part ${i} in src/pkg${i % 97}/mod${i}.py`,
}

function tasksMd(n: number, shape: Shape): string {
  const width = String(n).length + 1
  const id = (k: number) => `T${String(k + 1).padStart(width, '0')}`
  const lines = ['# Tasks: bench', '', '## Phase 3: User Story 1', '']
  for (let i = 0; i < n; i++) lines.push(shape(i, id))
  return lines.join('\n')
}

function run(n: number, shape: Shape): { ms: number; waves: number } {
  const text = tasksMd(n, shape)
  const start = performance.now()
  const { tasks } = planTasks(parseTasks(text), { agents: AGENTS, progress: {}, owners: {}, branchPaths: {} })
  const plan = makePlan({ tasks, agents: AGENTS })
  renderPlanText({ spec: '001-bench', plan, tasks, done: [], notes: [], ownerChanges: [], applied: false })
  return { ms: performance.now() - start, waves: plan.waves.length }
}

const header = ['tasks', ...Object.keys(SHAPES)]
console.log(header.map((h) => h.padStart(16)).join(''))
for (const n of SIZES) {
  const cells = Object.values(SHAPES).map((shape) => {
    const r = run(n, shape)
    return `${(r.ms / 1000).toFixed(2)} s/${r.waves}w`
  })
  console.log([String(n), ...cells].map((c) => c.padStart(16)).join(''))
}
