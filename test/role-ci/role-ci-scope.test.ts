import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { impl, initFeature, overseer, STATE_BRANCH } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { SPEC } from '../support/feature-repo'
import { runAction, type ActionRun } from '../support/harness'
import { cleanupTemp, makeRepo, TestRepo } from '../support/repo'
import { renderPullRequestBody } from '../../shared/open-pr/pr-body'
import type { Projection } from '../../shared/state/projection/projection-types'

// Scope drift through the role-ci bundle as the runner runs it: real repositories, a bare remote,
// tasks.md in spec-kit's format on the overseer branch, assignments from events, owner comments or commits.

const bundle = 'dist/role-ci/index.js'
const TASKS_FILE = `specs/${SPEC}/tasks.md`
const CONFIG = '.github/orchestrator.yml'

const TASKS = `# Tasks: User authentication

**Input**: Design documents from \`/specs/${SPEC}/\`

## Phase 3: User Story 1 - Sign in (Priority: P1)

### Tests for User Story 1

- [ ] T010 [P] [US1] Contract test POST /api/login in tests/contract/test_login.py

### Implementation for User Story 1

- [ ] T012 [P] [US1] Create User model in src/models/user.py
- [ ] T013 [US1] Implement auth middleware in \`src/middleware/auth.py\` (depends on T012)
- [ ] T014 [US1] Implement login service in src/services/ (depends on T012)
`

afterAll(cleanupTemp)

async function featureRepo(tasks: string): Promise<TestRepo> {
  const repo = await makeRepo({
    'README.md': '# app\n',
    'src/app.py': 'app = 1\n',
    'src/models/user.py': 'class User: pass\n',
    'src/middleware/auth.py': 'def auth(): pass\n',
    'src/services/login.py': 'def login(): pass\n',
    [`specs/${SPEC}/spec.md`]: '# Feature Specification: User Authentication\n',
    [TASKS_FILE]: tasks,
  })
  await initFeature(repo, 2)
  return repo
}

async function assign(repo: TestRepo, taskId: string, n: number): Promise<void> {
  const r = await runCliInProcess(
    ['events', 'log', 'task-assigned', '--feature', SPEC, '--data', JSON.stringify({ taskId, agent: impl(n) })],
    repo.dir,
  )
  if (r.code !== 0) throw new Error(`events log failed: ${r.stderr}`)
}

async function roleCi(repo: TestRepo, n: number): Promise<ActionRun> {
  await repo.git.run(['checkout', '-q', impl(n)])
  return runAction({ bundle, cwd: repo.dir, eventName: 'push', ref: `refs/heads/${impl(n)}`, inputs: { 'guard-only': 'true' } })
}

/** Scope events on the remote state branch, oldest first, as [kind, branch, path, occurrence]. */
async function scopeEvents(repo: TestRepo): Promise<[string, string, string, number | undefined][]> {
  await repo.git.run(['fetch', '-q', 'origin', STATE_BRANCH])
  const files = (await repo.git.run(['ls-tree', '-r', '--name-only', 'FETCH_HEAD', '--', 'events/'])).split('\n').filter(Boolean)
  const events = await Promise.all(files.map(async (f) => JSON.parse(await repo.git.run(['show', `FETCH_HEAD:${f}`]))))
  return events
    .filter((e) => e.kind.startsWith('scope-'))
    .sort((a, b) =>
      a.time < b.time ? -1 : a.time > b.time ? 1 : a.kind < b.kind ? 1 : a.kind > b.kind ? -1 : a.data.path < b.data.path ? -1 : 1,
    )
    .map((e) => [e.kind, e.data.branch, e.data.path, e.data.occurrence])
}

async function stateFile(repo: TestRepo, path: string): Promise<string> {
  await repo.git.run(['fetch', '-q', 'origin', STATE_BRANCH])
  return repo.git.run(['show', `FETCH_HEAD:${path}`])
}

/** The step's failure message (setFailed's error, which has no title). */
const failureOf = (run: ActionRun) => run.annotations.find((a) => a.level === 'error' && !a.properties.title)?.message
const warnings = (run: ActionRun) => run.annotations.filter((a) => a.properties.title?.startsWith('Scope drift'))

