import { performance } from 'node:perf_hooks'
import { pairHunks } from '../conflicts'
import type { ConflictReport, PairResult } from '../conflicts/types'
import { messageOf } from '../errors'
import type { Git } from '../git/git'
import { repositoryFacts } from '../git/refs'
import type { RepoDeps } from '../repo-deps'
import { conflictId } from '../state/events'
import type { Projection } from '../state/projection'
import { checksOf, runChecks, TrialTrees } from '../trials'
import { join } from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import { conflictingPaths, resolutionOfWorkTree, suggestionCommit } from './resolution'
import { runResolver } from './run-resolver'
import { openResolverSandbox } from './sandbox'
import { suggestBrief } from './suggest-brief'
import type { PairSuggestion, SuggestSettings } from './types'

const MAX_REASON = 1500

/** The branch a pair's proven suggestion is pushed to: orchestrator/suggest/<the pair's conflict id in its left branch's feature>. */
export function suggestionBranch(report: ConflictReport, pair: { left: string; right: string }): string {
  const spec = report.branches.find((b) => b.name === pair.left)?.spec ?? ''
  return `orchestrator/suggest/${conflictId(spec, pair.left, pair.right)}`
}

/** The suggestion the state holds for this pair at these tips from this resolver (cached), if any. */
function recorded(report: ConflictReport, projection: Projection | null, pair: PairResult, command: string): PairSuggestion | undefined {
  const spec = report.branches.find((b) => b.name === pair.left)?.spec
  const s = spec ? projection?.features[spec]?.conflicts[conflictId(spec, pair.left, pair.right)]?.suggestion : undefined
  if (!s || s.command !== command) return undefined
  const sameTips =
    (s.leftSha === pair.leftSha && s.rightSha === pair.rightSha) || (s.leftSha === pair.rightSha && s.rightSha === pair.leftSha)
  if (!sameTips) return undefined
  return {
    outcome: s.outcome,
    command,
    cached: true,
    ...(s.reason ? { reason: s.reason } : {}),
    ...(s.branch ? { branch: s.branch } : {}),
    ...(s.commit ? { commit: s.commit } : {}),
  }
}

/**
 * Runs the resolver on each conflicting pair the state has no suggestion for
 * (at these tips, from this resolver), at most `maxPairs` of them, one at a
 * time, and sets each pair's `suggestion`. A suggestion is proven only when
 * the resolver exits 0 within its time, changed nothing of the scanning clone,
 * left no marker, changed only the conflicting files, and the merge it makes
 * passes the trial checks; then its merge commit is made here (the recording
 * job makes and pushes it again from the tips and the files, see publish.ts).
 */
export async function suggestReport(
  report: ConflictReport,
  settings: SuggestSettings,
  deps: RepoDeps,
  projection: Projection | null,
): Promise<void> {
  const { ctx } = deps
  const conflicted = report.pairs.filter((p) => p.status === 'conflicted')
  const toRun: PairResult[] = []
  for (const pair of conflicted) {
    const hit = recorded(report, projection, pair, settings.command)
    if (hit) pair.suggestion = hit
    else if (conflictingPaths(pair).size === 0)
      pair.suggestion = { outcome: 'skipped', command: settings.command, reason: 'no conflicting file with a plain path to resolve' }
    else toRun.push(pair)
  }
  for (const pair of toRun.slice(settings.maxPairs))
    pair.suggestion = {
      outcome: 'skipped',
      command: settings.command,
      reason: `beyond suggest-max-pairs (${settings.maxPairs}) in this run`,
    }
  const running = toRun.slice(0, settings.maxPairs)
  ctx.progress?.(
    `Suggest: ${conflicted.length} conflicting pair(s), ${conflicted.length - toRun.length} answered by the state, ${running.length} to run (${settings.argv[0]})...`,
  )
  if (running.length === 0) return
  const trees = await TrialTrees.open(deps.git)
  const checksRoot = mkdtempSync(join(ctx.tempDir, 'orch-suggest-checks-'))
  try {
    let done = 0
    for (const pair of running) {
      const t0 = performance.now()
      let suggestion: PairSuggestion
      try {
        suggestion = await suggestPair(pair, { report, settings, trees, git: deps.git, checksRoot, tempRoot: ctx.tempDir })
      } catch (error) {
        suggestion = { outcome: 'error', command: settings.command, reason: bounded(messageOf(error)) }
      }
      pair.suggestion = { ...suggestion, durationMs: Math.round(performance.now() - t0) }
      done++
      ctx.progress?.(`Suggest ${done}/${running.length}: ${pair.left} ↔ ${pair.right}: ${suggestion.outcome}`)
    }
  } finally {
    trees.close()
    rmSync(checksRoot, { recursive: true, force: true })
  }
}

