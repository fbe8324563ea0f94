import { isAbsolute, resolve } from 'node:path'
import type { ConflictReport, PairResult } from '../conflicts/types'
import { messageOf } from '../errors'
import { deleteRef, gitPath } from '../git/refs'
import { push, pushCommitsTo } from '../git/working-tree'
import type { RepoDeps } from '../repo-deps'
import { makeEvent, type EventDataByKind, type OrchestratorEvent } from '../state/events'
import { TrialTrees } from '../trials'
import { resolutionOfFiles, suggestionCommit } from './resolution'
import { suggestionBranch } from './suggest-pairs'

/**
 * The recording job's half of `--suggest`: the job that ran the resolver
 * holds nothing and cannot push, so this job (which runs no branch code)
 * takes each suggestion of the report as a claim. A proven one is made
 * again here from the two tips and the reported files, and judged again (only
 * conflicting files, no marker left); its build and test are the resolver
 * job's word, like a trial's verdict. It is then pushed (forced: the branch
 * is the orchestrator's, one per pair) as `orchestrator/suggest/<pair-id>`.
 * Every suggestion run this time becomes a `resolution-suggested` event,
 * which is also what the next scan's cache reads. Returns the events.
 */
export async function publishSuggestions(report: ConflictReport, deps: RepoDeps): Promise<OrchestratorEvent[]> {
  const { ctx } = deps
  const fresh = report.pairs.filter(
    (p): p is PairResult & { suggestion: NonNullable<PairResult['suggestion']> } =>
      p.status === 'conflicted' &&
      p.suggestion !== undefined &&
      !p.suggestion.cached &&
      (p.suggestion.outcome === 'proven' || p.suggestion.outcome === 'rejected'),
  )
  if (fresh.length === 0) return []
  const specs = new Map(report.branches.map((b) => [b.name, b.spec]))
  const events: OrchestratorEvent[] = []
  const trees = await TrialTrees.open(deps.git)
  try {
    for (const pair of fresh) {
      const s = pair.suggestion
      let data: EventDataByKind['resolution-suggested']
      const base = { left: pair.left, right: pair.right, leftSha: pair.leftSha, rightSha: pair.rightSha, command: s.command }
      if (s.outcome === 'rejected') data = { ...base, outcome: 'rejected', reason: s.reason ?? 'no reason given' }
      else {
        try {
          const branch = suggestionBranch(report, pair)
          const commit = await makeAndPush(pair, report, deps, trees, branch)
          pair.suggestion = { ...s, branch, commit }
          data = { ...base, outcome: 'proven', branch, commit }
          ctx.logger.notice(`a proven resolution of ${pair.left} × ${pair.right} is on ${branch} (${commit.slice(0, 12)})`)
        } catch (error) {
          const reason = `refused by the recording job: ${messageOf(error)}`
          ctx.logger.warning(`the suggestion for ${pair.left} × ${pair.right} is ${reason}`)
          pair.suggestion = { outcome: 'rejected', command: s.command, reason }
          data = { ...base, outcome: 'rejected', reason: reason.slice(0, 1900) }
        }
      }
      const features = [...new Set([specs.get(pair.left), specs.get(pair.right)].filter((f): f is string => Boolean(f)))]
      for (const feature of features) events.push(makeEvent('resolution-suggested', feature, data, { actor: ctx.actor, time: ctx.now() }))
    }
  } finally {
    trees.close()
  }
  return events
}

async function makeAndPush(pair: PairResult, report: ConflictReport, deps: RepoDeps, trees: TrialTrees, branch: string): Promise<string> {
  const files = pair.suggestion?.files ?? []
  if (files.length === 0) throw new Error('the report carries no resolved file')
  const conflicted = await trees.conflictedTree(pair.leftSha, pair.rightSha)
  const resolution = await resolutionOfFiles(trees.git, { indexFolder: trees.indexFolder, conflicted }, pair, files)
  if (!resolution.ok) throw new Error(resolution.reason)
  const commit = await suggestionCommit(trees.git, resolution.tree, pair, report.scannedAt, pair.suggestion!.command)
  if (deps.dryRun) return commit
  // The commit is made in the scan's object sandbox: copied into the clone under a private ref, pushed with the clone's remote, the ref dropped.
  const gitDir = await gitPath(deps.git, '.')
  const local = `refs/orchestrator/suggest/${branch.split('/').pop()}`
  await pushCommitsTo(trees.git, isAbsolute(gitDir) ? gitDir : resolve(deps.git.cwd, gitDir), [`+${commit}:${local}`])
  try {
    await push(deps.git, deps.remote, `+${commit}:refs/heads/${branch}`)
  } finally {
    await deleteRef(deps.git, local).catch(() => {})
  }
  return commit
}
