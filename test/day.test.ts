// A team's whole day through the CLI bundle on a copy of real history (the flask corpus, issue #26): a person
// starts a feature and plans it, three implementors set up their clones and work (a conflicting pair, an edit
// of a protected path, a planned task's first edit before any commit names it), the hook answers as Claude
// Code runs it, the overseer scans and raises a blocker, implementors test and try to change the overseer's
// facts. Then every part must tell the same story: the hook's scope is the plan's, integrate-order gives an
// order, and the counts agree between events status (text and JSON), the dashboard, the state branch's
// markdown views and the SQL export; every event an agent caused carries its branch.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { MergeOrder } from '../shared/integrate/order-types'
import type { StatusReport } from '../shared/views/status'
import { runCliProcess, showFile, type CliRun } from './support/cli'
import { cloneCorpus, requireCorpus } from './support/corpus'
import { cleanupTemp, tempDir } from './support/repo'
import { whenFolderChanges } from './support/wait'
import { Git } from '../shared/git/git'

afterAll(cleanupTemp)

const SPEC = '010-request-logging'
const STATE = 'orchestrator/state'
const overseer = `feature/${SPEC}/overseer`
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const TASKS = `# Tasks: Request logging

**Input**: Design documents from \`/specs/${SPEC}/\`

## Phase 1: Setup

- [ ] T001 Describe request ids in docs/logging.rst

## Phase 2: User Story 1 - Request ids in the log (Priority: P1)

- [ ] T002 [P] [US1] Add a request id filter in flask/logging.py
- [ ] T003 [P] [US1] Expose the request id in flask/wrappers.py
- [ ] T004 [P] [US1] Test the filter in tests/test_logging.py

## Phase 3: Polish

- [ ] T005 Note the change in docs/changelog.rst
- [ ] T006 Mention the filter in docs/api.rst
`

/** The file each task names (its scope). */
const TASK_PATHS: Record<string, string> = {
  T001: 'docs/logging.rst',
  T002: 'flask/logging.py',
  T003: 'flask/wrappers.py',
  T004: 'tests/test_logging.py',
  T005: 'docs/changelog.rst',
  T006: 'docs/api.rst',
}

interface Clone {
  dir: string
  git: Git
  branch: string
}

/** A CLI run that must succeed (or end with one of `codes`). */
async function cli(dir: string, args: string[], codes = [0]): Promise<CliRun> {
  const r = await runCliProcess(args, dir)
  if (!codes.includes(r.code)) throw new Error(`orchestrator ${args.join(' ')} exited ${r.code}: ${r.stderr}${r.stdout}`)
  return r
}

/** Claude Code's PreToolUse hooks of a settings file, as written. */
function hookCommands(settings: string): string[] {
  const parsed = JSON.parse(settings) as { hooks?: { PreToolUse?: Array<{ hooks: Array<{ command: string }> }> } }
  return (parsed.hooks?.PreToolUse ?? []).flatMap((e) => e.hooks.map((h) => h.command))
}

