import { OrchestratorConfig } from '../config/config'
import { RunContext } from '../context'
import { Git } from '../git/git'
import { formatBranch } from '../naming/branch-pattern'
import { makeEvent, OrchestratorEvent } from '../state/events'
import { Projection, lastSyncedSha } from '../state/projection'
import { taskReferences } from '../tasks'
import { MAX_COMMITS_PER_SYNC, readCommits } from './read-commits'
import { vanishedTaskEvents } from './reconcile'
import { AgentBranchRef } from './select-branches'

export interface BranchSync {
  branch: string
  spec: string
  role: 'overseer' | 'implementor'
  index?: number
  head: string | null
  /** Where reading started: the last synced commit, a merge base after a force-push, or null (whole history). */
  from: string | null
  forcePushed: boolean
  commits: number
  done: string[]
  inProgress: string[]
  unknown: { commit: string; ids: string[] }[]
  events: OrchestratorEvent[]
}

export interface SyncInputs {
  git: Git
  config: OrchestratorConfig
  projection: Projection
  /** Branch → commit, fetched into private refs. */
  heads: ReadonlyMap<string, string>
  /** Ids of the tasks the feature's tasks.md has (null when no tasks.md was found: every id is accepted). */
  knownIds: ReadonlySet<string> | null
  tasksFile: string
  ctx: RunContext
}

function subjectOf(message: string): string {
  return (message.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 200)
}

/**
 * Reads the commits of one agent branch that are new since its last sync and
 * turns their task references into task events. After a force-push (the last
 * synced commit is no longer an ancestor) it starts again from the merge base
 * with the overseer branch; event keys (commit + task) keep that idempotent.
 */
export async function syncBranch(target: AgentBranchRef, input: SyncInputs): Promise<BranchSync> {
  const { git, config, projection, heads, knownIds, ctx } = input
  const head = heads.get(target.branch) ?? null
  const result: BranchSync = {
    ...target,
    head,
    from: null,
    forcePushed: false,
    commits: 0,
    done: [],
    inProgress: [],
    unknown: [],
    events: [],
  }
  if (!head) {
    ctx.logger.warning(`branch ${target.branch} is not on the remote; nothing to sync`)
    return result
  }
  const last = lastSyncedSha(projection, target.branch, target.spec)
  if (last === head) return result
  let from: string | null = null
  if (last && (await git.resolveCommit(last)) && (await git.isAncestor(last, head))) from = last
  else {
    const overseer = formatBranch(config.branches, target.spec, 'overseer')
    const against =
      target.role === 'implementor' ? heads.get(overseer) : heads.get(projection.features[target.spec]?.registration?.baseBranch ?? '')
    from = against ? await git.mergeBase(against, head) : null
    if (last) {
      result.forcePushed = true
      ctx.logger.notice(
        `${target.branch} was force-pushed (the last synced commit ${last.slice(0, 7)} is no longer in its history); re-reading from ${from ? `the merge base ${from.slice(0, 7)}` : 'the start'}`,
      )
    }
  }
  result.from = from
  const commits = await readCommits(git, from, head)
  result.commits = commits.length
  if (commits.length === MAX_COMMITS_PER_SYNC)
    ctx.logger.warning(`${target.branch}: only the newest ${MAX_COMMITS_PER_SYNC} commits were read`)
  const feature = projection.features[target.spec]
  const doneBefore = new Set(
    Object.entries(feature?.tasks ?? {})
      .filter(([, t]) => t.state === 'done')
      .map(([id]) => id),
  )
  const done = new Set<string>()
  const inProgress = new Set<string>()
  // Commit times have one-second resolution; events of later commits must
  // still sort later ("latest" wins in the projection), so times only grow.
  let lastTime = 0
  for (const commit of commits) {
    const time = Math.max(Date.parse(commit.time) || 0, lastTime + 1)
    lastTime = time
    const refs = taskReferences(commit.message)
    const unknown = knownIds ? refs.filter((r) => !knownIds.has(r.id)).map((r) => r.id) : []
    if (unknown.length) {
      result.unknown.push({ commit: commit.sha, ids: unknown })
      ctx.logger.warning(`commit ${commit.sha.slice(0, 7)} on ${target.branch} refers to ${unknown.join(', ')}, not in ${input.tasksFile}`)
    }
    for (const ref of refs) {
      if (unknown.includes(ref.id)) continue
      // A task that is done stays done: a later mention does not reopen it.
      if (!ref.done && (done.has(ref.id) || doneBefore.has(ref.id))) continue
      const state = ref.done ? 'done' : 'in-progress'
      if (ref.done) {
        done.add(ref.id)
        inProgress.delete(ref.id)
      } else inProgress.add(ref.id)
      // Later than whatever the state holds for the task (a task opened again by a vanished commit a moment
      // ago must not outrank a commit made within the same second).
      const prior = Date.parse(feature?.tasks[ref.id]?.time ?? '') || 0
      result.events.push(
        makeEvent(
          'task-updated',
          target.spec,
          { taskId: ref.id, state, commit: commit.sha, agent: target.branch, message: subjectOf(commit.message) },
          { actor: ctx.actor, time: new Date(Math.max(time, prior + 1)) },
        ),
      )
    }
  }
  // Only history that was rewritten (or local commits never pushed) can lose commits.
  if (target.role === 'implementor' && result.forcePushed) {
    const mentioned = new Set(result.events.filter((e) => e.kind === 'task-updated').map((e) => (e.data as { taskId: string }).taskId))
    result.events.push(...(await vanishedTaskEvents(git, feature, target.branch, head, mentioned, ctx)))
  }
  result.done = [...done]
  result.inProgress = [...inProgress]
  result.events.push(makeEvent('branch-synced', target.spec, { branch: target.branch, sha: head }, { actor: ctx.actor, time: ctx.now() }))
  return result
}
