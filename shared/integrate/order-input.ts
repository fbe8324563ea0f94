import { CONFLICT_CHECK_SUITE, type ConflictReport } from '../conflicts'
import {
  type FeatureProjection,
  type Projection,
  openGuards,
  latestTests,
  openConflicts,
  openPrs,
  overseerOf,
  viewIndex,
} from '../state/projection'
import type { ConflictEdge, HoldBack, MergeCandidate, OrderInput } from './order-types'

/**
 * Extra guard findings by branch (e.g. from raw events); the open violations
 * the state branch records are always added by `holdBacksOf`.
 */
export type GuardViolations = ReadonlyMap<string, string[]>

/** Guard violations by branch from raw events; events of other kinds or without a branch are ignored. */
export function guardViolationsFrom(events: Iterable<{ kind: string; data?: unknown }>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const e of events) {
    if (e.kind !== 'guard-violation' || !e.data || typeof e.data !== 'object') continue
    const d = e.data as { branch?: unknown; subject?: unknown; detail?: unknown; path?: unknown; reason?: unknown }
    if (typeof d.branch !== 'string' || !d.branch) continue
    const what = [d.detail, d.reason, d.subject, d.path].find((x): x is string => typeof x === 'string' && x !== '') ?? 'guard violation'
    out.set(d.branch, [...(out.get(d.branch) ?? []), what])
  }
  return out
}

/** Failing checks (latest result per suite at the branch's latest tested commit; the conflict check is the conflict, which the order weighs, so it is left out) and guard violations of one branch. */
export function holdBacksOf(feature: FeatureProjection | undefined, branch: string, guard: GuardViolations): HoldBack[] {
  const out: HoldBack[] = []
  const failing = feature ? latestTests(feature).filter((t) => t.branch === branch && t.failed > 0 && t.suite !== CONFLICT_CHECK_SUITE) : []
  if (failing.length)
    out.push({
      branch,
      kind: 'failing-checks',
      detail: failing.map((t) => `${t.suite}: ${t.failed} failed at ${t.commit.slice(0, 7)}`).join('; '),
    })
  // The role guard's open violations on the state branch (cleared ones do not count), plus any given.
  const recorded = feature
    ? openGuards(feature, branch).map((g) => `${g.kind === 'pr-target' ? 'pull request targets' : 'changed'} ${g.subject}`)
    : []
  const violations = [...new Set([...recorded, ...(guard.get(branch) ?? [])])]
  if (violations.length) out.push({ branch, kind: 'guard-violation', detail: violations.join('; ') })
  return out
}

function prOf(feature: FeatureProjection | undefined, branch: string, overseer: string): number | undefined {
  return feature ? openPrs(feature).find((p) => p.head === branch && p.base === overseer)?.number : undefined
}

/** From a fresh conflict scan (detect-conflicts, integrate-order): its pairs and divergence, plus PRs and checks from the state. */
export function orderInputFromReport(
  report: ConflictReport,
  spec: string,
  projection: Projection | undefined,
  guard: GuardViolations = new Map(),
): OrderInput | null {
  const overseer = report.branches.find((b) => b.spec === spec && b.role === 'overseer')
  if (!overseer) return null
  const feature = projection?.features[spec]
  const implementors = report.branches.filter((b) => b.spec === spec && b.role === 'implementor')
  const names = new Set(implementors.map((b) => b.name))
  const candidates: MergeCandidate[] = implementors.map((b) => {
    const d = report.divergence.find((x) => x.branch === b.name && x.against === overseer.name)
    const pr = prOf(feature, b.name, overseer.name)
    return {
      branch: b.name,
      name: `impl-${b.index ?? 0}`,
      ...(pr !== undefined ? { pr } : {}),
      ...(d?.ahead !== null && d?.ahead !== undefined ? { ahead: d.ahead } : {}),
      ...(d?.behind !== null && d?.behind !== undefined ? { behind: d.behind } : {}),
    }
  })
  return {
    overseer: overseer.name,
    candidates,
    ...splitConflicts(
      report.pairs.filter((p) => p.status === 'conflicted'),
      names,
      overseer.name,
    ),
    heldBack: implementors.flatMap((b) => holdBacksOf(feature, b.name, guard)),
  }
}

/** From the state alone (the overseer's view, its pull request body): the last scan's open conflicts and divergence. */
export function orderInputFromProjection(projection: Projection, spec: string, guard: GuardViolations = new Map()): OrderInput | null {
  const feature = projection.features[spec]
  const overseer = feature && overseerOf(feature)
  if (!feature || !overseer) return null
  const implementors = Object.values(feature.agents).filter((a) => a.role === 'implementor')
  const names = new Set(implementors.map((a) => a.branch))
  const candidates: MergeCandidate[] = implementors.map((a) => {
    const d = feature.divergence[a.branch]?.[overseer.branch]
    const pr = prOf(feature, a.branch, overseer.branch)
    return {
      branch: a.branch,
      name: `impl-${viewIndex(a) ?? 0}`,
      ...(pr !== undefined ? { pr } : {}),
      ...(d ? { ahead: d.ahead, behind: d.behind } : {}),
    }
  })
  return {
    overseer: overseer.branch,
    candidates,
    ...splitConflicts(openConflicts(projection, spec), names, overseer.branch),
    heldBack: implementors.flatMap((a) => holdBacksOf(feature, a.branch, guard)),
  }
}

/** Conflicting pairs between two implementors, and between an implementor and the overseer (others are left out). */
function splitConflicts(
  pairs: readonly { left: string; right: string; files: { path: string }[] }[],
  implementors: ReadonlySet<string>,
  overseer: string,
): Pick<OrderInput, 'conflicts' | 'overseerConflicts'> {
  const conflicts: ConflictEdge[] = []
  const overseerConflicts: ConflictEdge[] = []
  for (const p of pairs) {
    const e = { a: p.left, b: p.right, files: [...new Set(p.files.map((f) => f.path))].sort() }
    if (implementors.has(p.left) && implementors.has(p.right)) conflicts.push(e)
    else if ((implementors.has(p.left) && p.right === overseer) || (implementors.has(p.right) && p.left === overseer))
      overseerConflicts.push(e)
  }
  return { conflicts, overseerConflicts }
}
