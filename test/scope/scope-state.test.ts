import { afterAll, describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../shared/config/config'
import { renderSitePage } from '../../shared/dashboard'
import { scopeDriftFor } from '../../shared/scope'
import { driftEvents, openDrift } from '../../shared/role-ci/drift-state'
import { applyEvent, emptyProjection, serializeProjection } from '../../shared/state/projection/projection'
import { checkProjection } from '../../shared/state/projection/projection-check'
import { makeEvent } from '../../shared/state/events/events'
import { allKindsLog, FEATURE_A, implOf } from '../support/all-kinds-log'
import { cleanupTemp, makeRepo } from '../support/repo'

afterAll(cleanupTemp)

const SPEC = '004-user-auth'
const TASKS = `# Tasks: auth

## Phase 3: User Story 1 - Sign in (Priority: P1)

- [ ] T012 [P] [US1] Create User model in src/models/user.py
- [ ] T013 [US1] Implement auth middleware in src/middleware/auth.py <!-- owner: impl-2 -->
- [ ] T014 [US1] Implement login service in src/services/login.py
`

describe('scopeDriftFor (what check-path calls before an edit)', () => {
  it('reads tasks.md from the overseer, the agent’s commit references since the merge base, and the state’s assignments', async () => {
    const repo = await makeRepo({ 'README.md': '# app\n', [`specs/${SPEC}/tasks.md`]: TASKS })
    const overseer = `feature/${SPEC}/overseer`
    const branch = `feature/${SPEC}/impl-1`
    await repo.git.run(['branch', overseer, 'main'])
    // The implementor's own tasks.md claims T013: it is not read (the overseer's copy is).
    await repo.commit(
      branch,
      { 'src/models/user.py': 'x\n', [`specs/${SPEC}/tasks.md`]: TASKS.replace('impl-2', 'impl-1') },
      'T012: model',
      overseer,
    )
    const who = { spec: SPEC, branch, index: 1 }
    const config = defaultConfig()
    const paths = ['src/models/user.py', 'src/middleware/auth.py', 'src/services/login.py', 'src/models/tests/test_user.py']
    const first = await scopeDriftFor(paths, who, { git: repo.git, config, overseerRef: overseer })
    expect(first.mode).toBe('warn')
    expect(first.scope).toMatchObject({ source: 'commits', tasks: ['T012'] })
    expect(first.drift).toEqual([
      { path: 'src/middleware/auth.py', owners: [{ id: 'T013', agent: 'impl-2', how: 'assigned' }] },
      { path: 'src/services/login.py', owners: [{ id: 'T014' }] },
    ])

    // A task-assigned event gives T014 to impl-1: its scope is now what the plan says, not its commits.
    const feature = emptyProjection()
    applyEvent(feature, makeEvent('task-assigned', SPEC, { taskId: 'T014', agent: branch }, { actor: 't', time: new Date(0) }))
    const planned = await scopeDriftFor(paths, who, { git: repo.git, config, overseerRef: overseer, feature: feature.features[SPEC] })
    expect(planned.scope).toMatchObject({ source: 'assigned', tasks: ['T014'] })
    expect(planned.drift.map((d) => d.path)).toEqual(['src/middleware/auth.py', 'src/models/tests/test_user.py', 'src/models/user.py'])

    config.scope.mode = 'off'
    expect(await scopeDriftFor(paths, who, { git: repo.git, config, overseerRef: overseer })).toMatchObject({ mode: 'off', drift: [] })
  })
})

describe('scope drift as state', () => {
  const fold = () => {
    const p = emptyProjection()
    for (const e of allKindsLog()) applyEvent(p, e)
    return p
  }

  it('the projection keeps open drift per branch, passes its shape check, and the page escapes what it shows', () => {
    const p = fold()
    const feature = p.features[FEATURE_A]
    expect(openDrift(feature).map((d) => [d.branch, d.path])).toEqual([[implOf(FEATURE_A, 2), 'src/<routes>.ts']])
    const stored = checkProjection(JSON.parse(serializeProjection(p)))
    expect('projection' in stored).toBe(true)
    const html = renderSitePage(p, feature)
    expect(html).toContain('<code>src/&lt;routes&gt;.ts</code>: belongs to T003 assigned to impl-1')
    expect(html).not.toContain('README.md</code>: ')
  })

  it('records new drift once, clears what is gone, and counts occurrences when it comes back', () => {
    const p = fold()
    const branch = implOf(FEATURE_A, 2)
    const stamp = { actor: 't', time: new Date(Date.UTC(2026, 5, 1)) }
    const commit = 'c'.repeat(40)
    const feature = () => p.features[FEATURE_A]
    // README.md drifted and was cleared before; src/<routes>.ts is open.
    const again = driftEvents(
      feature(),
      FEATURE_A,
      branch,
      [
        { path: 'README.md', tasks: [] },
        { path: 'src/<routes>.ts', tasks: [] },
      ],
      commit,
      stamp,
    )
    expect(again.map((e) => [e.kind, (e.data as { path: string }).path, e.data.occurrence])).toEqual([['scope-drift', 'README.md', 2]])
    for (const e of again) applyEvent(p, e)
    expect(
      driftEvents(
        feature(),
        FEATURE_A,
        branch,
        [
          { path: 'README.md', tasks: [] },
          { path: 'src/<routes>.ts', tasks: [] },
        ],
        commit,
        stamp,
      ),
    ).toEqual([])
    const gone = driftEvents(feature(), FEATURE_A, branch, [], commit, stamp)
    expect(gone.map((e) => [e.kind, (e.data as { path: string }).path, e.data.occurrence])).toEqual([
      ['scope-cleared', 'README.md', 2],
      ['scope-cleared', 'src/<routes>.ts', undefined],
    ])
    for (const e of gone) applyEvent(p, e)
    expect(openDrift(feature())).toEqual([])
  })
})

describe('scope drift in the job summary and the CLI text', () => {
  it('escapes paths and names: a pipe, backticks, a line break or a workflow command stay data', async () => {
    const { renderRoleCiSummary, renderRoleCiText } = await import('../../shared/role-ci')
    const hostile = 'src/a|b`c`\n::error::x.py'
    const report = {
      role: 'implementor' as const,
      branch: 'feature/004-user-auth/impl-1',
      guard: { ok: true, violations: [], changed: [] },
      scope: {
        mode: 'fail' as const,
        tasksFile: 'specs/004-user-auth/tasks.md',
        scope: { source: 'assigned' as const, tasks: ['T001', 'T012'], pathless: ['T001'], paths: [], ignored: [] },
        drift: [{ path: hostile, owners: [{ id: 'T014', agent: 'impl-<2>', how: 'assigned' as const }] }],
      },
      checks: [],
      junit: [],
      commandsNote: 'none',
    }
    const summary = renderRoleCiSummary(report)
    expect(summary).toContain('## Role CI: ❌ failed')
    expect(summary).toContain('T001 names no file')
    const row = summary.split('\n').find((l) => l.includes('a\\|b'))!
    // One row of two cells: the pipe in the path is escaped, the line break gone, the name's markup escaped.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(3)
    expect(row).toContain('T014 assigned to impl-&lt;2&gt;')
    expect(summary).not.toMatch(/^::error::/m)
    const text = renderRoleCiText(report)
    expect(text).toContain('Scope drift (fails): 1 file outside the paths of its tasks')
    expect(text).not.toMatch(/^::error::/m)
  })
})
