import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MemoryLogger } from '../../shared/logger'
import type { StatusReport } from '../../shared/views/status'
import { StateStore } from '../../shared/views/state-store'
import { allKindsLog } from '../support/all-kinds-log'
import { runCliInProcess } from '../support/cli-in-process'
import { cloneCorpus, requireCorpus } from '../support/corpus'
import { cleanupTemp, makeRepo } from '../support/repo'

// The SQL export is read back by Python's sqlite3 (the system library), not by our own code.
const PY = `
import json, sqlite3, sys
db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
db.row_factory = sqlite3.Row
print(json.dumps([dict(r) for r in db.execute('SELECT feature, open_conflicts, open_blockers, open_prs FROM v_feature_status')]))
`

interface Counts {
  conflicts: number
  blockers: number
  prs: number
}

/** Per feature, what the three parts say, each read through the CLI bundle as a user would. */
async function threeViews(dir: string): Promise<{
  status: Record<string, Counts>
  sql: Record<string, Counts>
  index: Record<string, Counts>
  total: number
  indexTotal: number
}> {
  const status = await runCliInProcess(['events', 'status', '--json'], dir)
  expect([status.code, status.stderr]).toEqual([0, ''])
  const report = JSON.parse(status.stdout) as StatusReport
  const exported = await runCliInProcess(['events', 'export', '--format', 'sqlite', 'counts.db'], dir)
  expect(exported.code).toBe(0)
  const rows = JSON.parse(execFileSync('python3', ['-c', PY, join(dir, 'counts.db')], { encoding: 'utf8' })) as Record<
    string,
    number | string
  >[]
  const site = await runCliInProcess(['dashboard', '--dir', 'site'], dir)
  expect([site.code, site.stdout]).toEqual([0, expect.stringContaining('Dashboard of')])
  const html = readFileSync(join(dir, 'site', 'index.html'), 'utf8')
  const index: Record<string, Counts> = {}
  for (const card of html.split('<article class="card" ').slice(1)) {
    const spec = /^data-feature="([^"]+)"/.exec(card)![1]
    const n = (name: string) => Number(new RegExp(`data-count="${name}">(\\d+)<`).exec(card)?.[1] ?? NaN)
    index[spec] = { conflicts: n('conflicts'), blockers: n('blockers'), prs: n('prs') }
  }
  return {
    status: Object.fromEntries(
      report.features.map((f) => [f.spec, { conflicts: f.openConflicts.length, blockers: f.blockers.length, prs: f.openPrs.length }]),
    ),
    sql: Object.fromEntries(
      rows.map((r) => [r.feature, { conflicts: Number(r.open_conflicts), blockers: Number(r.open_blockers), prs: Number(r.open_prs) }]),
    ),
    index,
    total: report.features.reduce((n, f) => n + f.openConflicts.length, 0),
    indexTotal: Number(/data-count="open-conflicts">(\d+)</.exec(html)?.[1] ?? NaN),
  }
}

afterAll(cleanupTemp)

describe('one source for each count: the index, events status and the SQL export agree', () => {
  it('on a log with every kind of event', async () => {
    const repo = await makeRepo()
    await new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() }).append(allKindsLog())
    const v = await threeViews(repo.dir)
    expect(Object.keys(v.status).length).toBeGreaterThan(1)
    expect(v.index).toEqual(v.status)
    expect(v.sql).toEqual(v.status)
    expect(v.total).toBeGreaterThan(0)
    expect(v.indexTotal).toBe(v.total)
  }, 120_000)

  const maybe = requireCorpus() ? it : it.skip
  maybe(
    'on the flask corpus after a real conflict scan (the scan heartbeat is not the open count)',
    async () => {
      const corpus = await cloneCorpus()
      const scan = await runCliInProcess(['check-conflicts', '--json'], corpus.work)
      expect(scan.stderr).not.toMatch(/error:/)
      const v = await threeViews(corpus.work)
      expect(v.total).toBeGreaterThan(0)
      expect(v.index).toEqual(v.status)
      expect(v.sql).toEqual(v.status)
      expect(v.indexTotal).toBe(v.total)
    },
    300_000,
  )
})
