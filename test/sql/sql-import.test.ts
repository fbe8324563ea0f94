import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MemoryLogger } from '../../shared/logger'
import { exportSqlite, readWholeLog } from '../../shared/sql/export-sqlite'
import { planImport, type ImportPlan } from '../../shared/sql/import-sqlite'
import { parseImportTime } from '../../shared/sql/import-time'
import { sqlite } from '../../shared/sql/sqlite'
import { featureStatus, formatStatus, StateStore } from '../../shared/views'
import { allKindsLog } from '../support/all-kinds-log'
import { runCliInProcess } from '../support/cli-in-process'
import { cleanupTemp, makeRepo, tempDir, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

const sha = (n: number) => n.toString(16).padStart(40, '0')
const L = '001-login'
const S = '002-search'
const branch = (spec: string, who: string) => `feature/${spec}/${who}`
const NOW = '2026-06-01T00:00:00.000Z'
const OPTIONS = { now: NOW, actor: 'import test' }

/**
 * A store as a team would have made it by hand, written by Python's sqlite3 (the system SQLite):
 * the original system's tables with other column names, missing optional columns, times in five
 * forms, and hostile rows (wrong types, missing fields, control and bidi characters, huge values,
 * duplicate ids, unknown features, SQL in text). `bad` is what each hostile row must be named by.
 */
const SEED: { ddl: string[]; rows: Record<string, unknown[][]> } = {
  ddl: [
    'CREATE TABLE features (id TEXT, title TEXT, base_branch TEXT, created_at TEXT)',
    'CREATE TABLE tasks (feature TEXT, task_id TEXT, phase TEXT, description TEXT)',
    'CREATE TABLE agents (feature TEXT, branch TEXT, created_at INTEGER)',
    'CREATE TABLE task_events (id INTEGER PRIMARY KEY, feature TEXT, task_id TEXT, status TEXT, agent TEXT, commit_sha TEXT, timestamp)',
    'CREATE TABLE pull_requests (feature TEXT, number, state TEXT, url TEXT, head TEXT, base TEXT, title TEXT, created_at TEXT, merged_at INTEGER)',
    'CREATE TABLE conflicts (feature TEXT, left_branch TEXT, right_branch TEXT, left_sha TEXT, right_sha TEXT, files TEXT, status TEXT, detected_at TEXT, resolved_at TEXT)',
    'CREATE TABLE test_results (feature TEXT, time TEXT, branch TEXT, suite TEXT, passed, failed INTEGER, commit_sha TEXT)',
    'CREATE TABLE blockers (feature TEXT, id TEXT, agent TEXT, reason TEXT, raised_at TEXT, cleared_at TEXT, note TEXT)',
    'CREATE TABLE notes (body TEXT)',
  ],
  rows: {
    features: [
      [L, 'Login', 'main', '2026-03-01 08:00:00'],
      [S, 'Search', null, '2026-03-02T09:00:00+02:00'],
      ['003-huge', 'x'.repeat(2000), null, null],
      ['../evil', 'Evil', null, null],
    ],
    tasks: [
      [L, 'T001', 'Setup', 'Create the form'],
      [L, 'T002', 'Core', 'Check the password'],
      [L, 'T003', 'Core', 'Remember the session'],
      [S, 'T001', null, 'Index the pages'],
      [L, 'X1', null, 'not a task id'],
    ],
    agents: [
      [L, branch(L, 'overseer'), 1772352000],
      [L, branch(L, 'impl-1'), 1772352000],
      [L, branch(L, 'impl-2'), 1772352000],
      [S, branch(S, 'impl-1'), null],
      ['999-ghost', branch('999-ghost', 'impl-1'), null],
      [L, branch(L, 'impl-1'), 1772352001],
    ],
    task_events: [
      [1, L, 'T001', 'in-progress', branch(L, 'impl-1'), sha(1), 1772355600],
      [2, L, 'T001', 'done', branch(L, 'impl-1'), sha(2), 1772359200000],
      [3, L, 'T002', 'done', branch(L, 'impl-2'), sha(3), '2026-03-01T12:00:00Z'],
      [4, S, 'T001', 'in-progress', branch(S, 'impl-1'), sha(4), '2026-03-02 10:00:00.250'],
      [5, L, 'T003', 'finished', branch(L, 'impl-1'), sha(5), '2026-03-01T13:00:00'],
      [6, L, 'T003', 'done', branch(L, 'impl-1'), sha(6), 'yesterday'],
      [7, L, 'T003', 'done', branch(L, 'impl-1'), "'; DROP TABLE task_events; --", '2026-03-01T13:00:00'],
    ],
    pull_requests: [
      [
        L,
        12,
        'merged',
        'https://github.com/o/r/pull/12',
        branch(L, 'impl-1'),
        branch(L, 'overseer'),
        "Login <b>form</b>'; DROP TABLE features; --",
        '2026-03-01T10:00:00+02:00',
        1772366400000,
      ],
      [L, 'twelve', 'open', 'https://github.com/o/r/pull/13', branch(L, 'impl-2'), branch(L, 'overseer'), null, null, null],
    ],
    conflicts: [
      [
        L,
        branch(L, 'impl-1'),
        branch(L, 'impl-2'),
        sha(10),
        sha(11),
        JSON.stringify([{ path: 'src/a.ts', kind: 'content', leftRanges: [{ start: 1, end: 2 }], rightRanges: [{ start: 3, end: 3 }] }]),
        'open',
        '2026-03-01T11:00:00Z',
        null,
      ],
      [L, branch(L, 'impl-1'), branch(L, 'overseer'), sha(12), sha(13), null, 'resolved', '2026-03-01T11:00:00Z', '2026-03-01T11:30:00Z'],
      [S, branch(S, 'impl-1'), branch(S, 'overseer'), sha(14), sha(15), '{not json', 'open', null, null],
    ],
    test_results: [
      [L, '2026-03-01T12:10:00Z', branch(L, 'impl-1'), 'unit', 10, 0, sha(20)],
      [L, '2026-03-01T12:20:00Z', branch(L, 'impl-2'), 'unit', 8, 2, sha(21)],
      [L, '2026-03-01T12:30:00Z', branch(L, 'impl-2'), 'lint', 'ten', 0, sha(22)],
      [L, '2026-03-01T12:40:00Z', branch(L, 'impl-2'), 'e2e', 2 ** 53 + 2, 0, sha(23)],
    ],
    blockers: [
      [L, 'db-schema', branch(L, 'impl-2'), 'waiting for the \u202Eamehcs\u202C', '2026-03-01T09:30:00Z', null, null],
      [L, 'api-key', null, 'no key yet', '2026-03-01T09:00:00Z', '2026-03-01T10:00:00Z', 'added'],
      [L, 'no-reason', null, null, null, null, null],
      [L, 'bell', null, 'ring \u0007 ring', null, null, null],
      [L, 'db-schema', null, 'said twice', null, null, null],
    ],
    notes: [['not read']],
  },
}
const EXPECTED_BAD = [
  ['tasks', 'task_id'],
  ['features', 'title'],
  ['features', 'id'],
  ['agents', 'feature'],
  ['agents', 'branch'],
  ['task_events', 'status'],
  ['task_events', 'timestamp'],
  ['task_events', 'commit_sha'],
  ['pull_requests', 'number'],
  ['conflicts', 'files'],
  ['test_results', 'passed'],
  ['test_results', 'passed'],
  ['blockers', 'reason'],
  ['blockers', 'reason'],
  ['blockers', 'id'],
]

const PY_SEED = `
import json, sqlite3, sys
seed = json.loads(open(sys.argv[2], encoding='utf-8').read())
db = sqlite3.connect(sys.argv[1])
for ddl in seed['ddl']:
    db.execute(ddl)
for table, rows in seed['rows'].items():
    for row in rows:
        db.execute('INSERT INTO %s VALUES (%s)' % (table, ', '.join('?' * len(row))), row)
db.commit()
`

function seedDatabase(dir: string): string {
  const path = join(dir, 'seed.db')
  writeFileSync(join(dir, 'seed.json'), JSON.stringify(SEED))
  execFileSync('python3', ['-c', PY_SEED, path, join(dir, 'seed.json')])
  return path
}

function newStore(repo: TestRepo): StateStore {
  return new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() })
}

