// The steps of a scheduled detect-conflicts run that the benchmark times: read
// the verdict cache from the state branch, write a commit-graph when some pair
// must be merged, scan, keep the verdicts. Also: clones and the branch move.
import { performance } from 'node:perf_hooks'
import { ensureCommitGraph } from '../../shared/conflicts/commit-graph'
import { planPairs } from '../../shared/conflicts/plan-pairs'
import { scanPairs } from '../../shared/conflicts/scan-pairs'
import { PhaseClock, SCAN_PHASES } from '../../shared/conflicts/phase-clock'
import type { AgentBranch, PairResult, PairSpec } from '../../shared/conflicts/types'
import { commitGraphPaysOff, loadVerdictCache, saveVerdictCache } from '../../shared/detect-conflicts/verdict-store'
import { Git } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'
import { StateStore } from '../../shared/views/state-store'
import { STATE_MARKER } from '../../shared/state/log'

export interface FlowResult {
  results: PairResult[]
  seconds: number
  /** Seconds per phase. */
  phases: Record<string, number>
  cached: number
  merged: number
  debug: string[]
}

/** A clone as actions/checkout with fetch-depth 0 leaves it: every branch as a remote-tracking ref, nothing else. */
export async function freshClone(outside: Git, remote: string, dir: string): Promise<Git> {
  await outside.run(['clone', '--quiet', '--no-checkout', remote, dir])
  const git = new Git(dir)
  // Nothing may write a commit-graph behind our back: only the scan decides.
  for (const [key, value] of [
    ['gc.auto', '0'],
    ['fetch.writeCommitGraph', 'false'],
    ['gc.writeCommitGraph', 'false'],
  ] as const)
    await git.run(['config', key, value])
  return git
}

/** The agent branches of a clone: every remote-tracking branch but main and the state branch. */
export async function agentBranches(git: Git): Promise<AgentBranch[]> {
  const lines = (await git.run(['for-each-ref', '--format=%(refname:lstrip=3) %(objectname)', 'refs/remotes/origin'])).split('\n')
  return lines
    .map((l) => l.split(' ') as [string, string])
    .filter(([name]) => name && name !== 'HEAD' && name !== 'main' && !name.startsWith('orchestrator/'))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, sha], i) => ({ name, sha, spec: '001-bench', role: 'implementor' as const, index: i + 1 }))
}

/** Times one run: cache read, commit-graph when needed, scan, cache write. */
export async function timedScan(git: Git, branches: readonly AgentBranch[], useCache = true): Promise<FlowResult> {
  const logger = new MemoryLogger()
  const phases: Record<string, number> = {}
  const pairs: PairSpec[] = planPairs(branches, { scope: 'all' })
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now()
    try {
      return await fn()
    } finally {
      phases[name] = (phases[name] ?? 0) + (performance.now() - t) / 1000
    }
  }
  const store = new StateStore({ git, remote: 'origin', logger })
  const start = performance.now()
  const cache = useCache ? await step('cache read', () => loadVerdictCache(store, git, logger)) : undefined
  if (commitGraphPaysOff(pairs, cache))
    await step('commit-graph', () =>
      ensureCommitGraph(
        git,
        logger,
        branches.map((b) => b.sha),
      ),
    )
  const clock = new PhaseClock()
  let counts = { cached: 0, merged: 0 }
  const results = await scanPairs(git, pairs, { logger, cache, clock, onProgress: (_d, _t, c) => (counts = { ...c }) })
  const timings = clock.timings()
  for (const p of SCAN_PHASES) if (timings[p].ms) phases[p] = timings[p].ms / 1000
  if (cache) await step('cache write', () => saveVerdictCache(store, cache, pairs, new Set(branches.map((b) => b.sha)), logger))
  const seconds = (performance.now() - start) / 1000
  return { results, seconds, phases, ...counts, debug: [...logger.messages('debug'), ...logger.messages('warning')] }
}

/** Creates the state branch on the remote (as the first recorded event would), so that the cache can be kept there. */
export async function createStateBranch(git: Git): Promise<void> {
  // A state branch of ours carries the marker: nothing is ever written onto one that does not.
  const marker = await git.run(['hash-object', '-w', '--stdin'], { input: STATE_MARKER })
  const tree = await git.run(['mktree'], { input: `100644 blob ${marker}\t.agent-orchestrator-state\n` })
  const commit = await git.run(['commit-tree', tree, '-m', 'state'], {
    env: { GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.invalid', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.invalid' },
  })
  await git.run(['push', '--quiet', 'origin', `${commit}:refs/heads/orchestrator/state`])
}

/**
 * Gives `branch` one more commit on the remote that changes `paths` (files
 * other branches touch too): a line appended to each, and the first line changed.
 */
export async function moveBranch(outside: Git, remote: string, dir: string, branch: string, paths: readonly string[]): Promise<string> {
  await outside.run(['clone', '--quiet', '--no-checkout', '--branch', branch, remote, dir])
  const git = new Git(dir)
  const env = {
    GIT_AUTHOR_NAME: 'b',
    GIT_AUTHOR_EMAIL: 'b@example.invalid',
    GIT_COMMITTER_NAME: 'b',
    GIT_COMMITTER_EMAIL: 'b@example.invalid',
  }
  const index = `${dir}/.git/bench-index`
  await git.run(['read-tree', 'HEAD'], { env: { GIT_INDEX_FILE: index } })
  for (const path of paths) {
    const old = (await git.execBuffer(['cat-file', 'blob', `HEAD:${path}`])).stdout.toString('utf8')
    const lines = old.split('\n')
    lines[0] = `${lines[0]} (moved)`
    const blob = await git.run(['hash-object', '-w', '--stdin'], { input: `${lines.join('\n')}moved ${branch}\n` })
    await git.run(['update-index', '--cacheinfo', `100644,${blob},${path}`], { env: { GIT_INDEX_FILE: index } })
  }
  const tree = await git.run(['write-tree'], { env: { GIT_INDEX_FILE: index } })
  const commit = await git.run(['commit-tree', tree, '-p', 'HEAD', '-m', 'bench: move one branch'], { env })
  await git.run(['push', '--quiet', 'origin', `${commit}:refs/heads/${branch}`])
  return commit
}
