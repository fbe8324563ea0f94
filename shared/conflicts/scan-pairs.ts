import { messageOf } from '../errors'
import type { Git } from '../git/git'
import { objectTypes } from '../git/cat-file'
import type { Logger } from '../logger'
import { ChangeCover } from './change-cover'
import { describeConflicts, SideBlobs, type ConflictedMerge } from './file-details'
import { HistoryGraph } from './history-graph'
import { MergeSandbox } from './merge-sandbox'
import type { ScanPhase } from './phase-clock'
import { MIN_MERGES_PER_SLICE, runMerges, type MergeOutcome } from './merge-tree-runner'
import { comparePairResults, pairKey } from './plan-pairs'
import { resolveParallelism } from './pool'
import type { PairResult, PairSpec, ScanOptions } from './types'

const SHA_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

/**
 * Predicts, for every pair, whether merging the two branches would conflict,
 * and where. Nothing is written to the working tree, index or refs; merge
 * results only add objects to the object store.
 *
 * 1. Check every commit exists here (one `cat-file --batch-check`).
 * 2. Merge bases for all pairs from one history walk (`history-graph.ts`);
 *    no merge base → "no common history", and the pair never reaches the
 *    batch merge, where it would kill the whole batch.
 * 3. Unless `skipDisjoint` is false: a pair where one side contains the other
 *    merges cleanly, and a pair whose changes since the merge base touch no
 *    common path cannot conflict (`disjoint.ts`); neither needs a merge.
 * 4. The rest go to `git merge-tree --write-tree`, batched with `--stdin`
 *    when this git has it, in at most `maxParallel` processes, inside a
 *    sandbox where nothing of this clone's attributes or configuration can
 *    change a verdict (`merge-sandbox.ts`).
 * 5. Conflicted files get their kind and each side's line ranges.
 *
 * No pair can stop the others: whatever goes wrong with one is that pair's
 * `error`, and the rest are still scanned.
 */