/** The hook command run as Claude Code runs it: sh -c in the project, CLAUDE_PROJECT_DIR set, a Write payload on stdin. */
function runHook(command: string, clone: Clone, path: string): { status: number | null; stdout: string; stderr: string } {
  const payload = {
    session_id: 'day',
    hook_event_name: 'PreToolUse',
    tool_name: 'Write',
    tool_input: { file_path: join(clone.dir, path), content: 'x\n' },
    cwd: clone.dir,
  }
  const r = spawnSync('sh', ['-c', command], {
    cwd: clone.dir,
    input: JSON.stringify(payload),
    env: { ...process.env, CLAUDE_PROJECT_DIR: clone.dir },
    encoding: 'utf8',
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Change line `n` (1-based) of a file in a clone. */
function editLine(clone: Clone, path: string, n: number, text: string): void {
  const file = join(clone.dir, path)
  const lines = readFileSync(file, 'utf8').split('\n')
  lines[n - 1] = text
  writeFileSync(file, lines.join('\n'))
}

async function commitAndPush(clone: Clone, files: string[], message: string): Promise<void> {
  await clone.git.run(['add', '--', ...files])
  await clone.git.run(['commit', '-q', '-m', message])
  await clone.git.run(['push', '-q', 'origin', clone.branch])
}

const num = (html: string, name: string) => Number(new RegExp(`data-count="${name}">(\\d+)<`).exec(html)?.[1] ?? NaN)

const maybe = requireCorpus() ? describe : describe.skip
maybe('a whole day on a copy of flask: every part tells the same story', () => {
  let work: Git
  let workDir: string
  let remote: string
  const clones: Record<string, Clone> = {}
  /** Task id → the implementor branch `plan --apply` gave it, and its wave. */
  const plan = new Map<string, { agent: string; wave: number }>()
  let hookCommand: string
  const hook: Record<string, ReturnType<typeof runHook>> = {}
  const runs: Record<string, CliRun> = {}
  let order: MergeOrder
  let conflictId: string

  beforeAll(async () => {
    const corpus = await cloneCorpus()
    remote = corpus.remote
    workDir = corpus.work
    work = corpus.git
    await work.run(['checkout', '-q', 'main'])
    // The person adds the spec (spec-kit's layout) and starts the feature with three implementors.
    mkdirSync(join(workDir, 'specs', SPEC), { recursive: true })
    writeFileSync(join(workDir, 'specs', SPEC, 'spec.md'), '# Feature Specification: Request logging\n')
    writeFileSync(join(workDir, 'specs', SPEC, 'tasks.md'), TASKS)
    await work.run(['add', 'specs'])
    await work.run(['commit', '-q', '-m', 'Spec for request logging'])
    await work.run(['push', '-q', 'origin', 'main'])
    await cli(workDir, ['init-feature', SPEC, '--implementors', '3', '--agents', 'claude'])
    const planned = JSON.parse((await cli(workDir, ['plan', SPEC, '--apply', '--json'])).stdout) as {
      waves: { id: string; agent: string; wave: number }[][]
      applied: boolean
    }
    expect(planned.applied).toBe(true)
    // The plan names agents as impl-N; the events (and everything else) by their branch.
    for (const a of planned.waves.flat()) plan.set(a.id, { agent: `feature/${SPEC}/${a.agent}`, wave: a.wave })

    // Each agent works in its own clone; the implementors set up Claude Code there.
    for (const branch of [overseer, impl(1), impl(2), impl(3)]) {
      const dir = join(tempDir('orch-day-'), 'clone')
      await work.run(['clone', '-q', remote, dir])
      const git = new Git(dir)
      await git.run(['checkout', '-q', '-b', branch, `origin/${branch}`])
      clones[branch] = { dir, git, branch }
      if (branch !== overseer) {
        const setup = await runCliProcess(['agents', 'setup'], dir)
        expect([branch, setup.code, setup.stderr]).toEqual([branch, 0, ''])
      }
    }
    const owner = (task: string) => clones[plan.get(task)!.agent]!
    const [a, b, c] = [owner('T002'), owner('T003'), owner('T004')]
    // The hook exactly as the committed .claude/settings.json runs it.
    hookCommand = hookCommands(readFileSync(join(c.dir, '.claude', 'settings.json'), 'utf8'))[0]!

    // C is about to edit each task's file before any commit names a task: its planned T004 is its own.
    for (const [id, path] of Object.entries(TASK_PATHS)) hook[id] = runHook(hookCommand, c, path)

    // A and B change the same line of flask/app.py beside their tasks: the conflicting pair.
    editLine(a, 'flask/logging.py', 3, 'import logging  # request ids')
    editLine(a, 'flask/app.py', 12, 'import os  # request logging: A')
    await commitAndPush(a, ['flask/logging.py', 'flask/app.py'], 'T002: request id filter')
    editLine(b, 'flask/wrappers.py', 3, '# request id on the request')
    editLine(b, 'flask/app.py', 12, 'import os  # request logging: B')
    await commitAndPush(b, ['flask/wrappers.py', 'flask/app.py'], 'T003: expose the request id')
    // C writes its test, then also edits a protected path (a workflow).
    writeFileSync(join(c.dir, 'tests', 'test_logging.py'), 'def test_request_id():\n    assert True\n')
    mkdirSync(join(c.dir, '.github', 'workflows'), { recursive: true })
    writeFileSync(join(c.dir, '.github', 'workflows', 'lint.yml'), 'on: push\njobs: {}\n')
    await commitAndPush(c, ['tests/test_logging.py', '.github/workflows/lint.yml'], 'T004: test the request id filter')

    // B's hook on the file A changed: a sibling's change, told and recorded (in the background) as B's.
    await b.git.run(['fetch', '-q', 'origin'])
    hook.collision = runHook(hookCommand, b, 'flask/app.py')
    const predicted = readdirSync(join(b.dir, '.git'), { recursive: true, encoding: 'utf8' }).find((p) =>
      p.endsWith('conflict-predicted.json'),
    )
    if (predicted) {
      const file = join(b.dir, '.git', predicted)
      await whenFolderChanges(resolve(file, '..'), () => {
        const pending = JSON.parse(readFileSync(file, 'utf8')) as { pending: object; recorded: object }
        return Object.keys(pending.pending).length === 0 && Object.keys(pending.recorded).length > 0 ? true : null
      })
    }

    // The rest of the day: progress, a scan, tests, the order, blockers.
    runs.sync = await cli(workDir, ['sync-status', '--all'])
    runs.scan = await cli(clones[overseer]!.dir, ['check-conflicts'], [0, 1])
    mkdirSync(join(c.dir, 'reports'))
    copyFileSync('test/fixtures/junit/pytest.xml', join(c.dir, 'reports', 'pytest.xml'))
    runs.testsC = await cli(c.dir, ['run-tests', '--record', '--commands', 'unit: true', '--junit', 'reports/*.xml'], [0, 1])
    runs.testsA = await cli(a.dir, ['run-tests', '--record', '--commands', 'unit: true'], [0, 1])
    runs.order = await cli(clones[overseer]!.dir, ['integrate-order', SPEC], [0, 1])
    order = JSON.parse((await cli(clones[overseer]!.dir, ['integrate-order', SPEC, '--json'], [0, 1])).stdout) as MergeOrder
    await cli(clones[overseer]!.dir, ['events', 'raise-blocker', 'B1', 'waiting for the logging format review'])
    const status = JSON.parse((await cli(workDir, ['events', 'status', SPEC, '--json'])).stdout) as StatusReport
    conflictId = status.features[0]!.openConflicts[0]!.id
    runs.clearBlocker = await runCliProcess(['events', 'clear-blocker', 'B1'], b.dir)
    runs.resolveConflict = await runCliProcess(['events', 'resolve-conflict', conflictId], b.dir)
    runs.dashboard = await cli(workDir, ['dashboard', '--dir', 'site'])
  }, 600_000)

  it('the hook answers from the plan: the planned task is the agent’s own, another’s task is named with its owner', () => {
    const c = plan.get('T004')!.agent
    expect(hookCommand).toBe(`node ${resolve('bin/orchestrator-hook.js')}`)
    expect(existsSync(join(clones[c]!.dir, '.claude', 'settings.local.json'))).toBe(true)
    // Before any commit names a task, every task's file: silent for C's own (the plan's), named with its owner otherwise.
    expect(Object.keys(TASK_PATHS).filter((id) => plan.get(id)!.agent === c)).toContain('T004')
    for (const [id, path] of Object.entries(TASK_PATHS)) {
      const owner = plan.get(id)!.agent
      expect([id, hook[id]!.status, hook[id]!.stderr]).toEqual([id, 0, ''])
      if (owner === c) expect([id, hook[id]!.stdout]).toEqual([id, ''])
      else {
        const context = JSON.parse(hook[id]!.stdout).hookSpecificOutput.additionalContext as string
        expect(context).toContain(`${path} belongs to ${id} assigned to ${owner.split('/').pop()}, outside the paths of your tasks`)
      }
    }
    // The sibling's change is told to B, with A's branch.
    const told = JSON.parse(hook.collision!.stdout).hookSpecificOutput.additionalContext as string
    expect(told).toContain(`flask/app.py was also changed by a sibling of ${plan.get('T003')!.agent}`)
    expect(told).toContain(plan.get('T002')!.agent)
  })

  it('integrate-order gives an order: both branches of the conflicting pair, one after the other', () => {
    expect(runs.order!.stdout).not.toContain('Nothing can be merged')
    const names = order.steps.map((s) => `feature/${SPEC}/${s.name}`)
    expect(names).toEqual(expect.arrayContaining([plan.get('T002')!.agent, plan.get('T003')!.agent]))
    expect(order.steps.filter((s) => s.conflicts).length).toBeGreaterThan(0)
    // C's protected-path edit holds C back (the guard), not the pair.
    expect([...new Set(order.heldBack.map((h) => h.branch))]).toEqual([plan.get('T004')!.agent])
    expect(order.heldBack.map((h) => h.kind)).toContain('guard-violation')
  })

  it('an implementor cannot clear the overseer’s blocker or resolve a conflict (exit 2, naming the rule)', () => {
    for (const r of [runs.clearBlocker!, runs.resolveConflict!]) {
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/refused for "feature\/010-request-logging\/impl-\d" \(implementor/)
    }
  })

  it('events status (text and JSON), the dashboard, the markdown views and the SQL export give the same counts', async () => {
    const json = (JSON.parse((await cli(workDir, ['events', 'status', SPEC, '--json'])).stdout) as StatusReport).features[0]!
    const text = (await cli(workDir, ['events', 'status', SPEC])).stdout
    const conflicts = json.openConflicts.length
    const blockers = json.blockers.length
    expect(conflicts).toBeGreaterThan(0)
    expect(blockers).toBe(1)
    expect(json.tasks.total).toBe(6)
    expect(json.tasks.inProgress + json.tasks.done).toBe(3)
    expect(text).toContain(`${conflicts} open conflict(s); ${blockers} blocker(s)`)
    expect(text).not.toMatch(/\d+ conflicting/)

    const index = readFileSync(join(workDir, 'site', 'index.html'), 'utf8')
    const card = index.split('<article class="card" ').find((c) => c.startsWith(`data-feature="${SPEC}"`))!
    expect([num(index, 'open-conflicts'), num(card, 'conflicts'), num(card, 'blockers')]).toEqual([conflicts, conflicts, blockers])
    const page = readFileSync(join(workDir, 'site', 'features', `${SPEC}.html`), 'utf8')
    expect(num(page, 'open-conflicts')).toBe(conflicts)
    const waves = Object.fromEntries([...page.matchAll(/data-task-wave="([^"]+)">(\d+)</g)].map((m) => [m[1], Number(m[2])]))
    expect(waves).toEqual(Object.fromEntries([...plan].map(([id, a]) => [id, a.wave])))

    await work.run(['fetch', '-q', 'origin', `+refs/heads/${STATE}:refs/remotes/origin/${STATE}`])
    const readme = (await showFile(work, `origin/${STATE}`, 'README.md'))!
    const view = (await showFile(work, `origin/${STATE}`, `features/${SPEC}/overseer.md`))!
    expect(readme).toMatch(new RegExp(`Last conflict scan: [^\\n]*; ${conflicts} open conflict\\(s\\)\\.`))
    expect(view).toMatch(new RegExp(`- Last conflict scan: [^\\n]*; ${conflicts} open conflict\\(s\\)\\.`))
    const row = readme.split('\n').find((l) => l.startsWith(`| [${SPEC}]`))!
    const cells = row.split('|').map((s) => s.trim())
    // Feature, Name, Agents, Tasks done, Merged, In progress, Open conflicts, Blockers
    expect([Number(cells[7]), Number(cells[8])]).toEqual([conflicts, blockers])

    const sql = async (query: string) =>
      JSON.parse((await cli(workDir, ['events', 'sql', query, '--json'])).stdout) as Record<string, unknown>[]
    const [counts] = await sql(
      `SELECT open_conflicts, open_blockers, tasks_total, tasks_done, tasks_in_progress, tasks_open FROM v_feature_status WHERE feature = '${SPEC}'`,
    )
    expect(counts).toEqual({
      open_conflicts: conflicts,
      open_blockers: blockers,
      tasks_total: json.tasks.total,
      tasks_done: json.tasks.done,
      tasks_in_progress: json.tasks.inProgress,
      tasks_open: json.tasks.open,
    })
    const owners = await sql(`SELECT task_id, owner, wave FROM tasks WHERE feature = '${SPEC}' ORDER BY task_id`)
    expect(owners).toEqual([...plan].sort().map(([id, a]) => ({ task_id: id, owner: a.agent, wave: a.wave })))
  })

  it('every event carries who caused it: the agent branch in an agent’s clone, else the person’s git identity', async () => {
    const rows = JSON.parse(
      (await cli(workDir, ['events', 'sql', `SELECT kind, actor, agent FROM task_events WHERE feature = '${SPEC}'`, '--json'])).stdout,
    ) as { kind: string; actor: string; agent: string | null }[]
    const person = `${await work.run(['config', 'user.name'])} <${await work.run(['config', 'user.email'])}>`
    const actors = (kind: string) => [...new Set(rows.filter((e) => e.kind === kind).map((e) => e.actor))].sort()
    expect(rows.filter((e) => e.actor.startsWith('cli '))).toEqual([])
    // The person: init-feature, plan --apply, sync-status on main.
    for (const kind of ['feature-registered', 'agent-assigned', 'task-assigned', 'task-updated', 'branch-synced'])
      expect([kind, actors(kind)]).toEqual([kind, [person]])
    // The overseer's clone: the scan and the blocker.
    for (const kind of ['conflict-detected', 'scan-completed', 'blocker-raised']) expect([kind, actors(kind)]).toEqual([kind, [overseer]])
    // The implementors' clones: the hook's prediction, run-tests' results, guard and drift, each the agent's own.
    expect(actors('conflict-predicted')).toEqual([plan.get('T003')!.agent])
    const agentRows = rows.filter((e) => ['test-result', 'guard-violation', 'scope-drift'].includes(e.kind))
    expect(agentRows.length).toBeGreaterThan(0)
    for (const e of agentRows) expect([e.kind, e.actor]).toEqual([e.kind, e.agent])
    // The refused attempts left nothing.
    expect(rows.filter((e) => e.kind === 'blocker-cleared' || e.kind === 'conflict-resolved')).toEqual([])
  })
})
