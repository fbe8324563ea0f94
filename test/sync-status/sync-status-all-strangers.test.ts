import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp, TestRepo } from '../support/repo'

// Issue 26, item 5: `sync-status --all` syncs the registered features only; branches that merely fit the naming
// pattern (strangers) are skipped and named, and --feature or --branches select them explicitly.
const impl = (spec: string, n: number) => `feature/${spec}/impl-${n}`
const STRANGERS = [impl('090-stranger', 1), impl('090-stranger', 2), `feature/091-other/overseer`]

interface SyncJson {
  branches: { branch: string }[]
  skippedBranches: { branch: string; reason: string }[]
  features: { spec: string }[]
}

async function cli(repo: TestRepo, ...args: string[]) {
  const r = await runCliInProcess(args, repo.dir)
  if (r.code !== 0) throw new Error(`${args.join(' ')} failed (${r.code}): ${r.stderr}`)
  return r
}

async function featuresInState(repo: TestRepo): Promise<string[]> {
  const status = JSON.parse((await cli(repo, 'events', 'status', '--json')).stdout) as { features: { spec: string }[] }
  return status.features.map((f) => f.spec).sort()
}

afterAll(cleanupTemp)

describe('sync-status --all with strangers on the remote', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await cli(repo, 'init-feature', SPEC, '--implementors', '1')
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.commit(impl(SPEC, 1), { 'src/auth/index.ts': 'x\n' }, 'T001: create project structure', `origin/${impl(SPEC, 1)}`)
    await repo.push(impl(SPEC, 1))
    // Branches someone else made that happen to fit feature/*/*, with task-like ids in their messages.
    for (const b of STRANGERS) await repo.commit(b, { [`${b.replace(/\//g, '-')}.txt`]: 'x\n' }, 'T001: not ours', 'main')
    await repo.push(...STRANGERS)
  })

  it('syncs only the registered feature, names each stranger skipped and why, and registers nothing', async () => {
    const r = await cli(repo, 'sync-status', '--all', '--json')
    const out = JSON.parse(r.stdout) as SyncJson
    expect(out.branches.map((b) => b.branch)).toEqual([`feature/${SPEC}/overseer`, impl(SPEC, 1)].sort())
    expect(out.features.map((f) => f.spec)).toEqual([SPEC])
    expect(out.skippedBranches.map((b) => b.branch).sort()).toEqual([...STRANGERS].sort())
    for (const s of out.skippedBranches) expect(s.reason).toMatch(/is not registered .*--feature 09[01]-(stranger|other) or --branches/)
    expect(await featuresInState(repo)).toEqual([SPEC])
    // The text says it too.
    const text = await cli(repo, 'sync-status', '--all', '--dry-run')
    expect(text.stdout).toContain(`skipped ${impl('090-stranger', 1)}: feature 090-stranger is not registered`)
  })

  it('syncs a stranger selected with --feature or --branches, and only what is selected', async () => {
    const byFeature = JSON.parse((await cli(repo, 'sync-status', '--all', '--feature', '090-stranger', '--json')).stdout) as SyncJson
    expect(byFeature.branches.map((b) => b.branch)).toEqual([impl('090-stranger', 1), impl('090-stranger', 2)])
    expect(byFeature.skippedBranches.map((b) => b.branch)).toContain(impl(SPEC, 1))
    expect(byFeature.skippedBranches.find((b) => b.branch === impl(SPEC, 1))!.reason).toBe('not selected by --feature or --branches')
    const byGlob = JSON.parse((await cli(repo, 'sync-status', '--all', '--branches', 'feature/091-*/**', '--json')).stdout) as SyncJson
    expect(byGlob.branches.map((b) => b.branch)).toEqual(['feature/091-other/overseer'])
    expect(await featuresInState(repo)).toEqual(['090-stranger', '091-other', SPEC].sort())
  })

  it('refuses --feature without --all, and a bad feature id, with exit 2', async () => {
    const noAll = await runCliInProcess(['sync-status', '--feature', '090-stranger'], repo.dir)
    expect(noAll.code).toBe(2)
    expect(noAll.stderr).toMatch(/--feature and --branches select among the branches of --all.*090-stranger/)
    const bad = await runCliInProcess(['sync-status', '--all', '--feature', '../x'], repo.dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/feature/)
    expect(bad.stderr).toContain('../x')
  })
})
