// The conflict engine: which agent branches would conflict if merged, where, and how far they have drifted.
export type {
  AgentBranch,
  ConflictFile,
  ConflictKind,
  ConflictReport,
  ConflictScope,
  ConflictSummaryCounts,
  Divergence,
  DivergenceRequest,
  LineRange,
  PairResult,
  PairSpec,
  PairStatus,
  ScanOptions,
  ScanStrategy,
  ShardSpec,
  VerdictMemo,
} from './types'
export type { CheckFailure, PairTrial, TrialCommand, TrialMode, TrialScope, TrialSummary, TrialVerdict } from './trial-results'
export type { PairSuggestion, ResolvedFile, SuggestionOutcome } from './suggestion-results'
export { mergeTrialSummaries, TRIAL_COUNTS, type TrialCount } from './trial-summaries'
export { planPairs, pairKey, compareBranches, comparePairResults } from './plan-pairs'
export { shardPairs, parseShard, shardOf } from './shard'
export { scanPairs } from './scan-pairs'
export { divergenceTips, measureDivergence, planDivergence } from './divergence'
export { ensureCommitGraph, type CommitGraphResult } from './commit-graph'
export { ensureHistory, type EnsureHistoryOptions } from './history'
export { buildReport, mergeReports, summarize, type BuildReportInput } from './report'
export { renderConflictSummary, type RenderSummaryOptions } from './render-summary'
export { supportsBatchMerge } from './merge-tree-runner'
export { CONFLICT_CHECK_SUITE } from './check-suite'
export { pairHunks, MAX_HUNK_FILE_BYTES, type FileHunks, type PairHunks, type StageBlob } from './pair-hunks'
export { diff3Hunks, parseDiff3Blocks, safeMarkerSize, type Diff3Hunk, type HunkSide } from './diff3-hunks'
export { matchLines } from './line-diff'
export { splitLines } from './conflict-markers'