export async function scanPairs(git: Git, pairs: readonly PairSpec[], options: ScanOptions): Promise<PairResult[]> {
  const { logger } = options
  const maxParallel = resolveParallelism(options.maxParallel)
  const unique = [...new Map(pairs.map((p) => [pairKey(p), p])).values()]
  const total = unique.length
  let done = 0
  const counts = { cached: 0, merged: 0 }
  const progress = (n: number, merged = false): void => {
    done += n
    if (merged) counts.merged += n
    options.onProgress?.(done, total, counts)
  }
  const results = new Map<PairSpec, PairResult>()
  const finish = (pair: PairSpec, result: Omit<PairResult, 'left' | 'right' | 'leftSha' | 'rightSha'>): void => {
    results.set(pair, { left: pair.left, right: pair.right, leftSha: pair.leftSha, rightSha: pair.rightSha, ...result })
  }

  const phase = (name: ScanPhase): void => options.clock?.lap(name)
  const missing = await missingCommits(
    git,
    unique.flatMap((p) => [p.leftSha, p.rightSha]).filter((sha) => !options.knownCommits?.has(sha)),
  )
  const ready: PairSpec[] = []
  for (const pair of unique) {
    const gone = (
      [
        ['left', pair.left, pair.leftSha],
        ['right', pair.right, pair.rightSha],
      ] as const
    ).find(([, , sha]) => missing.has(sha))
    if (gone) {
      finish(pair, {
        status: 'error',
        error: `commit ${JSON.stringify(gone[2])} of branch ${JSON.stringify(gone[1])} is not in this clone: fetch it first`,
        files: [],
      })
    } else {
      const hit = options.cache?.get(pair)
      if (hit) finish(pair, hit)
      else ready.push(pair)
    }
  }
  counts.cached = unique.length - ready.length - missingPairs(unique, missing)
  if (counts.cached) logger.debug(`conflict scan: ${counts.cached} of ${total} pairs answered by the verdict cache`)
  progress(unique.length - ready.length)
  phase('cache')
  if (ready.length === 0) return [...results.values()].sort(comparePairResults)

  // With the tips the caller asks about next (divergence), so that one walk answers both. A tip of theirs that
  // breaks the walk (a commit this clone lacks) must not stop the scan: walked again without them, as before.
  const pairTips = ready.flatMap((p) => [p.leftSha, p.rightSha])
  const extra = options.sharedGraph?.tips ?? []
  let graph: HistoryGraph
  try {
    graph = await HistoryGraph.load(git, [...pairTips, ...extra])
    if (options.sharedGraph) options.sharedGraph.graph = graph
  } catch (error) {
    if (!extra.length) throw error
    logger.debug(`conflict scan: the history walk with the divergence's tips failed (${messageOf(error)}); walked without them`)
    graph = await HistoryGraph.load(git, pairTips)
  }
  const shallow = await git.isShallow()
  const toMerge: PairSpec[] = []
  const baseOf = new Map<PairSpec, string | null>()
  const allBases = new Map<PairSpec, string[]>()
  for (const pair of ready) {
    const found = graph.mergeBases(pair.leftSha, pair.rightSha)
    allBases.set(pair, found)
    if (found.length === 0) {
      // A shallow clone hides the history the branches share: that is a setup error, not a verdict.
      if (shallow) {
        const error = 'no common history in this shallow clone: fetch the full history (e.g. fetch-depth: 0 on actions/checkout)'
        finish(pair, { status: 'error', error, mergeBase: null, files: [] })
      } else finish(pair, { status: 'unrelated', error: 'no common history', mergeBase: null, files: [] })
      continue
    }
    // Several best merge bases (criss-cross merges): report the one git picks.
    baseOf.set(pair, found.length === 1 ? found[0]! : await git.mergeBase(pair.leftSha, pair.rightSha))
    toMerge.push(pair)
  }
  progress(ready.length - toMerge.length)

  phase('shortcut')
  const needMerge =
    options.skipDisjoint === false
      ? toMerge
      : await dropDisjoint(git, toMerge, { baseOf, allBases, graph }, maxParallel, logger, (pair) => {
          finish(pair, { status: 'clean', mergeBase: baseOf.get(pair) ?? null, files: [] })
        })
  phase('shortcut')
  progress(toMerge.length - needMerge.length)
  logger.debug(
    `conflict scan: ${total} pairs, ${total - toMerge.length} settled before merging, ${toMerge.length - needMerge.length} cannot conflict, ${needMerge.length} to merge`,
  )

  if (needMerge.length > 0) {
    const sandbox = await MergeSandbox.open(git)
    // The line ranges of a finished slice of merges are worked out (node's CPU) while git merges the next
    // slices (its processes): on a large history the ranges cost a third of the merges, and the core node
    // runs on would otherwise wait. A pair's ranges depend on that pair alone (its own budget), so which
    // slice it comes in changes nothing.
    const described = new Set<number>()
    const pending: Array<Promise<void>> = []
    let failure: unknown
    const memo = new SideBlobs()
    const describe = (indexes: readonly number[], outcomes: ReadonlyMap<number, MergeOutcome>): Promise<void> => {
      const conflicted: Array<{ pair: PairSpec; merge: ConflictedMerge }> = []
      for (const i of indexes) {
        described.add(i)
        const pair = needMerge[i]!
        const outcome = outcomes.get(i)!
        const mergeBase = baseOf.get(pair) ?? null
        if (!outcome.ok) finish(pair, { status: 'error', error: outcome.error, mergeBase, files: [] })
        else if (outcome.record.clean) finish(pair, { status: 'clean', mergeBase, files: [] })
        else conflicted.push({ pair, merge: { leftSha: pair.leftSha, rightSha: pair.rightSha, record: outcome.record } })
      }
      if (conflicted.length === 0) return Promise.resolve()
      logger.debug(`conflict scan: line ranges of ${conflicted.length} conflicted pair(s) of ${indexes.length} merged`)
      return describeConflicts(
        sandbox,
        conflicted.map((c) => c.merge),
        maxParallel,
        logger,
        undefined,
        memo,
      ).then((details) => {
        conflicted.forEach(({ pair }, i) => {
          const { files, messages } = details[i]!
          finish(pair, { status: 'conflicted', mergeBase: baseOf.get(pair) ?? null, files, ...(messages.length ? { messages } : {}) })
        })
      })
    }
    try {
      const { outcomes, batch } = await runMerges(sandbox, needMerge, {
        strategy: options.strategy ?? 'auto',
        maxParallel,
        onDone: (n) => progress(n, true),
        // A few merges (a re-scan after one branch moved) are described together: a slice of its own
        // would cost two more git processes and finish as late as the others.
        onSlice:
          needMerge.length < MIN_MERGES_PER_SLICE * 2
            ? undefined
            : (indexes, done) => {
                const slice = describe(indexes, new Map(indexes.map((i, k) => [i, done[k]!])))
                // Caught at once (a rejection with no handler yet would end the process), thrown after the merges.
                pending.push(slice.catch((error: unknown) => void (failure ??= error)))
              },
      })
      logger.debug(
        `conflict scan: merged ${needMerge.length} pairs with ${batch ? 'merge-tree --stdin batches' : 'one merge-tree per pair'}`,
      )
      phase('merges')
      // Merged one by one (no batches), or slices not handed over: described now, all together.
      const rest = needMerge.map((_, i) => i).filter((i) => !described.has(i))
      pending.push(describe(rest, new Map(rest.map((i) => [i, outcomes[i]!]))))
      await Promise.all(pending)
      if (failure !== undefined) throw failure
      phase('ranges')
    } finally {
      // Nothing may still read the sandbox when it goes.
      await Promise.allSettled(pending)
      sandbox.close()
      phase('merges')
    }
  }

  if (options.cache) for (const pair of ready) options.cache.put(results.get(pair)!)
  return [...results.values()].sort(comparePairResults)
}

