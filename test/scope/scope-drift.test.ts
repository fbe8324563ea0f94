import { afterAll, describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../shared/config/config'
import { ConfigurationError } from '../../shared/errors'
import { agentScope, driftText, scopeDrift, scopePath, type ScopeSources } from '../../shared/scope'
import { TaskIndex } from '../../shared/scope/task-index'
import { parseTasks } from '../../shared/tasks'
import { cleanupTemp, makeRepo } from '../support/repo'

afterAll(cleanupTemp)

// A tasks.md in spec-kit's format (SPEC-KIT-TASKS.md): phases, [P], [US1], paths in prose and backticks.
const TASKS = `# Tasks: User authentication

**Input**: Design documents from \`/specs/004-user-auth/\`

## Phase 1: Setup

- [ ] T001 Create project structure per implementation plan
- [ ] T002 [P] Configure linting in \`.eslintrc.json\` and \`pyproject.toml\`

## Phase 3: User Story 1 - Sign in (Priority: P1)

### Tests for User Story 1

- [ ] T010 [P] [US1] Contract test POST /api/users in tests/contract/test_users_post.py

### Implementation for User Story 1

- [ ] T012 [P] [US1] Create User model in src/models/user.py
- [ ] T013 [US1] Implement auth middleware in src/middleware/auth.py (depends on T012)
- [X] T014 [US1] Add the services in src/services/ and wire them in src/app.py
- [ ] T015 [US2] Fixtures in tests/fixtures/**/*.json
`

const SPEC = '004-user-auth'
const impl = (n: number) => ({ spec: SPEC, branch: `feature/${SPEC}/impl-${n}`, index: n })
const rules = { allow: [] as string[], companionTests: true, tasksFile: `specs/${SPEC}/tasks.md` }

function sources(over: Partial<ScopeSources> = {}, text = TASKS): ScopeSources {
  return { doc: parseTasks(text), assigned: {}, reported: {}, references: [], ...over }
}

describe('scope: the paths a task names', () => {
  it('reads files, folders (as prefixes), globs and backticked paths from spec-kit task lines', () => {
    const scope = agentScope(impl(1), sources({ assigned: { T002: impl(1).branch, T014: 'impl-1', T015: 'impl-1' } }))
    expect(scope.source).toBe('assigned')
    expect(scope.tasks).toEqual(['T002', 'T014', 'T015'])
    expect(scope.paths.map((p) => [p.task, p.scope.path, p.scope.glob])).toEqual([
      ['T002', '.eslintrc.json', false],
      ['T002', 'pyproject.toml', false],
      ['T014', 'src/services', false],
      ['T014', 'src/app.py', false],
      ['T015', 'tests/fixtures/**/*.json', true],
    ])
    const covered = (p: string) => scope.paths.some((s) => s.scope.matches(p))
    expect(covered('src/services/login.py')).toBe(true)
    expect(covered('src/services')).toBe(true)
    expect(covered('src/servicesX/a.py')).toBe(false)
    expect(covered('tests/fixtures/a/b/user.json')).toBe(true)
    expect(covered('tests/fixtures/a/b/user.yaml')).toBe(false)
    expect(covered('src/app.pyc')).toBe(false)
  })

  it('neutralises hostile paths: .., absolute, backslash, control characters, the whole repository', () => {
    for (const [raw, reason] of [
      ['../secrets.txt', 'climbs out with ..'],
      ['src/../.github/workflows/ci.yml', 'climbs out with ..'],
      ['/etc/passwd', 'is absolute'],
      ['C:/x/y.py', 'is absolute'],
      ['src\\x.py', 'holds a backslash'],
      ['src/a\nb.py', 'holds a line break or control character'],
      ['src/\u2028x.py', 'holds a line break or control character'],
      ['**', 'covers the whole repository'],
      ['./', 'covers the whole repository'],
    ]) {
      expect(scopePath(raw)).toEqual({ reason })
    }
    expect(scopePath('./src//models/')).toMatchObject({ path: 'src/models', glob: false })
  })

  it('a hostile task line cannot widen the scope: its bad paths are ignored and reported', () => {
    const text = `## Phase 1\n\n- [ ] T001 Edit ../../etc/passwd and \`/etc/shadow\` and \`**\` and src/ok.py <!-- owner: impl-1 -->\n`
    const check = scopeDrift(['.github/workflows/ci.yml', 'src/ok.py', 'etc/passwd'], impl(1), sources({}, text), rules)
    // `/etc/shadow` and `**` are not even read as paths (a leading slash is a route, `**` has no name).
    expect(check.scope.ignored.map((i) => [i.path, i.reason])).toEqual([['../../etc/passwd', 'climbs out with ..']])
    expect(check.scope.paths.map((p) => p.scope.path)).toEqual(['src/ok.py'])
    expect(check.drift.map((d) => d.path)).toEqual(['.github/workflows/ci.yml', 'etc/passwd'])
  })
})

describe('scope: whose tasks', () => {
  it('task-assigned events first, then owner comments; another agent’s file is drift naming the task and its agent', () => {
    const text = TASKS.replace('src/models/user.py', 'src/models/user.py <!-- owner: impl-2 -->').replace(
      'src/middleware/auth.py (depends on T012)',
      'src/middleware/auth.py (depends on T012) <!-- owner: impl-1 -->',
    )
    // T014's event gives it to impl-2 although no comment says so.
    const s = sources({ assigned: { T014: impl(2).branch }, nameOf: (a) => a.replace(/^.*\//, '') }, text)
    const check = scopeDrift(['src/middleware/auth.py', 'src/models/user.py', 'src/app.py', 'docs/x.md'], impl(1), s, rules)
    expect(check.scope.tasks).toEqual(['T013'])
    expect(check.drift).toEqual([
      { path: 'docs/x.md', owners: [] },
      { path: 'src/app.py', owners: [{ id: 'T014', agent: 'impl-2', how: 'assigned' }] },
      { path: 'src/models/user.py', owners: [{ id: 'T012', agent: 'impl-2', how: 'assigned' }] },
    ])
    expect(driftText(check.drift[1])).toBe('src/app.py belongs to T014 assigned to impl-2')
    expect(driftText(check.drift[0])).toBe('docs/x.md is named by no task')
  })

  it('without a plan, the tasks its own commits referenced, except tasks planned for someone else', () => {
    const s = sources({ references: ['T012', 'T013'], assigned: { T013: impl(2).branch }, reported: { T010: 'impl-3' } })
    const check = scopeDrift(['src/models/user.py', 'src/middleware/auth.py', 'tests/contract/test_users_post.py'], impl(1), s, rules)
    expect(check.scope).toMatchObject({ source: 'commits', tasks: ['T012'] })
    expect(check.drift).toEqual([
      { path: 'src/middleware/auth.py', owners: [{ id: 'T013', agent: feature(2), how: 'assigned' }] },
      { path: 'tests/contract/test_users_post.py', owners: [{ id: 'T010', agent: 'impl-3', how: 'reported' }] },
    ])
  })

  it('tasks that name no path do not constrain; an agent whose tasks name none has no scope to drift from', () => {
    const check = scopeDrift(['anything/at/all.py'], impl(1), sources({ assigned: { T001: 'impl-1' } }), rules)
    expect(check.drift).toEqual([])
    expect(check.unbounded).toBe('its tasks (T001) name no file')
    const mixed = scopeDrift(['src/models/user.py', 'setup.cfg'], impl(1), sources({ assigned: { T001: 'impl-1', T012: 'impl-1' } }), rules)
    expect(mixed.scope.pathless).toEqual(['T001'])
    expect(mixed.drift.map((d) => d.path)).toEqual(['setup.cfg'])
    expect(scopeDrift(['x.py'], impl(1), sources(), rules).unbounded).toBe('no task is assigned to it and its commits reference none')
    expect(scopeDrift(['x.py'], impl(1), { ...sources(), doc: null }, rules).unbounded).toBe(
      'the feature has no tasks.md to read the scope from',
    )
  })
})

describe('scope: always allowed', () => {
  const mine = sources({ assigned: { T012: 'impl-1' } })
  it('the feature’s tasks.md, the config’s allow globs, and tests beside a file of its tasks', () => {
    const paths = [
      `specs/${SPEC}/tasks.md`,
      'package-lock.json',
      'web/package-lock.json',
      'docs/notes/a.md',
      'src/models/test_user.py',
      'src/models/user_test.py',
      'src/models/tests/test_user.py',
      'src/models/__tests__/user.test.py',
      'src/models/test_order.py',
      'src/test_user.py',
      `specs/${SPEC}/plan.md`,
    ]
    const check = scopeDrift(paths, impl(1), mine, { ...rules, allow: ['package-lock.json', 'docs/**'] })
    expect(check.drift.map((d) => d.path)).toEqual([`specs/${SPEC}/plan.md`, 'src/models/test_order.py', 'src/test_user.py'])
    const strict = scopeDrift(paths, impl(1), mine, { ...rules, companionTests: false, allow: [] })
    expect(strict.drift.map((d) => d.path)).toEqual(paths.filter((p) => !p.endsWith('tasks.md')).sort())
  })
})

describe('scope: a task path covers what git’s own pathspec covers (differential)', () => {
  it('files, folders with and without a slash, and globs against git ls-files', async () => {
    const files = [
      'src/models/user.py',
      'src/models/order.py',
      'src/models.py',
      'src/modelsx/a.py',
      'tests/fixtures/a/b/user.json',
      'tests/fixtures/top.json',
      'tests/fixtures/a/readme.md',
      'src/app.py',
      'src/app.pyi',
      '.eslintrc.json',
      'web/.eslintrc.json',
    ]
    const repo = await makeRepo(Object.fromEntries(files.map((f) => [f, 'x\n'])))
    const listed = (await repo.git.run(['ls-files'])).split('\n').filter(Boolean)
    for (const raw of [
      'src/models/',
      'src/models',
      'src/app.py',
      'tests/fixtures/**/*.json',
      'tests/*/a/**',
      '.eslintrc.json',
      'src/*.py',
    ]) {
      const p = scopePath(raw)
      if ('reason' in p) throw new Error(p.reason)
      const magic = p.glob ? `:(glob)${p.path}` : `:(literal)${p.path}`
      const git = (await repo.git.run(['ls-files', '--', magic])).split('\n').filter(Boolean).sort()
      expect([raw, listed.filter((f) => p.matches(f)).sort()]).toEqual([raw, git])
    }
  })
})

describe('scope: the config section', () => {
  it('defaults to warn, reads mode, allow and companion-tests, and refuses bad values naming them', async () => {
    expect((await parseConfig('version: 1\n', 'c.yml')).scope).toEqual({ mode: 'warn', allow: [], companionTests: true })
    expect((await parseConfig('scope:\n  mode: fail\n  allow: [docs/**]\n  companion-tests: false\n', 'c.yml')).scope).toEqual({
      mode: 'fail',
      allow: ['docs/**'],
      companionTests: false,
    })
    for (const [yaml, says] of [
      ['scope:\n  mode: loud\n', 'scope.mode "loud" is not valid; expected off, warn or fail'],
      ['scope:\n  allow: docs\n', 'scope.allow must be a list'],
      ['scope:\n  allow: [../x]\n', 'scope.allow "../x" must be relative'],
      ['scope:\n  companion-tests: yes please\n', 'scope.companion-tests must be true or false'],
      ['scope:\n  modes: off\n', 'unknown key "scope.modes"'],
    ]) {
      await expect(parseConfig(yaml, 'c.yml')).rejects.toThrow(ConfigurationError)
      await expect(parseConfig(yaml, 'c.yml')).rejects.toThrow(says)
    }
  })
})

function feature(n: number): string {
  return `feature/${SPEC}/impl-${n}`
}

describe('scope: the task index answers as trying every task does', () => {
  it('on random task paths (files, folders, globs) and random changed paths', () => {
    let seed = 7
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const segment = () => ['src', 'lib', 'models', 'a', 'b', 'user.py', 'x.ts'][rand(7)]
    const pathOf = (depth: number) => Array.from({ length: 1 + rand(depth) }, segment).join('/')
    const tasks = Array.from({ length: 60 }, (_, i) => {
      const raw = rand(5) === 0 ? `${pathOf(2)}/**/*.py` : rand(3) === 0 ? `${pathOf(3)}/` : pathOf(4)
      const p = scopePath(raw)
      return { id: `T${100 + i}`, scopes: 'reason' in p ? [] : [p] }
    })
    const index = new TaskIndex(tasks)
    let hits = 0
    for (let k = 0; k < 2000; k++) {
      const changed = pathOf(5)
      const brute = tasks.filter((t) => t.scopes.some((s) => s.matches(changed))).map((t) => t.id)
      expect([changed, index.covering(changed)]).toEqual([changed, brute])
      if (brute.length) hits++
    }
    // The random paths do meet the tasks' paths often enough to prove something.
    expect(hits).toBeGreaterThan(200)
  })
})
