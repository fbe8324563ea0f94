import { messageOf } from '../errors'
import type { Git } from '../git/git'
import { compareText, normalizeBranches } from './plan-pairs'
import { resolveParallelism, runPool } from './pool'
import type { AgentBranch, Divergence, DivergenceRequest } from './types'
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

/** Commits ahead of and behind `against` for each request (`git rev-list --left-right --count`), in parallel. */
export async function measureDivergence(git: Git, requests: readonly DivergenceRequest[], maxParallel?: number): Promise<Divergence[]> {
  const limit = resolveParallelism(maxParallel)
  const results = await runPool(requests, limit, async (r): Promise<Divergence> => {
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
  return results.sort(compareDivergence)
}

export function compareDivergence(a: Divergence, b: Divergence): number {
  return compareText(a.branch, b.branch) || compareText(a.against, b.against)
}
