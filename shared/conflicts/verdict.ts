import type { PairResult } from './types'

function listPairs(pairs: readonly PairResult[]): string {
  return `${pairs
    .slice(0, 5)
    .map((p) => `${p.left} ↔ ${p.right}`)
    .join(', ')}${pairs.length > 5 ? ', ...' : ''}`
}

/**
 * The exit code never hides a failed evaluation: 2 when any pair could not be
 * evaluated (whatever fail-on-conflict says), else 1 when any pair conflicts or
 * has no common history (unless fail-on-conflict is false), else 0. `clean` is
 * true only when every pair merges cleanly.
 */
export function scanVerdict(
  pairs: readonly PairResult[],
  failOnConflict: boolean,
): { exitCode: 0 | 1 | 2; clean: boolean; failure?: string } {
  const errors = pairs.filter((p) => p.status === 'error')
  const bad = pairs.filter((p) => p.status === 'conflicted' || p.status === 'unrelated')
  const clean = errors.length === 0 && bad.length === 0
  if (errors.length) return { exitCode: 2, clean, failure: `${errors.length} branch pair(s) could not be evaluated: ${listPairs(errors)}` }
  if (bad.length && failOnConflict) {
    const unrelated = bad.filter((p) => p.status === 'unrelated').length
    const conflicting = bad.length - unrelated
    const what = [conflicting ? `${conflicting} conflicting` : '', unrelated ? `${unrelated} without common history` : ''].filter(Boolean)
    return { exitCode: 1, clean, failure: `${what.join(' and ')} branch pair(s): ${listPairs(bad)}` }
  }
  return { exitCode: 0, clean }
}