function missingPairs(pairs: readonly PairSpec[], missing: ReadonlySet<string>): number {
  return pairs.filter((p) => missing.has(p.leftSha) || missing.has(p.rightSha)).length
}

/** Commit ids (from the pairs) that do not name a commit in this repository. */
async function missingCommits(git: Git, shas: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(shas)]
  const missing = new Set(unique.filter((s) => !SHA_RE.test(s)))
  const wellFormed = unique.filter((s) => !missing.has(s))
  if (wellFormed.length === 0) return missing
  const types = await objectTypes(git, wellFormed)
  wellFormed.forEach((sha, i) => {
    if (types[i] !== 'commit') missing.add(sha)
  })
  return missing
}

/**
 * Settles the pairs that provably merge cleanly (calls `clean` for each) and
 * returns the others. Only pairs with a single merge base qualify; each side's
 * changes come from a cover of short diffs along the merge bases (`change-cover.ts`).
 */
async function dropDisjoint(
  git: Git,
  pairs: readonly PairSpec[],
  known: { baseOf: ReadonlyMap<PairSpec, string | null>; allBases: ReadonlyMap<PairSpec, string[]>; graph: HistoryGraph },
  maxParallel: number,
  logger: Logger,
  clean: (pair: PairSpec) => void,
): Promise<PairSpec[]> {
  const { baseOf, allBases, graph } = known
  const candidates: PairSpec[] = []
  const keep: PairSpec[] = []
  for (const pair of pairs) {
    const base = baseOf.get(pair)
    if (allBases.get(pair)?.length !== 1 || !base) keep.push(pair)
    // One side contains the other: the merge is the newer side as it is.
    else if (base === pair.leftSha || base === pair.rightSha) clean(pair)
    else candidates.push(pair)
  }
  if (candidates.length === 0) return keep
  let changes: ChangeCover
  try {
    const ranges = candidates.flatMap((p) => [
      { base: baseOf.get(p)!, tip: p.leftSha },
      { base: baseOf.get(p)!, tip: p.rightSha },
    ])
    changes = await ChangeCover.load(git, ranges, (commit) => graph.index.get(commit) ?? graph.ids.length, maxParallel)
  } catch (e) {
    // Skipping is only an optimisation: when it cannot be done safely, merge every pair.
    logger.debug(`conflict scan: not skipping disjoint pairs: ${messageOf(e)}`)
    return [...keep, ...candidates]
  }
  for (const pair of candidates) {
    if (changes.mayConflict(pair.leftSha, pair.rightSha, baseOf.get(pair)!)) keep.push(pair)
    else clean(pair)
  }
  return keep
}