interface PairRun {
  report: ConflictReport
  settings: SuggestSettings
  trees: TrialTrees
  /** The scanning clone: checked before and after the resolver, never given to it. */
  git: Git
  checksRoot: string
  tempRoot: string
}

async function suggestPair(pair: PairResult, run: PairRun): Promise<PairSuggestion> {
  const { settings, trees } = run
  const rejected = (reason: string): PairSuggestion => ({ outcome: 'rejected', command: settings.command, reason: bounded(reason) })
  const conflicted = await trees.conflictedTree(pair.leftSha, pair.rightSha)
  const sandbox = await openResolverSandbox(trees.git, pair, run.tempRoot)
  try {
    // The hunks as `conflicts brief` gives them; a pair git cannot split into hunks still gets the files and ranges.
    const hunks = await pairHunks(run.git, pair.leftSha, pair.rightSha).catch(() => null)
    const before = await repositoryFacts(run.git)
    const result = await runResolver({
      argv: settings.argv,
      cwd: sandbox.work,
      env: sandbox.env,
      input: suggestBrief(pair, run.report, hunks),
      timeoutMs: settings.timeoutMs,
    })
    if ((await repositoryFacts(run.git)) !== before) return rejected('changed the scanning clone, outside its sandbox')
    const stopped = result.survivors ? ` (${result.survivors} process(es) it left running were stopped)` : ''
    if (result.timedOut) return rejected(`resolver ${result.reason}: its process group was killed${stopped}`)
    if (result.exitCode !== 0)
      return rejected(`resolver ${result.reason ?? 'failed'}${stopped}${result.tail ? `: ${lastLines(result.tail)}` : ''}`)
    const resolution = await resolutionOfWorkTree(trees.git, { indexFolder: trees.indexFolder, work: sandbox.work, conflicted }, pair)
    if (!resolution.ok) return rejected(resolution.reason)
    // The proof runs on the tree the suggestion is, written out afresh: nothing the resolver left beside it counts.
    const dir = join(run.checksRoot, `merge-${pair.leftSha.slice(0, 12)}-${pair.rightSha.slice(0, 12)}`)
    try {
      await trees.checkout(resolution.tree, dir)
      const outcome = await runChecks(checksOf(settings.checks, settings.setup, true), dir, settings.checkTimeoutMs)
      if (!outcome.ok) {
        const f = outcome.failure!
        const what = f.kind === 'test' ? 'tests failed' : f.kind === 'setup' ? 'setup failed' : 'build failed'
        return rejected(`${what}: ${f.check} ${f.reason ?? `exited with ${f.exitCode}`}${f.tail ? `: ${lastLines(f.tail)}` : ''}`)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    const commit = await suggestionCommit(trees.git, resolution.tree, pair, run.report.scannedAt, settings.command)
    return { outcome: 'proven', command: settings.command, files: resolution.files, commit, branch: suggestionBranch(run.report, pair) }
  } finally {
    sandbox.close()
  }
}

/** The last lines of a tail that fit in `max` characters, on one line (a reason is one line). */
function lastLines(tail: string, max = 1200): string {
  const kept: string[] = []
  let size = 0
  for (const line of tail.split('\n').reverse()) {
    if (kept.length && size + line.length + 3 > max) break
    kept.unshift(line)
    size += line.length + 3
  }
  return kept.join(' ⏎ ')
}

function bounded(text: string): string {
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text
}