describe('parseImportTime', () => {
  it('reads the forms a hand-made store writes, and refuses the rest', () => {
    const cases: [unknown, string | null][] = [
      ['2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z'],
      ['2026-03-01T10:00:00Z', '2026-03-01T10:00:00.000Z'],
      ['2026-03-01T12:00:00+02:00', '2026-03-01T10:00:00.000Z'],
      ['2026-03-01T05:00:00-0500', '2026-03-01T10:00:00.000Z'],
      ['2026-03-01T10:00:00', '2026-03-01T10:00:00.000Z'],
      ['2026-03-01 10:00:00', '2026-03-01T10:00:00.000Z'],
      ['2026-03-01 10:00:00.123456', '2026-03-01T10:00:00.123Z'],
      ['2026-03-01 10:00', '2026-03-01T10:00:00.000Z'],
      ['2026-03-01', '2026-03-01T00:00:00.000Z'],
      [1772359200, '2026-03-01T10:00:00.000Z'],
      [1772359200000, '2026-03-01T10:00:00.000Z'],
      ['1772359200', '2026-03-01T10:00:00.000Z'],
      [1772359200.5, '2026-03-01T10:00:00.500Z'],
      ['2026-02-30 10:00:00', null],
      ['2026-03-01 25:00:00', null],
      ['yesterday', null],
      ['', null],
      [-5, null],
      [Number.MAX_VALUE, null],
      [null, null],
      [new Uint8Array([1]), null],
    ]
    for (const [input, expected] of cases) expect([input, parseImportTime(input)]).toEqual([input, expected])
    // The same instants as JavaScript's own parser reads them (a differential check on the zone forms).
    for (const s of ['2026-03-01T12:00:00+02:00', '2026-12-31T23:59:59.999Z', '2026-03-01T05:00:00-05:00'])
      expect(parseImportTime(s)).toBe(new Date(s).toISOString())
  })
})

