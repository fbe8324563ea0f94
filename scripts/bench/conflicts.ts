// Benchmark of the conflict engine against one `git merge-tree` per pair.
//   node scripts/run-ts.js scripts/bench/conflicts.ts [--branches 64] [--commits 3000] [--files 3000] [--overlap 0.15] [--seed 7] [--keep]
// Builds a repository with a long history, then times on every pair of branches:
//   (a) a shell loop of `git merge-tree --write-tree --name-only`, no commit-graph
//   (b) the same loop with a commit-graph
//   (c) ensureCommitGraph + scanPairs (scope all), which must find exactly the conflicts of (a)
// Exits 1 when (c) disagrees with (a) or misses the target (c) <= 0.25 x (b).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { ensureCommitGraph } from '../../shared/conflicts/commit-graph'
import { planPairs } from '../../shared/conflicts/plan-pairs'
import { scanPairs } from '../../shared/conflicts/scan-pairs'
import type { AgentBranch, PairResult } from '../../shared/conflicts/types'
import { Git } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'
import { runBaseline, type BaselineResult } from './conflicts-baseline'
import { generateRepo, type RepoShape } from './conflicts-repo'

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  if (at < 0) return fallback
  const value = Number(process.argv[at + 1])
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`--${name} ${JSON.stringify(process.argv[at + 1])} is not valid: expected a number`)
  return value
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now()
  const value = await fn()
  return [value, (performance.now() - start) / 1000]
}

const secs = (s: number): string => `${s.toFixed(2).padStart(7)} s`

/** Differences between the engine's conflicts and the baseline's (empty when they agree). */
function compare(results: readonly PairResult[], baseline: BaselineResult): string[] {
  const problems: string[] = []
  const ours = new Map<string, string[]>()
  for (const r of results) {
    if (r.status === 'error') problems.push(`engine error on ${r.left} ${r.right}: ${r.error}`)
    if (r.status === 'conflicted') ours.set(`${r.leftSha} ${r.rightSha}`, r.files.map((f) => f.path).sort())
  }
  for (const [key, code] of baseline.errors) problems.push(`baseline error (exit ${code}) on ${key}`)
  for (const [key, files] of baseline.conflicts) {
    const mine = ours.get(key)
    if (!mine) problems.push(`baseline conflict missed by the engine: ${key} (${files.join(', ')})`)
    else if (JSON.stringify(mine) !== JSON.stringify(files))
      problems.push(`files differ on ${key}: baseline ${files.join(', ')}; engine ${mine.join(', ')}`)
  }
  for (const key of ours.keys()) if (!baseline.conflicts.has(key)) problems.push(`engine conflict the baseline does not have: ${key}`)
  return problems
}

async function main(): Promise<number> {
  const shape: RepoShape = {
    branches: option('branches', 64),
    commits: option('commits', 3000),
    files: option('files', 3000),
    overlap: option('overlap', 0.15),
    seed: option('seed', 7),
  }
  const root = mkdtempSync(join(tmpdir(), 'orch-bench-conflicts-'))
  const dir = join(root, 'repo')
  try {
    const outside = new Git(root)
    await outside.run(['init', '-q', '-b', 'main', dir])
    const git = new Git(dir)
    // Nothing may write a commit-graph behind our back before (b).
    for (const [key, value] of [
      ['gc.auto', '0'],
      ['fetch.writeCommitGraph', 'false'],
      ['gc.writeCommitGraph', 'false'],
    ])
      await git.run(['config', key!, value!])

    const [generated, genTime] = await timed(() => generateRepo(git, shape))
    const branches: AgentBranch[] = []
    for (const [i, b] of generated.entries()) {
      branches.push({
        name: b.name,
        sha: (await git.resolveCommit(`refs/heads/${b.name}`))!,
        spec: '001-bench',
        role: 'implementor',
        index: i + 1,
      })
    }
    const pairs = planPairs(branches, { scope: 'all' })
    const shaPairs = pairs.map((p) => [p.leftSha, p.rightSha] as const)
    console.log(
      `repository: ${shape.commits} commits on main, ${shape.files + 3} files, ${branches.length} branches ` +
        `(${generated.filter((b) => b.hot).length} edit shared files), ${pairs.length} pairs; generated in ${genTime.toFixed(2)} s`,
    )

    const [baseline, timeA] = await timed(() => runBaseline(dir, root, shaPairs))
    console.log(`(a) merge-tree per pair, no commit-graph : ${secs(timeA)}`)
    const [, graphTime] = await timed(() => git.run(['commit-graph', 'write', '--reachable', '--no-progress']))
    console.log(`    commit-graph write                    : ${secs(graphTime)}`)
    const [baselineB, timeB] = await timed(() => runBaseline(dir, root, shaPairs))
    console.log(`(b) merge-tree per pair, commit-graph    : ${secs(timeB)}`)

    const logger = new MemoryLogger()
    const [results, timeC] = await timed(async () => {
      await ensureCommitGraph(
        git,
        logger,
        branches.map((b) => b.sha),
      )
      return scanPairs(git, pairs, { logger })
    })
    console.log(
      `(c) ensureCommitGraph + scanPairs        : ${secs(timeC)}   c/b = ${(timeC / timeB).toFixed(3)}   c/a = ${(timeC / timeA).toFixed(3)}`,
    )
    for (const line of logger.messages('debug')) console.log(`      ${line}`)
    const [noSkip, timeD] = await timed(() => scanPairs(git, pairs, { logger: new MemoryLogger(), skipDisjoint: false }))
    console.log(`    for reference, scanPairs merging every pair (no skipping): ${timeD.toFixed(2)} s`)

    const conflicted = results.filter((r) => r.status === 'conflicted')
    const ranged = conflicted.flatMap((r) => r.files).filter((f) => f.leftRanges.length > 0).length
    console.log(
      `conflicts: ${conflicted.length} pairs, ${conflicted.reduce((n, r) => n + r.files.length, 0)} files (${ranged} with line ranges); ` +
        `baseline: ${baseline.conflicts.size} pairs`,
    )
    const problems = [...compare(results, baseline), ...compare(noSkip, baseline)]
    if (JSON.stringify([...baselineB.conflicts]) !== JSON.stringify([...baseline.conflicts])) problems.push('(a) and (b) disagree')
    for (const p of problems.slice(0, 20)) console.error(`MISMATCH ${p}`)
    if (problems.length) {
      console.error(`FAIL: the engine disagrees with the baseline in ${problems.length} place(s)`)
      return 1
    }
    console.log('OK: the engine finds exactly the conflicting pairs and files of the baseline')
    if (timeC > 0.25 * timeB) {
      console.error(`FAIL: (c) took ${(timeC / timeB).toFixed(3)} x (b); the target is 0.25`)
      return 1
    }
    console.log(`OK: (c) is within the target (<= 0.25 x (b))`)
    return 0
  } finally {
    if (process.argv.includes('--keep')) console.log(`kept ${dir}`)
    else rmSync(root, { recursive: true, force: true })
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error)
    process.exitCode = 2
  },
)