describe('role-ci scope drift: assignments from task-assigned events', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await featureRepo(TASKS)
    await assign(repo, 'T012', 1)
    await assign(repo, 'T013', 1)
    await assign(repo, 'T014', 2)
  })

  it('an implementor editing only its tasks’ files (and a test beside one) has no drift', async () => {
    await repo.commit(
      impl(1),
      {
        'src/models/user.py': 'class User:\n    name = ""\n',
        'src/models/test_user.py': 'def test(): pass\n',
        [TASKS_FILE]: TASKS.replace('- [ ] T012', '- [X] T012'),
      },
      'T012: user model',
      `origin/${impl(1)}`,
    )
    await repo.push(impl(1))
    const run = await roleCi(repo, 1)
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs['scope-drift'])).toEqual([])
    expect(warnings(run)).toEqual([])
    expect(run.summary).toContain('### Scope drift')
    expect(run.summary).toContain('Every changed file is within the paths of its tasks')
    expect(await scopeEvents(repo)).toEqual([])
  })

  it('editing another agent’s task file warns naming the file, the task and its agent, and records it once', async () => {
    await repo.commit(impl(1), { 'src/services/login.py': 'def login(): return 1\n', 'src/app.py': 'app = 2\n' }, 'wip T013')
    await repo.push(impl(1))
    const run = await roleCi(repo, 1)
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs['scope-drift'])).toEqual([
      { path: 'src/app.py', owners: [] },
      { path: 'src/services/login.py', owners: [{ id: 'T014', agent: 'impl-2', how: 'assigned' }] },
    ])
    const w = warnings(run)
    expect(w.map((a) => [a.level, a.properties.file])).toEqual([
      ['warning', 'src/app.py'],
      ['warning', 'src/services/login.py'],
    ])
    expect(w[1].message).toContain('src/services/login.py belongs to T014 assigned to impl-2')
    expect(w[1].message).toContain('(T012, T013)')
    expect(run.summary).toMatch(/\| src\/services\/login\.py \| T014 assigned to impl-2 \|/)
    expect(run.summary).toContain('2 files changed outside the paths of its tasks')
    expect(await scopeEvents(repo)).toEqual([
      ['scope-drift', impl(1), 'src/app.py', undefined],
      ['scope-drift', impl(1), 'src/services/login.py', undefined],
    ])
    // Shown per agent: its state file, the overseer view, the dashboard, events status.
    expect(await stateFile(repo, `features/${SPEC}/impl-1.md`)).toMatch(/## Scope drift[\s\S]*src/)
    expect(await stateFile(repo, `features/${SPEC}/overseer.md`)).toContain('| src/services/login.py | T014 assigned to impl-2 |')
    const html = await stateFile(repo, `docs/features/${SPEC}.html`)
    expect(html).toContain('<code>src/services/login.py</code>: belongs to T014 assigned to impl-2')
    const projection = JSON.parse(await stateFile(repo, 'projection.json')) as Projection
    expect(renderPullRequestBody(projection, SPEC, impl(1))).toMatch(
      /### Scope drift[\s\S]*\| src\/services\/login\.py \| T014 assigned to impl-2 \|/,
    )
    expect(renderPullRequestBody(projection, SPEC, impl(2))).not.toContain('Scope drift')
    const status = await runCliInProcess(['events', 'status', SPEC, '--json'], repo.dir)
    expect(JSON.parse(status.stdout).features[0].scopeDrift.map((d: { branch: string; path: string }) => [d.branch, d.path])).toEqual([
      [impl(1), 'src/app.py'],
      [impl(1), 'src/services/login.py'],
    ])
    const text = await runCliInProcess(['events', 'status', SPEC], repo.dir)
    expect(text.stdout).toContain(`- scope drift ${impl(1)}: src/services/login.py outside its tasks (belongs to T014 assigned to impl-2)`)
    // An unchanged re-run records nothing new.
    expect((await roleCi(repo, 1)).exitCode).toBe(0)
    expect(await scopeEvents(repo)).toHaveLength(2)
    // The CLI (run-tests on the checked-out branch) says the same in text.
    const cli = await runCliInProcess(['run-tests', '--guard-only'], repo.dir)
    expect(cli.code).toBe(0)
    expect(cli.stdout).toContain('Scope: the paths of T012, T013, the tasks assigned to it.')
    expect(cli.stdout).toContain('Scope drift (warning): 2 files outside the paths of its tasks')
    expect(cli.stdout).toContain('  ! src/services/login.py belongs to T014 assigned to impl-2')
  })

  it('clears what is gone when a later run no longer changes it', async () => {
    const main = await repo.git.run(['rev-parse', 'origin/main'])
    await repo.git.run(['checkout', '-q', impl(1)])
    await repo.git.run(['checkout', '-q', main, '--', 'src/services/login.py'])
    await repo.git.run(['commit', '-q', '-m', 'revert the login service'])
    await repo.push(impl(1))
    const run = await roleCi(repo, 1)
    expect(JSON.parse(run.outputs['scope-drift']).map((d: { path: string }) => d.path)).toEqual(['src/app.py'])
    expect((await scopeEvents(repo)).map(([k, , p]) => [k, p])).toEqual([
      ['scope-drift', 'src/app.py'],
      ['scope-drift', 'src/services/login.py'],
      ['scope-cleared', 'src/services/login.py'],
    ])
    expect(await stateFile(repo, `features/${SPEC}/impl-1.md`)).not.toContain('src/services/login.py')
    expect((await runCliInProcess(['events', 'verify'], repo.dir)).code).toBe(0)
  })

  it('scope.mode: fail on the overseer fails the step; the implementor’s own config saying off changes nothing', async () => {
    await repo.commit(overseer, { [CONFIG]: 'scope:\n  mode: fail\n' }, 'scope drift fails', `origin/${overseer}`)
    await repo.push(overseer)
    await repo.commit(impl(2), { 'src/models/user.py': 'class User: pass  # impl-2 was here\n' }, 'T014: login', `origin/${impl(2)}`)
    await repo.push(impl(2))
    const failing = await roleCi(repo, 2)
    expect(failing.exitCode).toBe(1)
    expect(failureOf(failing)).toContain('scope: 1 file outside the paths of its tasks ("src/models/user.py")')
    expect(warnings(failing).map((a) => [a.level, a.message])).toEqual([
      ['error', "src/models/user.py belongs to T012 assigned to impl-1; it is outside the paths of this agent's tasks (T014)"],
    ])

    // The branch's own config switches scope off: the rules come from the overseer branch, so it still fails
    // (and changing the config is a guard violation of its own).
    await repo.commit(impl(2), { [CONFIG]: 'scope:\n  mode: off\n' }, 'switch it off')
    await repo.push(impl(2))
    const still = await roleCi(repo, 2)
    expect(still.exitCode).toBe(1)
    expect(JSON.parse(still.outputs['scope-drift']).map((d: { path: string }) => d.path)).toEqual([CONFIG, 'src/models/user.py'])
    expect(failureOf(still)).toContain('scope: 2 files outside the paths of its tasks')
  })
})

