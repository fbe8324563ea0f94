import { InputError } from '../errors'
import type { AgentBranch, ConflictScope, PairResult, PairSpec } from './types'

const SHA_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

/** Locale-independent ordering, so output is the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Spec, then the overseer before implementors, then implementor number, then name. */
export function compareBranches(a: AgentBranch, b: AgentBranch): number {
  return (
    compareText(a.spec, b.spec) ||
    (a.role === b.role ? 0 : a.role === 'overseer' ? -1 : 1) ||
    (a.index ?? 0) - (b.index ?? 0) ||
    compareText(a.name, b.name)
  )
}

/** Results in a stable order: by left branch, then right branch. */
export function comparePairResults(a: PairResult, b: PairResult): number {
  return compareText(a.left, b.left) || compareText(a.right, b.right)
}

/** The same key for (a, b) and (b, a): a conflict does not depend on who merges into whom. */
export function pairKey(pair: { left: string; right: string }): string {
  const [a, b] = pair.left <= pair.right ? [pair.left, pair.right] : [pair.right, pair.left]
  return `${a}\u0000${b}`
}

/** Branches sorted and checked: names unique, commit ids well-formed. */
export function normalizeBranches(branches: readonly AgentBranch[]): AgentBranch[] {
  const byName = new Map<string, AgentBranch>()
  for (const b of branches) {
    if (!SHA_RE.test(b.sha)) {
      throw new InputError(
        `branch ${JSON.stringify(b.name)} has commit id ${JSON.stringify(b.sha)}: expected 40 or 64 lowercase hex digits`,
      )
    }
    const seen = byName.get(b.name)
    if (seen && seen.sha !== b.sha) {
      throw new InputError(`branch ${JSON.stringify(b.name)} is listed twice with different commits (${seen.sha} and ${b.sha})`)
    }
    byName.set(b.name, b)
  }
  return [...byName.values()].sort(compareBranches)
}

/**
 * The pairs to scan. `feature`: within each spec, every implementor against
 * every other and against the spec's overseer (the overseer is the left side:
 * implementors merge into it). `all`: every pair of the given branches.
 */
export function planPairs(branches: readonly AgentBranch[], options: { scope?: ConflictScope } = {}): PairSpec[] {
  const scope = options.scope ?? 'feature'
  if (scope !== 'feature' && scope !== 'all') {
    throw new InputError(`conflict scope ${JSON.stringify(scope)} is not valid: expected "feature" or "all"`)
  }
  const sorted = normalizeBranches(branches)
  const pairs: PairSpec[] = []
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!
      const b = sorted[j]!
      if (scope === 'feature' && !(a.spec === b.spec && b.role === 'implementor')) continue
      pairs.push({ left: a.name, right: b.name, leftSha: a.sha, rightSha: b.sha })
    }
  }
  return pairs
}
