import { InputError } from '../errors'
import { compareDivergence } from './divergence'
import { compareBranches, comparePairResults, pairKey } from './plan-pairs'
import { mergeTrialSummaries } from './trial-summaries'
import type { AgentBranch, ConflictReport, ConflictScope, ConflictSummaryCounts, Divergence, PairResult, ShardSpec } from './types'

export interface BuildReportInput {
  /** When the scan ran; passed in so the same scan always gives the same bytes. */
  scannedAt: string | Date
  scope: ConflictScope
  shard?: ShardSpec
  branches: readonly AgentBranch[]
  pairs: readonly PairResult[]
  divergence?: readonly Divergence[]
}

export function summarize(pairs: readonly PairResult[]): ConflictSummaryCounts {
  const count = (status: PairResult['status']): number => pairs.filter((p) => p.status === status).length
  return {
    pairs: pairs.length,
    clean: count('clean'),
    conflicted: count('conflicted'),
    unrelated: count('unrelated'),
    errors: count('error'),
  }
}

/** The full report, every list in a stable order. */
export function buildReport(input: BuildReportInput): ConflictReport {
  const scannedAt = typeof input.scannedAt === 'string' ? input.scannedAt : input.scannedAt.toISOString()
  // A scan's pairs come sorted already (scanPairs): checked in one pass, not sorted a second time.
  const pairs = inOrder(input.pairs, comparePairResults) ? [...input.pairs] : [...input.pairs].sort(comparePairResults)
  return {
    version: 2,
    scannedAt,
    scope: input.scope,
    ...(input.shard ? { shard: { index: input.shard.index, count: input.shard.count } } : {}),
    branches: [...input.branches].sort(compareBranches),
    pairs,
    divergence: [...(input.divergence ?? [])].sort(compareDivergence),
    summary: summarize(pairs),
  }
}

function inOrder<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1]!, list[i]!) > 0) return false
  return true
}

function branchesKey(branches: readonly AgentBranch[]): string {
  return JSON.stringify([...branches].sort(compareBranches).map((b) => [b.name, b.sha]))
}

/**
 * Combines the reports of the shards of one scan into one report. They must
 * agree on scope, shard count and branches (names and commits); every shard
 * must be there once (unless `allowPartial`), and no pair may appear twice.
 */
export function mergeReports(reports: readonly ConflictReport[], options: { allowPartial?: boolean } = {}): ConflictReport {
  const first = reports[0]
  if (!first) throw new InputError('no conflict reports to merge: expected the reports of every shard')
  const seenShards = new Set<number>()
  for (const r of reports) {
    if (r.version !== 2)
      throw new InputError(
        `conflict report version ${JSON.stringify(r.version)} is not supported: expected 2 (shard reports must come from the same agent-orchestrator version)`,
      )
    if (r.scope !== first.scope) throw new InputError(`conflict reports disagree on scope: "${first.scope}" and "${r.scope}"`)
    if (!r.shard && reports.length > 1) throw new InputError('a conflict report without a shard cannot be merged with others')
    if (r.shard) {
      if (r.shard.count !== first.shard?.count) {
        throw new InputError(`conflict reports disagree on the shard count: ${first.shard?.count ?? 'none'} and ${r.shard.count}`)
      }
      if (seenShards.has(r.shard.index)) throw new InputError(`shard ${r.shard.index}/${r.shard.count} is given twice`)
      seenShards.add(r.shard.index)
    }
    if (branchesKey(r.branches) !== branchesKey(first.branches)) {
      throw new InputError(
        `conflict reports were made from different branches or commits (shard ${r.shard?.index ?? '?'} differs): rerun the scan`,
      )
    }
  }
  if (first.shard && !options.allowPartial) {
    const absent = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((i) => !seenShards.has(i))
    if (absent.length) throw new InputError(`conflict reports are missing shard(s) ${absent.join(', ')} of ${first.shard.count}`)
  }
  const pairs = new Map<string, PairResult>()
  for (const r of reports) {
    for (const p of r.pairs) {
      const key = pairKey(p)
      if (pairs.has(key))
        throw new InputError(`pair ${JSON.stringify(p.left)} / ${JSON.stringify(p.right)} appears in more than one report`)
      pairs.set(key, p)
    }
  }
  const divergence = new Map<string, Divergence>()
  for (const r of reports)
    for (const d of r.divergence) if (!divergence.has(`${d.branch}\0${d.against}`)) divergence.set(`${d.branch}\0${d.against}`, d)
  const scannedAt = reports.map((r) => r.scannedAt).sort()[0]!
  const merged = buildReport({
    scannedAt,
    scope: first.scope,
    branches: first.branches,
    pairs: [...pairs.values()],
    divergence: [...divergence.values()],
  })
  const trials = mergeTrialSummaries(reports)
  return trials ? { ...merged, trials } : merged
}