describe('role-ci scope drift: owner comments, commit references, hostile task text', () => {
  let repo: TestRepo
  beforeAll(async () => {
    const withOwners = TASKS.replace('src/models/user.py', 'src/models/user.py <!-- owner: impl-1 -->').concat(
      '- [ ] T020 [US1] Harden ../../etc/passwd and src/auth/ <!-- owner: impl-1 -->\n',
    )
    repo = await featureRepo(withOwners)
  })

  it('owner comments in the overseer’s tasks.md give the tasks; a hostile path in a task is ignored with a notice', async () => {
    await repo.commit(
      impl(1),
      { 'src/auth/token.py': 't = 1\n', 'etc/passwd': 'root\n', 'src/models/user.py': 'x = 1\n' },
      'work',
      `origin/${impl(1)}`,
    )
    await repo.push(impl(1))
    const run = await roleCi(repo, 1)
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs['scope-drift'])).toEqual([{ path: 'etc/passwd', owners: [] }])
    expect(
      run.annotations.some((a) => a.level === 'notice' && a.message.includes('T020 names "../../etc/passwd", which climbs out with ..')),
    ).toBe(true)
  })

  it('with no task assigned, the tasks its own commits reference make its scope, not tasks planned for another', async () => {
    const evil = 'src/evil\n::error::name.py'
    await repo.commit(
      impl(2),
      { 'tests/contract/test_login.py': 'def test(): pass\n', 'src/models/user.py': 'y = 1\n', [evil]: 'x\n' },
      'T010: contract test\n\nAlso touches T012',
      `origin/${impl(2)}`,
    )
    await repo.push(impl(2))
    const run = await roleCi(repo, 2)
    expect(run.exitCode).toBe(0)
    const drift = JSON.parse(run.outputs['scope-drift']) as { path: string; owners: unknown[] }[]
    expect(drift).toEqual([
      { path: evil, owners: [] },
      { path: 'src/models/user.py', owners: [{ id: 'T012', agent: 'impl-1', how: 'assigned' }] },
    ])
    // The file name with a line break cannot inject a workflow command, and is stored on one line.
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([])
    expect(run.summary).toContain('Scope: the paths of T010, the tasks its commits reference')
    const paths = (await scopeEvents(repo)).filter(([, b]) => b === impl(2)).map(([, , p]) => p)
    expect(paths).toEqual(['src/evil\\u000a::error::name.py', 'src/models/user.py'])
  })
})