describe('events import --from-sqlite: a hand-made store with hostile rows', () => {
  let dir: string
  let seed: string
  let plan: ImportPlan
  let repo: TestRepo

  beforeAll(async () => {
    dir = tempDir('orch-import-')
    seed = seedDatabase(dir)
    plan = await planImport(readFileSync(seed), 'seed.db', OPTIONS)
    repo = await makeRepo()
  })

  it('names every bad row by table, row, column and value, and keeps every good one', () => {
    expect(plan.bad.map((b) => [b.table, b.column])).toEqual(EXPECTED_BAD)
    const message = (table: string, column: string) => plan.bad.find((b) => b.table === table && b.column === column)!.message
    expect(message('test_results', 'passed')).toBe(
      'test_results rowid 3 (suite "lint"): column passed: must be a whole number of at least 0 (got "ten")',
    )
    expect(message('task_events', 'timestamp')).toMatch(
      /^task_events rowid 6 \(id "6"\): column timestamp: must be a time: .* \(got "yesterday"\)$/,
    )
    expect(message('agents', 'branch')).toContain('repeats the identity of rowid 2')
    expect(message('agents', 'feature')).toContain('names no feature of the features table (got "999-ghost")')
    expect(plan.bad.find((b) => b.value.includes('ring'))!.message).toContain(
      'must not contain control characters (got "ring \\u0007 ring")',
    )
    for (const b of plan.bad) expect(b.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e]/)
    expect(plan.tables.map((t) => [t.table, t.rows, t.imported, t.bad])).toEqual([
      ['tasks', 5, 4, 1],
      ['features', 4, 2, 2],
      ['agents', 6, 4, 2],
      ['task_events', 7, 4, 3],
      ['pull_requests', 2, 1, 1],
      ['conflicts', 3, 2, 1],
      ['test_results', 4, 2, 2],
      ['blockers', 5, 2, 3],
    ])
    expect(plan.ignored).toEqual(['notes'])
  })

  it('turns the good rows into the facts they describe, at the times they name', () => {
    const kinds = plan.events.map((e) => `${e.feature} ${e.kind} ${e.time}`)
    expect(kinds).toEqual(
      expect.arrayContaining([
        `${L} feature-registered 2026-03-01T08:00:00.000Z`,
        `${S} feature-registered 2026-03-02T07:00:00.000Z`,
        `${L} agent-assigned 2026-03-01T08:00:00.000Z`,
        `${S} agent-assigned ${NOW}`,
        `${L} task-updated 2026-03-01T09:00:00.000Z`,
        `${L} task-updated 2026-03-01T10:00:00.000Z`,
        `${S} task-updated 2026-03-02T10:00:00.250Z`,
        `${L} pr-updated 2026-03-01T08:00:00.000Z`,
        `${L} pr-updated 2026-03-01T12:00:00.000Z`,
        `${L} conflict-resolved 2026-03-01T11:30:00.000Z`,
        `${L} blocker-cleared 2026-03-01T10:00:00.000Z`,
      ]),
    )
    expect(plan.events).toHaveLength(20)
    const registration = plan.events.find((e) => e.kind === 'feature-registered' && e.feature === L)!
    expect(registration.data).toMatchObject({ name: 'Login', baseBranch: 'main', tasks: [{ id: 'T001' }, { id: 'T002' }, { id: 'T003' }] })
    const resolved = plan.events.find((e) => e.kind === 'conflict-resolved')!
    expect(resolved.data).toMatchObject({ detectedAt: '2026-03-01T11:00:00.000Z', lifetimeSeconds: 1800 })
    // Text is data: the SQL and markup of a title are kept as written.
    expect(plan.events.find((e) => e.kind === 'pr-updated')!.data).toMatchObject({ title: "Login <b>form</b>'; DROP TABLE features; --" })
  })

  it('appends the good rows in one commit; status says what the rows say; a second import adds nothing', async () => {
    const store = newStore(repo)
    const first = await store.append(plan.events)
    expect(first.added).toHaveLength(plan.events.length)
    const report = featureStatus(await store.read())
    const login = report.features.find((f) => f.spec === L)!
    expect([login.tasks.total, login.tasks.done, login.agents.length, login.openConflicts.length, login.blockers.length]).toEqual([
      3, 2, 3, 1, 1,
    ])
    expect(login.tests.map((t) => [t.branch, t.suite, t.failed])).toEqual([
      [branch(L, 'impl-1'), 'unit', 0],
      [branch(L, 'impl-2'), 'unit', 2],
    ])
    expect(report.features.find((f) => f.spec === S)!.tasks.inProgress).toBe(1)
    // The bidi override is kept as data and neutralized where it is shown.
    const text = formatStatus(report)
    expect(text).toContain('amehcs')
    expect(text).not.toMatch(/[\u202a-\u202e]/)

    const again = await planImport(readFileSync(seed), 'seed.db', { now: '2027-01-01T00:00:00.000Z', actor: 'someone else' })
    expect(again.events.map((e) => e.key)).toEqual(plan.events.map((e) => e.key))
    const second = await store.append(again.events)
    expect([second.added.length, second.commit]).toEqual([0, first.commit])
  })

  it('the command names the bad rows and exits 2; with --strict it imports nothing (CLI)', async () => {
    const fresh = await makeRepo()
    const strict = await runCliInProcess(['events', 'import', '--from-sqlite', seed, '--strict'], fresh.dir)
    expect([strict.code, strict.stdout]).toEqual([
      2,
      expect.stringContaining(`Imported nothing: ${EXPECTED_BAD.length} bad row(s) and --strict`),
    ])
    expect((await fresh.git.run(['ls-remote', 'origin', 'refs/heads/orchestrator/state'])).trim()).toBe('')
    const run = await runCliInProcess(['events', 'import', '--from-sqlite', seed], fresh.dir)
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(`Imported ${plan.events.length} new event(s) of ${plan.events.length}`)
    expect(run.stdout).toContain(`${EXPECTED_BAD.length} bad row(s), left out:`)
    for (const b of plan.bad) expect(run.stdout).toContain(b.message)
    expect(run.stdout).toContain('test_results: 4 row(s), 2 good, 2 bad')
    expect(run.stdout).not.toMatch(/[\u0007\u202a-\u202e]/)
  })
})

