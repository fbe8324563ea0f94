import { RunContext } from '../context'
import { InputError } from '../errors'
import { fetchBranches } from '../git/remote'
import { formatBranch } from '../naming/branch-pattern'
import { quote } from '../naming/validate'
import type { OrchestratorEvent } from '../state/event-schema'
import type { Projection } from '../state/projection-types'
import type { AppendResult } from '../state/store'
import type { RepoDeps } from '../repo-deps'
import { renderTasksFile } from './render-tasks'
import { stateTasksPath } from './sync-status'
import { readTasksSource } from './tasks-source'

/**
 * Records a task-updated event given by hand (`events log task-updated`) the way
 * sync-status records one: the id must be a task of the feature (its tasks.md on
 * the overseer branch, else the tasks registered with the feature), and the
 * state branch's tasks.md is rendered again in the same commit, so the dashboard,
 * sync-status and tasks.md never disagree about the totals.
 */
export async function logTaskEvent(
  ws: Pick<RepoDeps, 'git' | 'remote' | 'config' | 'store'>,
  event: OrchestratorEvent & { kind: 'task-updated' },
  ctx: RunContext,
): Promise<AppendResult> {
  const { git, remote, config, store } = ws
  const spec = event.feature
  const snapshot = await store.read()
  const overseer = formatBranch(config.branches, spec, 'overseer')
  const heads = await fetchBranches(git, remote, [overseer]).catch(() => new Map<string, string>())
  const source = await readTasksSource(git, [heads.get(overseer)], config.tasks.file.replace('{spec}', spec), ctx.logger)
  const registered = snapshot.projection.features[spec]?.registration?.tasks ?? []
  const known = source.doc ? source.doc.tasks.map((t) => t.id) : registered.map((t) => t.id)
  const id = event.data.taskId
  // Without a tasks.md and without registered tasks there is nothing to check against (as in sync-status).
  if ((source.doc || registered.length) && !known.includes(id)) {
    const where = source.doc ? source.file : `the tasks registered with feature ${quote(spec)}`
    const shown = known.length > 12 ? `${known.slice(0, 12).join(', ')}, ...` : known.join(', ') || 'none'
    throw new InputError(`task ${quote(id)} is not in ${where} (tasks: ${shown}); record only tasks the feature has`)
  }
  const text = source.text
  const files =
    text === null
      ? undefined
      : (projection: Projection): [string, string][] => [
          [stateTasksPath(spec), renderTasksFile(text, projection.features[spec], true).text],
        ]
  return store.append([event], { files })
}
