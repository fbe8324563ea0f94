import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { showFile } from '../support/cli'
import { runCliInProcess } from '../support/cli-in-process'
import { startFakeGitHub } from '../support/fake-github'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp, tempDir, TestRepo } from '../support/repo'

const bundle = 'dist/detect-conflicts/index.js'
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const app = (edits: Record<number, string>) =>
  Array.from({ length: 20 }, (_, i) => `${edits[i + 1] ?? `export const line${i + 1} = ${i + 1}`}\n`).join('')

async function stateHead(repo: TestRepo) {
  return (await repo.git.lsRemote('origin')).get('refs/heads/orchestrator/state')
}

afterAll(cleanupTemp)

describe('detect-conflicts action', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    const r = await runCliInProcess(['init-feature', SPEC, '--implementors', '3'], repo.dir)
    if (r.code !== 0) throw new Error(r.stderr)
    await repo.git.run(['fetch', '-q', 'origin'])
    // impl-1 adds two lines on top, then edits line 10; impl-2 edits the same line: a conflict at
    // different line numbers on each side. impl-3 works elsewhere.
    await repo.commit(
      impl(1),
      { 'src/app.ts': `// a\n// b\n${app({ 10: 'export const line10 = "one"' })}` },
      'T003 one',
      `origin/${impl(1)}`,
    )
    await repo.commit(impl(2), { 'src/app.ts': app({ 10: 'export const line10 = "two"' }) }, 'T004 two', `origin/${impl(2)}`)
    await repo.commit(impl(3), { 'docs/notes.md': 'Notes\n=======\n' }, 'docs', `origin/${impl(3)}`)
    await repo.push(impl(1), impl(2), impl(3))
    await repo.git.run(['checkout', '-q', 'main'])
  })

  it('finds the conflict with files and line ranges on each side, fails, annotates and records it', async () => {
    const run = await runAction({ bundle, cwd: repo.dir, inputs: {}, eventName: 'schedule' })
    expect(run.exitCode).toBe(1)
    expect(run.failure).toMatch(/detect-conflicts failed: 1 conflicting branch pair\(s\): .*impl-1.*impl-2/)
    expect(run.outputs['conflict-count']).toBe('1')
    expect(run.outputs.clean).toBe('false')
    const [pair] = JSON.parse(run.outputs.conflicts)
    expect([pair.left, pair.right]).toEqual([impl(1), impl(2)])
    expect(pair.files).toEqual([
      {
        path: 'src/app.ts',
        kind: 'content',
        leftRanges: [{ start: 12, end: 12 }],
        rightRanges: [{ start: 10, end: 10 }],
        message: expect.any(String),
      },
    ])
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'))
    expect(report.summary).toMatchObject({ pairs: 6, conflicted: 1, clean: 5, errors: 0 })
    expect(report.divergence.find((d: { branch: string }) => d.branch === impl(1))).toMatchObject({ ahead: 1, behind: 0 })
    expect(run.summary).toContain('```mermaid')
    // One line of where the time and the git processes went, by phase.
    expect(run.summary).toMatch(/Scan time: total \d+\.\d\d s\/\d+ git: refs \d+\.\d\d s\/\d+ git/)
    expect(report).not.toHaveProperty('timings')
    const annotation = run.annotations.find(
      (a) => a.level === 'warning' && a.properties.file === 'src/app.ts' && a.properties.line === '12',
    )
    expect(annotation?.message).toMatch(/content conflict between .*impl-1 and .*impl-2/)
    const view = (await showFile(repo.git, run.outputs['state-commit'], `features/${SPEC}/impl-2.md`))!
    expect(view).toContain('src/app.ts')
    expect(view).toContain(impl(1))
  })

  it('records nothing new when re-scanned unchanged; --json from the CLI exits 1', async () => {
    const before = await stateHead(repo)
    const r = await runCliInProcess(['check-conflicts', '--json'], repo.dir)
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).summary.conflicted).toBe(1)
    expect(await stateHead(repo)).toBe(before)
  })

  it('shards cover all pairs and merged shard reports give the same result', async () => {
    const dir = tempDir('orch-shards-')
    for (const shard of ['1/2', '2/2']) {
      const r = await runCliInProcess(
        [
          'check-conflicts',
          '--shard',
          shard,
          '--report-path',
          join(dir, `r${shard[0]}.json`),
          '--fail-on-conflict=false',
          '--record=false',
        ],
        repo.dir,
      )
      expect(r.code).toBe(0)
    }
    const parts = ['r1.json', 'r2.json'].map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).pairs.length)
    expect(parts[0] + parts[1]).toBe(6)
    writeFileSync(join(dir, 'notes.txt'), 'not a report')
    const merged = await runCliInProcess(['check-conflicts', '--merge-reports', `${dir}/r*.json`, '--json', '--record=false'], repo.dir)
    expect(merged.code).toBe(1)
    expect(JSON.parse(merged.stdout).summary).toMatchObject({ pairs: 6, conflicted: 1 })
    const unwritable = await runCliInProcess(['check-conflicts', '--report-path', 'README.md/report.json', '--record=false'], repo.dir)
    expect(unwritable.code).toBe(2)
    expect(unwritable.stderr).toContain('report-path "README.md/report.json" cannot be written')
    const none = await runCliInProcess(['check-conflicts', '--branches', 'release/*', '--record=false'], repo.dir)
    expect(none.code).toBe(0)
    expect(none.stderr).toMatch(/warning: no agent branch on origin matches .* and branches: release\/\*/)
    const bad = await runCliInProcess(['check-conflicts', '--shard', '3/2'], repo.dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('"3/2"')
  })

  it('keeps one comment and a label on the pull request, and records the resolution', async () => {
    const gh = await startFakeGitHub({ owner: 'octo-org', repo: 'octo-repo' })
    try {
      const pr = gh.addPull({ head: impl(2), base: `feature/${SPEC}/overseer`, title: 'impl-2' })
      const env = { GITHUB_API_URL: gh.url }
      const inputs = { notify: 'pr', token: 'test-token', 'fail-on-conflict': 'false' }
      // The conflict was recorded by the first test: it is not new, but this PR has no notice yet.
      const first = await runAction({ bundle, cwd: repo.dir, inputs, env })
      expect(first.exitCode).toBe(0)
      expect(gh.state.comments.filter((c) => c.issue === pr.number)).toHaveLength(1)
      expect(gh.labelsOn(pr.number)).toContain('merge-conflict')
      const writes = gh.writes().length
      await runAction({ bundle, cwd: repo.dir, inputs, env })
      expect(gh.writes().length).toBe(writes)
      // impl-2 gives up its edit: the conflict is resolved.
      await repo.commit(impl(2), { 'src/app.ts': app({}) }, 'revert', `origin/${impl(2)}`)
      await repo.push(impl(2))
      await repo.git.run(['checkout', '-q', 'main'])
      const last = await runAction({ bundle, cwd: repo.dir, inputs, env })
      expect(last.outputs['conflict-count']).toBe('0')
      expect(gh.state.comments.filter((c) => c.issue === pr.number)).toHaveLength(1)
      expect(gh.labelsOn(pr.number)).not.toContain('merge-conflict')
      const status = JSON.parse((await runCliInProcess(['events', 'status', SPEC, '--json'], repo.dir)).stdout)
      expect(status.features[0].openConflicts).toEqual([])
      const recent = JSON.parse((await runCliInProcess(['events', 'recent', '50', '--json'], repo.dir)).stdout)
      expect(recent.some((e: { kind: string }) => e.kind === 'conflict-resolved')).toBe(true)
    } finally {
      await gh.close()
    }
  })
})
