import { describe, expect, it } from '@jest/globals'
import { makePlan } from '../../shared/plan/make-plan'
import { planTasks, type PlanState } from '../../shared/plan/plan-tasks'
import { parseTasks, setOwners, updateTasks } from '../../shared/tasks'

const state = (over: Partial<PlanState> = {}): PlanState => ({
  agents: ['impl-1', 'impl-2'],
  progress: {},
  owners: {},
  branchPaths: {},
  ...over,
})

describe('plan: reading tasks.md', () => {
  it('refuses a cycle of written dependencies, naming the tasks', () => {
    const doc = parseTasks('- [ ] T001 [P] a in a.py (depends on T002)\n- [ ] T002 [P] b in b.py (depends on T001)\n')
    const { tasks } = planTasks(doc, state())
    expect(() => makePlan({ tasks, agents: ['impl-1'] })).toThrow(/T001 → T002 → T001 form a cycle/)
  })

  it('drops an implicit wait that would close a cycle with a written one, and notes unknown ids', () => {
    const doc = parseTasks('## Phase 1\n- [ ] T001 a in a.py (depends on T002, T099)\n- [ ] T002 b in b.py\n')
    const r = planTasks(doc, state())
    expect(r.tasks.find((t) => t.id === 'T002')!.dependsOn).toEqual([])
    expect(r.tasks.find((t) => t.id === 'T001')!.dependsOn).toEqual([{ id: 'T002', reason: 'explicit' }])
    expect(r.notes).toEqual(['T001 depends on T099, which is not in tasks.md; ignored'])
  })

  it('leaves done tasks out, pins started ones, and pins a task to the one branch that changed its files', () => {
    const doc = parseTasks(
      '- [X] T001 [P] done in a.py\n- [ ] T002 [P] b in src/b.py\n- [ ] T003 [P] c in src/c.py\n- [ ] T004 [P] d in src/\n',
    )
    const r = planTasks(
      doc,
      state({
        progress: { T002: { state: 'in-progress', agent: 'impl-2' } },
        branchPaths: { 'impl-1': ['src/c.py'], 'impl-2': ['src/b.py'] },
      }),
    )
    expect(r.done).toEqual(['T001'])
    const by = new Map(r.tasks.map((t) => [t.id, t]))
    expect(by.get('T002')!.pinned).toEqual({ agent: 'impl-2', reason: 'in-progress' })
    expect(by.get('T003')!.pinned).toEqual({ agent: 'impl-1', reason: 'branch-changes', detail: 'src/c.py' })
    // Touches what both branches changed: no pin, the plan reports it.
    expect(by.get('T004')!.pinned).toBeUndefined()
  })
})

describe('owner comments', () => {
  const text =
    '# Tasks\r\n\r\n- [ ] T001 [P] [US1] Model in src/a.py  \r\n- [X] T002 Done in b.py <!-- done: 2026-01-01T00:00:00.000Z abc1234 impl-1 -->\r\n- [ ] T003 c'
  it('adds and replaces owner comments, changing nothing else; the done comment stays last', () => {
    const r = setOwners(
      text,
      new Map([
        ['T001', 'impl-2'],
        ['T002', 'impl-1'],
        ['T003', 'impl-1'],
      ]),
    )
    expect(r.changed).toEqual(['T001', 'T002', 'T003'])
    expect(r.text).toBe(
      '# Tasks\r\n\r\n- [ ] T001 [P] [US1] Model in src/a.py <!-- owner: impl-2 -->  \r\n- [X] T002 Done in b.py <!-- owner: impl-1 --> <!-- done: 2026-01-01T00:00:00.000Z abc1234 impl-1 -->\r\n- [ ] T003 c <!-- owner: impl-1 -->',
    )
    const doc = parseTasks(r.text)
    expect(doc.tasks.map((t) => [t.owner, t.description])).toEqual([
      ['impl-2', 'Model in src/a.py'],
      ['impl-1', 'Done in b.py'],
      ['impl-1', 'c'],
    ])
    const again = setOwners(r.text, new Map([['T001', 'impl-3']]))
    expect(again.text).toBe(r.text.replace('owner: impl-2', 'owner: impl-3'))
    expect(setOwners(again.text, new Map([['T001', 'impl-3']])).changed).toEqual([])
    // Ticking a task with an owner comment puts the done comment after it.
    const ticked = updateTasks(again.text, [{ id: 'T003', done: true, meta: { time: 't', commit: 'abcdef0123', agent: 'impl-1' } }], {
      annotate: true,
    })
    expect(ticked.text.endsWith('- [X] T003 c <!-- owner: impl-1 --> <!-- done: t abcdef0 impl-1 -->')).toBe(true)
  })
})
