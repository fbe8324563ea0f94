import type { PairResult } from './types'

function listPairs(pairs: readonly PairResult[]): string {
  return `${pairs
    .slice(0, 5)
    .map((p) => `${p.left} ↔ ${p.right}`)
    .join(', ')}${pairs.length > 5 ? ', ...' : ''}`
}

/**
 * The exit code never hides a failed evaluation: 2 when any pair (or its
 * trial) could not be evaluated (whatever fail-on-conflict says), else 1 when
 * any pair conflicts, has no common history, or its merge fails a build or
 * test check that both sides pass (unless fail-on-conflict is false), else 0.
 * An `untested` pair (a side fails alone) does not fail the scan: the broken
 * branch is that branch's own failure (role-ci reports it), and it is warned
 * about by name. `clean` is true only when every pair merges cleanly and no
 * trial found a conflict.
 */
export function scanVerdict(
  pairs: readonly PairResult[],
  failOnConflict: boolean,
): { exitCode: 0 | 1 | 2; clean: boolean; failure?: string } {
  // A trial that could not run is a pair not evaluated; a build or test conflict is a conflict.
  const errors = pairs.filter((p) => p.status === 'error' || p.trial?.verdict === 'error')
  const bad = pairs.filter(
    (p) =>
      p.status === 'conflicted' ||
      p.status === 'unrelated' ||
      p.trial?.verdict === 'build-conflict' ||
      p.trial?.verdict === 'test-conflict',
  )
  const clean = errors.length === 0 && bad.length === 0
  if (errors.length) return { exitCode: 2, clean, failure: `${errors.length} branch pair(s) could not be evaluated: ${listPairs(errors)}` }
  if (bad.length && failOnConflict) {
    const unrelated = bad.filter((p) => p.status === 'unrelated').length
    const tried = bad.filter((p) => p.trial).length
    const conflicting = bad.length - unrelated - tried
    const what = [
      conflicting ? `${conflicting} conflicting` : '',
      unrelated ? `${unrelated} without common history` : '',
      tried ? `${tried} whose merge fails to build or test` : '',
    ].filter(Boolean)
    return { exitCode: 1, clean, failure: `${what.join(' and ')} branch pair(s): ${listPairs(bad)}` }
  }
  return { exitCode: 0, clean }
}
