// Issue #25 item 8 (SQL): a query that never ends is stopped at a time limit, a huge result is read
// only up to a row limit, and a result of millions of rows prints without overflowing the stack.
// Answers are compared with an independent SQLite (Python's sqlite3, the system library).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '../../shared/errors'
import { MemoryLogger } from '../../shared/logger'
import { boundedQuery, type QueryBounds } from '../../shared/sql/bounded-query'
import { formatTable } from '../../shared/sql/query'
import { StateStore } from '../../shared/views'
import { allKindsLog } from '../support/all-kinds-log'
import { runCliInProcess } from '../support/cli-in-process'
import { cleanupTemp, makeRepo, tempDir, type TestRepo } from '../support/repo'

const PY = `
import json, sqlite3, sys
db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
cell = lambda v: "x'" + v.hex() + "'" if isinstance(v, bytes) else v
print(json.dumps([[cell(v) for v in r] for r in db.execute(sys.argv[2])]))
`
const reference = (db: string, query: string): unknown[][] =>
  JSON.parse(execFileSync('python3', ['-c', PY, db, query], { encoding: 'utf8' }))

const NEVER_ENDS = 'WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT COUNT(*) FROM c'
const ENDLESS_ROWS = 'WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT n FROM c'
const bounds = (over: Partial<QueryBounds> = {}): QueryBounds => ({ timeLimitMs: 10_000, maxRows: 10_000, ...over })

async function refusal(p: Promise<unknown>): Promise<Error> {
  try {
    await p
  } catch (e) {
    return e as Error
  }
  throw new Error('expected the query to be refused')
}

afterAll(cleanupTemp)

describe('events sql: bounded queries', () => {
  let repo: TestRepo
  let dbFile: string
  let bytes: Uint8Array
  const cli = (...args: string[]) => runCliInProcess(['events', 'sql', '--db', 'events.db', ...args], repo.dir)

  beforeAll(async () => {
    repo = await makeRepo()
    const store = new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() })
    await store.append(allKindsLog())
    const r = await runCliInProcess(['events', 'export', '--format', 'sqlite', 'events.db'], repo.dir)
    expect(r.code).toBe(0)
    dbFile = join(repo.dir, 'events.db')
    bytes = readFileSync(dbFile)
  })

  it('answers as the system SQLite does', async () => {
    for (const q of [
      'SELECT kind, COUNT(*) FROM task_events GROUP BY kind ORDER BY kind',
      'SELECT * FROM v_feature_status ORDER BY feature',
      'WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 2500) SELECT n, n * n FROM c',
      "SELECT x'00ff', NULL, 1.5, 'a\u202eb'",
    ]) {
      const ours = await boundedQuery(bytes, q, bounds())
      expect(ours.rows).toEqual(reference(dbFile, q))
      expect(ours.truncated).toBe(false)
    }
  })

  it('stops a recursive CTE that never ends at the time limit, with a clear error', async () => {
    const e = await refusal(boundedQuery(bytes, NEVER_ENDS, bounds({ timeLimitMs: 1000 })))
    expect(e).toBeInstanceOf(InputError)
    expect(e.message).toMatch(/ran for 1 s without finishing and was stopped: expected a query that ends within --time-limit 1/)
  })

  it('reads an endless result only up to the row limit, and says there is more', async () => {
    const r = await boundedQuery(bytes, ENDLESS_ROWS, bounds({ maxRows: 5 }))
    expect(r.rows).toEqual([[1], [2], [3], [4], [5]])
    expect(r.truncated).toBe(true)
    expect(formatTable(r).split('\n').pop()).toBe('(first 5 rows; the query has more: raise --max-rows to see them)')
  })

  it('prints 3 million rows without "Maximum call stack size exceeded"', async () => {
    const q = 'WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c LIMIT 3000000) SELECT n FROM c'
    const r = await boundedQuery(bytes, q, bounds({ maxRows: 3_000_000, timeLimitMs: 120_000 }))
    expect(r.rows).toHaveLength(3_000_000)
    expect(r.truncated).toBe(false)
    const lines = formatTable(r).split('\n')
    expect(lines.at(-1)).toBe('(3000000 rows)')
    expect(lines[2 + 2_999_999]).toBe('3000000')
  })

  // Hostile queries: each refused (exit 2 through the CLI) or bounded, with nothing changed on disk.
  const outside = join(tempDir('orch-sql-'), 'attached.db')
  it.each([
    ['DELETE FROM features', /read-only/],
    ['SELECT 1; SELECT 2', /2 statements/],
    [`ATTACH DATABASE '${outside}' AS x`, /read-only|failed/],
    ['PRAGMA query_only = OFF', /./],
    ['SELECT zeroblob(2000000000)', /too big|failed/],
    ["SELECT length(printf('%.*c', 2000000000, 'x'))", /too big|failed|stopped/],
    ["SELECT load_extension('/tmp/x')", /no such function|failed/],
    [`${NEVER_ENDS.replace('COUNT(*)', 'MAX(n)')} -- a second form`, /stopped/],
    ['WITH RECURSIVE c(n) AS (SELECT 1 UNION SELECT n + 1 FROM c) SELECT n FROM c ORDER BY n DESC', /stopped/],
  ])('hostile query %j: refused or bounded, exit 2 (except a harmless pragma), nothing written', async (query, message) => {
    const before = readFileSync(dbFile)
    const r = await cli('--time-limit', '2', query)
    if (query.startsWith('PRAGMA')) expect(r.code).toBe(0)
    else {
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(message)
    }
    expect(readFileSync(dbFile).equals(before)).toBe(true)
    expect(existsSync(outside)).toBe(false)
  })

  it('the CLI stops an endless CTE, limits printed rows with --max-rows, and refuses bad limits', async () => {
    const endless = await cli('--time-limit', '1', NEVER_ENDS)
    expect([endless.code, endless.stderr]).toEqual([2, expect.stringContaining('without finishing and was stopped')])
    const rows = await cli('--max-rows', '3', ENDLESS_ROWS)
    expect(rows.code).toBe(0)
    expect(rows.stdout.trim().split('\n')).toEqual([
      'n',
      '-',
      '1',
      '2',
      '3',
      '(first 3 rows; the query has more: raise --max-rows to see them)',
    ])
    expect(rows.stderr).toContain('more than 3 rows; only the first 3 are shown')
    const json = await cli('--max-rows', '2', '--json', ENDLESS_ROWS)
    expect(JSON.parse(json.stdout)).toEqual([{ n: 1 }, { n: 2 }])
    for (const bad of [
      ['--max-rows', '0'],
      ['--time-limit', '99999'],
      ['--time-limit', '1e3'],
    ]) {
      const r = await cli(...bad, 'SELECT 1')
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(bad[0])
    }
    writeFileSync(join(repo.dir, 'not.db'), 'SQLite format 2')
    const notDb = await runCliInProcess(['events', 'sql', '--db', 'not.db', 'SELECT 1'], repo.dir)
    expect([notDb.code, notDb.stderr]).toEqual([2, expect.stringContaining('is not a SQLite database')])
  })
})
