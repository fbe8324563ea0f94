import { messageOf } from '../errors'
import type { Git } from '../git/git'
import { compareText, normalizeBranches } from './plan-pairs'
import { resolveParallelism, runPool } from './pool'
import type { AgentBranch, Divergence, DivergenceMemo, DivergenceRequest } from './types'
import { HistoryGraph } from './history-graph'
import { leftRightCount } from '../git/history'

/**
 * What to measure: each implementor against its spec's overseer, and each
 * overseer against `base` (e.g. the default branch) when given.
 */
export function planDivergence(
  branches: readonly AgentBranch[],
  options: { base?: { name: string; sha?: string } } = {},
): DivergenceRequest[] {
  const sorted = normalizeBranches(branches)
  const overseers = new Map(sorted.filter((b) => b.role === 'overseer').map((b) => [b.spec, b]))
  const requests: DivergenceRequest[] = []
  for (const b of sorted) {
    const against = b.role === 'implementor' ? overseers.get(b.spec) : options.base
    if (!against) continue
    requests.push({ branch: b.name, against: against.name, branchSha: b.sha, ...(against.sha ? { againstSha: against.sha } : {}) })
  }
  return requests
}

/** The tips whose history `measureDivergence` will walk: those of the requests its memo does not answer. */
export function divergenceTips(requests: readonly DivergenceRequest[], memo?: DivergenceMemo): string[] {
  return requests
    .filter((r) => r.branchSha && r.againstSha && !memo?.getDivergence(r.branchSha, r.againstSha))
    .flatMap((r) => [r.branchSha!, r.againstSha!])
}

/**
 * Commits ahead of and behind `against` for each request. Counts the memo
 * holds (keyed by the two commits) cost nothing; the others come from one
 * history walk (`history-graph.ts`: two git processes whatever the number of
 * requests); requests without commit ids, or when the walk fails, fall back to
 * one `git rev-list --left-right --count` each. A walk the caller made already from
 * (at least) these tips (`walked`: the scan's, see `ScanOptions.sharedGraph`) is not made again.
 */
export async function measureDivergence(
  git: Git,
  requests: readonly DivergenceRequest[],
  maxParallel?: number,
  memo?: DivergenceMemo,
  walked?: HistoryGraph,
): Promise<Divergence[]> {
  const results: Divergence[] = []
  const misses: DivergenceRequest[] = []
  for (const r of requests) {
    const hit = r.branchSha && r.againstSha ? memo?.getDivergence(r.branchSha, r.againstSha) : undefined
    if (hit) results.push({ branch: r.branch, against: r.against, ahead: hit[0], behind: hit[1] })
    else misses.push(r)
  }
  const known = misses.filter((r) => r.branchSha && r.againstSha)
  let rest = misses.filter((r) => !(r.branchSha && r.againstSha))
  if (known.length) {
    try {
      const tips = known.flatMap((r) => [r.branchSha!, r.againstSha!])
      const graph = walked && tips.every((t) => walked.hasTip(t)) ? walked : await HistoryGraph.load(git, tips)
      for (const r of known) {
        const [ahead, behind] = graph.aheadBehind(r.branchSha!, r.againstSha!)
        memo?.putDivergence(r.branchSha!, r.againstSha!, ahead, behind)
        results.push({ branch: r.branch, against: r.against, ahead, behind })
      }
    } catch {
      rest = [...rest, ...known]
    }
  }
  results.push(...(await countEach(git, rest, maxParallel)))
  return results.sort(compareDivergence)
}

async function countEach(git: Git, requests: readonly DivergenceRequest[], maxParallel?: number): Promise<Divergence[]> {
  const limit = resolveParallelism(maxParallel)
  return runPool(requests, limit, async (r): Promise<Divergence> => {
    const range = `${r.branchSha ?? r.branch}...${r.againstSha ?? r.against}`
    try {
      const out = await leftRightCount(git, range)
      const m = /^(\d+)\s+(\d+)$/.exec(out.trim())
      if (!m)
        return {
          branch: r.branch,
          against: r.against,
          ahead: null,
          behind: null,
          error: `unexpected output ${JSON.stringify(out.slice(0, 80))}`,
        }
      return { branch: r.branch, against: r.against, ahead: Number(m[1]), behind: Number(m[2]) }
    } catch (e) {
      return { branch: r.branch, against: r.against, ahead: null, behind: null, error: messageOf(e) }
    }
  })
}

export function compareDivergence(a: Divergence, b: Divergence): number {
  return compareText(a.branch, b.branch) || compareText(a.against, b.against)
}