describe('events import --from-sqlite: our own export', () => {
  let source: TestRepo
  const events = allKindsLog()

  beforeAll(async () => {
    source = await makeRepo()
    expect((await newStore(source).append(events)).added).toHaveLength(events.length)
  })

  it('an export imported into a fresh repository gives the same events and the same events status (CLI)', async () => {
    const exported = await runCliInProcess(['events', 'export', '--format', 'sqlite', 'history.db'], source.dir)
    expect(exported.code).toBe(0)
    const target = await makeRepo()
    const db = join(source.dir, 'history.db')
    const imported = await runCliInProcess(['events', 'import', '--from-sqlite', db, '--json'], target.dir)
    expect([imported.code, imported.stderr.replace(/.*(reading|appending).*\n?/g, '')]).toEqual([0, ''])
    const result = JSON.parse(imported.stdout)
    expect([result.added, result.bad]).toEqual([events.length, []])
    expect(result.tables.find((t: { table: string }) => t.table === 'features')).toMatchObject({ rows: 2, covered: 2, imported: 0 })
    const status = async (repo: TestRepo) => {
      const r = await runCliInProcess(['events', 'status'], repo.dir)
      expect(r.code).toBe(0)
      return r.stdout
    }
    expect(await status(target)).toBe(await status(source))
    // Not only the same status: the same events, field by field (time, actor, schema version, payload, key).
    const log = async (repo: TestRepo) => (await readWholeLog(newStore(repo))).events.sort((a, b) => (a.key < b.key ? -1 : 1))
    expect(await log(target)).toEqual(await log(source))

    const twice = await runCliInProcess(['events', 'import', '--from-sqlite', db], target.dir)
    expect([twice.code, twice.stdout]).toEqual([0, expect.stringContaining(`Already imported: all ${events.length} event(s)`)])
  })

  it('a tampered row of an export is named (its key no longer matches its content); the others import', async () => {
    const SQL = await sqlite()
    const db = new SQL.Database(await exportSqlite({ events, projection: (await newStore(source).read()).projection }))
    db.run(
      `UPDATE task_events SET data = json_set(data, '$.reason', 'rewritten') WHERE kind = 'blocker-raised' AND json_extract(data, '$.id') = 'api-key'`,
    )
    db.run(`UPDATE task_events SET data = json_set(data, '$.extra', 1) WHERE kind = 'branch-synced'`)
    const plan = await planImport(db.export(), 'tampered.db', OPTIONS)
    db.close()
    const said = plan.bad.map((b) => [b.table, b.column, b.message.replace(/^.*?: column \w+: /, '').slice(0, 36)]).sort()
    expect(said).toEqual([
      ['task_events', 'data', 'field "data.extra" is not a known fi'],
      ['task_events', 'data', 'field "data.extra" is not a known fi'],
      ['task_events', 'key', 'field "key" does not match the event'],
      ['task_events', 'key', 'field "key" does not match the event'],
    ])
    expect(plan.events).toHaveLength(events.length - 4)
  })

  it('read as a hand-made store (task_events without whole events), its tables give the same status', async () => {
    const SQL = await sqlite()
    const { projection } = await newStore(source).read()
    const db = new SQL.Database(await exportSqlite({ events, projection }))
    // What a store of the original system holds: task updates as columns, the rest as current-state tables.
    db.run("DELETE FROM task_events WHERE kind <> 'task-updated'")
    db.run('ALTER TABLE task_events DROP COLUMN data')
    const plan = await planImport(db.export(), 'tables.db', OPTIONS)
    db.close()
    expect(plan.bad).toEqual([])
    expect(plan.tables.every((t) => t.covered === 0 && t.imported === t.rows)).toBe(true)
    const target = await makeRepo()
    await newStore(target).append(plan.events)
    // The facts the tables carry (divergence, guard and scope findings, and merged tasks, are in no table of the original system).
    const facts = async (repo: TestRepo) =>
      featureStatus(await newStore(repo).read()).features.map((f) => ({
        spec: f.spec,
        name: f.name,
        tasks: [f.tasks.total, f.tasks.done, f.tasks.inProgress, f.tasks.open],
        agents: f.agents.map((a) => [a.branch, a.role]),
        openConflicts: f.openConflicts,
        blockers: f.blockers,
        openPrs: f.openPrs,
        tests: f.tests,
      }))
    expect(await facts(target)).toEqual(await facts(source))
  })

  it('a bad store or caller is refused before anything is imported (CLI): not SQLite, a folder, a path or link outside, an implementor', async () => {
    const target = await makeRepo()
    writeFileSync(join(target.dir, 'not.db'), 'hello')
    const run = (path: string) => runCliInProcess(['events', 'import', '--from-sqlite', path], target.dir)
    const notSqlite = await run('not.db')
    expect([notSqlite.code, notSqlite.stderr]).toEqual([2, expect.stringContaining('--from-sqlite "not.db" is not a SQLite database')])
    const folder = await run('.')
    expect([folder.code, folder.stderr]).toEqual([2, expect.stringContaining('it is a folder')])
    const outside = await run('/etc/hostname')
    expect([outside.code, outside.stderr]).toEqual([2, expect.stringContaining('outside the allowed folders')])
    symlinkSync('/etc/hostname', join(target.dir, 'link.db'))
    const link = await run('link.db')
    expect([link.code, link.stderr]).toEqual([2, expect.stringContaining('it leads to "/etc/hostname", outside the allowed folders')])
    // Importing a history is the overseer's or a person's: an implementor's checkout is refused before the file is read.
    await target.git.run(['checkout', '-q', '-b', 'feature/004-user-auth/impl-1'])
    const implementor = await run(join(source.dir, 'history.db'))
    expect([implementor.code, implementor.stderr]).toEqual([
      2,
      expect.stringContaining('events import refused for "feature/004-user-auth/impl-1"'),
    ])
  })
})
