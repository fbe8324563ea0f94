import { OrchestratorConfig } from '../config/config'
import { RunContext } from '../context'
import { Git } from '../git/git'
import { formatBranch } from '../naming/branch-pattern'
import { makeEvent, type OrchestratorEvent } from '../state/events'
import type { FeatureProjection } from '../state/projection'

/**
 * Tasks this branch ticked (or started) with a commit the branch no longer has (a reset
 * or a force-push, or a local commit the hook saw that was never pushed): each is made
 * open again by a task-updated event that says why. A task that a commit still on the
 * branch mentions is left to that commit's event. The event is stamped just after the
 * one it corrects, so a later commit that finishes the task again still wins.
 */
export async function vanishedTaskEvents(
  git: Git,
  feature: FeatureProjection | undefined,
  branch: string,
  head: string,
  stillMentioned: ReadonlySet<string>,
  ctx: RunContext,
): Promise<OrchestratorEvent[]> {
  const out: OrchestratorEvent[] = []
  for (const [id, status] of Object.entries(feature?.tasks ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (status.agent !== branch || status.state === 'open' || stillMentioned.has(id)) continue
    const known = await git.resolveCommit(status.commit)
    if (known && (await git.isAncestor(known, head))) continue
    const message = `commit ${status.commit.slice(0, 7)} is no longer on ${branch} (reset or force-push, or never pushed): ${id} is open again`
    ctx.logger.notice(message)
    const time = new Date(Date.parse(status.time) + 1)
    out.push(
      makeEvent(
        'task-updated',
        feature!.spec,
        { taskId: id, state: 'open', commit: status.commit, agent: branch, message },
        { actor: ctx.actor, time },
      ),
    )
  }
  return out
}

/**
 * Done tasks whose commit is now reachable from the branch it merges into (an
 * implementor's from its overseer branch, the overseer's from the feature's base):
 * one task-merged event each. Squash merges leave no reachable commit: those come
 * from the merged pull request (open-pr on the closed event).
 */
export async function mergedTaskEvents(
  git: Git,
  config: OrchestratorConfig,
  feature: FeatureProjection | undefined,
  heads: ReadonlyMap<string, string>,
  ctx: RunContext,
): Promise<OrchestratorEvent[]> {
  if (!feature) return []
  const overseer = formatBranch(config.branches, feature.spec, 'overseer')
  const out: OrchestratorEvent[] = []
  for (const [id, status] of Object.entries(feature.tasks).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (status.state !== 'done' || feature.merged?.[id]?.[status.commit]) continue
    const into = status.agent === overseer ? feature.registration?.baseBranch : overseer
    const target = into ? heads.get(into) : undefined
    if (!into || !target || !(await git.resolveCommit(status.commit)) || !(await git.isAncestor(status.commit, target))) continue
    out.push(makeEvent('task-merged', feature.spec, { taskId: id, commit: status.commit, into }, { actor: ctx.actor, time: ctx.now() }))
  }
  return out
}
