import { InputError } from '../errors'
import { versionAtLeast, type Git } from '../git/git'
import type { MergeSandbox } from './merge-sandbox'
import { parseMergeTree, parseMergeTreeBatch, type MergeTreeRecord } from './merge-tree-output'
import { runPool } from './pool'
import { mergeTreeTakesStdin, runMergeTree } from '../git/merge-tree'

export type MergeOutcome = { ok: true; record: MergeTreeRecord } | { ok: false; error: string }

export interface MergeJob {
  leftSha: string
  rightSha: string
}

const batchSupport = new Map<string, Promise<boolean>>()

/** The first git whose `merge-tree` takes `--stdin` (2.38 brought `--write-tree` without it; maintenance releases add no options). */
export const BATCH_MERGE_SINCE = { major: 2, minor: 39 } as const

/**
 * Whether this git has `merge-tree --stdin`: known from its version from 2.39 on (no process: the version is read
 * from the start-up's trace), else checked once per version by trying it (a build that says an older version).
 */
export async function supportsBatchMerge(git: Git): Promise<boolean> {
  const version = await git.version()
  if (versionAtLeast(version, BATCH_MERGE_SINCE)) return true
  let known = batchSupport.get(version.text)
  if (!known) {
    known = mergeTreeTakesStdin(git)
    batchSupport.set(version.text, known)
  }
  return known
}

function failure(stderr: string, exitCode: number): MergeOutcome {
  if (/unrelated histories/.test(stderr)) return { ok: false, error: 'no common history' }
  const line =
    stderr
      .trim()
      .split('\n')
      .pop()
      ?.replace(/^fatal: /, '') || `git merge-tree exited with ${exitCode}`
  return { ok: false, error: line }
}

/**
 * merge-tree's output as a string of bytes (latin1: one character per byte), so
 * that paths that are not UTF-8 survive; `displayPath` turns them into text.
 */
async function mergeTree(sandbox: MergeSandbox, args: readonly string[], markerSize: number | undefined, input?: string) {
  return runMergeTree(sandbox.git, sandbox.pins(markerSize), args, input)
}

/**
 * One merge, one process. Exit 0 clean, 1 conflicted; the output must start
 * with a tree id. `markerSize` sets the conflict marker size (default 7).
 */
export async function mergeOne(sandbox: MergeSandbox, job: MergeJob, markerSize?: number): Promise<MergeOutcome> {
  const r = await mergeTree(sandbox, ['--write-tree', '-z', job.leftSha, job.rightSha], markerSize)
  if (r.exitCode !== 0 && r.exitCode !== 1) return failure(r.stderr, r.exitCode)
  try {
    return { ok: true, record: parseMergeTree(r.stdout, r.exitCode) }
  } catch {
    // An unknown ref also exits 1, with no tree id: never read that as a conflict.
    return failure(r.stderr || 'git merge-tree printed no tree id', r.exitCode)
  }
}

/**
 * Many merges, one process. If the process dies part-way (it does for a pair
 * with no common history), the merges it finished are kept, the pair it died
 * on is run alone to get its own error, and the rest go on in a new batch.
 */
export async function mergeBatch(sandbox: MergeSandbox, jobs: readonly MergeJob[], markerSize?: number): Promise<MergeOutcome[]> {
  const outcomes: MergeOutcome[] = []
  let rest = jobs
  while (rest.length > 0) {
    const input = rest.map((j) => `${j.leftSha} ${j.rightSha}\n`).join('')
    const r = await mergeTree(sandbox, ['--stdin', '--write-tree', '-z'], markerSize, input)
    let records: MergeTreeRecord[]
    try {
      records = parseMergeTreeBatch(r.stdout)
      if (records.length > rest.length) throw new Error('more merges than were asked for')
    } catch {
      // Output we cannot read: do these merges one by one rather than guess.
      for (const job of rest) outcomes.push(await mergeOne(sandbox, job, markerSize))
      break
    }
    for (const record of records) outcomes.push({ ok: true, record })
    if (records.length === rest.length) break
    outcomes.push(await mergeOne(sandbox, rest[records.length]!, markerSize))
    rest = rest.slice(records.length + 1)
  }
  return outcomes
}

/** The fewest merges a slice gets when its caller works on finished slices (onSlice): fewer cost a process each for little. */
export const MIN_MERGES_PER_SLICE = 100

export interface RunMergesOptions {
  strategy: 'auto' | 'per-pair' | 'batch'
  maxParallel: number
  /** Called with the number of merges just finished. */
  onDone?: (count: number) => void
  /**
   * Batches only: called as each process's slice of the merges finishes, with
   * the jobs' indexes and their outcomes, while the other slices still merge.
   */
  onSlice?: (indexes: readonly number[], outcomes: readonly MergeOutcome[]) => void
  /** Conflict marker size (default git's 7). */
  markerSize?: number
}

/** Runs the merges with a bounded number of git processes; outcomes in job order. */
export async function runMerges(
  sandbox: MergeSandbox,
  jobs: readonly MergeJob[],
  options: RunMergesOptions,
): Promise<{ outcomes: MergeOutcome[]; batch: boolean }> {
  const git = sandbox.git
  const supported = options.strategy === 'per-pair' ? false : await supportsBatchMerge(git)
  if (options.strategy === 'batch' && !supported) {
    const v = await git.version()
    throw new InputError(
      `strategy "batch" needs git merge-tree --stdin, which git ${v.major}.${v.minor}.${v.patch} lacks: use "auto" or "per-pair"`,
    )
  }
  if (!supported) {
    const outcomes = await runPool(jobs, options.maxParallel, async (job) => {
      const outcome = await mergeOne(sandbox, job, options.markerSize)
      options.onDone?.(1)
      return outcome
    })
    return { outcomes, batch: false }
  }
  // One slice per process up to 500 merges each: every process loads the packs and indexes once, which on a
  // real history costs as much as dozens of merges; progress in between comes from the scan's timer.
  // Slices take every n-th job, not runs of neighbours: the pairs of one branch tend to cost alike (an old
  // fork merges slowly against everything), and a run of them would keep one process busy long after the others.
  // A whole number of rounds: with 5 slices on 2 processes the last round would run one slice on one core.
  // A caller that works on finished slices (onSlice: the line ranges, in node) gets up to 4 rounds of at least
  // MIN_MERGES_PER_SLICE merges each, so that its work on all but the last round runs while git merges the next ones.
  const rounds = Math.max(
    Math.ceil(jobs.length / (500 * options.maxParallel)),
    options.onSlice ? Math.min(4, Math.floor(jobs.length / (MIN_MERGES_PER_SLICE * options.maxParallel))) : 1,
  )
  const count = Math.min(rounds * options.maxParallel, Math.max(1, Math.ceil(jobs.length / 8)))
  const indexes = Array.from({ length: count }, (_, s) => jobs.map((_, i) => i).filter((i) => i % count === s))
  const outcomes = new Array<MergeOutcome>(jobs.length)
  await runPool(indexes, options.maxParallel, async (slice) => {
    const done = await mergeBatch(
      sandbox,
      slice.map((i) => jobs[i]!),
      options.markerSize,
    )
    slice.forEach((i, k) => (outcomes[i] = done[k]!))
    options.onDone?.(slice.length)
    options.onSlice?.(slice, done)
  })
  return { outcomes, batch: true }
}
