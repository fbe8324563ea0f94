import { readConfig } from '../config/config-source'
import { messageOf } from '../errors'
import type { Logger } from '../logger'
import { parseBranch } from '../naming/branch-pattern'
import { driftText, scopeDriftFor, type FeatureRecords } from '../scope'
// Directly, not through state/log's index: the hook's bundle stays without the store and the event fold.
import { projectionAsFetched } from '../state/log/as-fetched'
import type { CheckPathResult, Located } from './check-path'

export interface ScopeAnswer {
  mode: 'off' | 'warn' | 'fail'
  /** The paths outside the agent's tasks, each with whose task names it, in words. */
  drift: Array<{ path: string; text: string }>
  /** Why nothing can drift, when the agent has no scope. */
  unbounded?: string
}

/**
 * Scope drift for the paths an implementor is about to edit: outside the
 * paths its tasks name? The rules come from the configuration on its
 * overseer branch (the tip check-path already knows), never from this work
 * tree. Null for the overseer, and when the overseer branch is not known
 * here. Never throws: a scope that cannot be read costs a warning, not the
 * sibling answer.
 *
 * The tasks assigned by `plan --apply` (task-assigned events) count as the
 * agent's, as in role-ci's scope check: they are read from the state branch
 * as last fetched into this clone (no network in the hook's budget).
 */
export async function scopeAnswer(
  located: Located,
  result: CheckPathResult,
  configPath: string | undefined,
  logger: Logger,
  remote: string,
): Promise<ScopeAnswer | null> {
  if (result.caller.role !== 'implementor') return null
  try {
    const { git } = located
    // The overseer branch is found by the naming the siblings were; its tip is what we trust.
    const overseer = result.siblings.find((s) => s.role === 'overseer')
    if (!overseer) return null
    const config = await readConfig({ kind: 'commit', path: configPath, commit: overseer.tip, label: overseer.branch }, { git })
    const parsed = parseBranch(config.branches, result.caller.branch)
    const feature = await assignedFeature(located, remote, config.state.branch, result.caller.spec, logger)
    const paths = result.answers.filter((a) => a.pathBase64 === undefined).map((a) => a.path)
    const check = await scopeDriftFor(
      paths,
      { spec: result.caller.spec, branch: result.caller.branch, ...(parsed?.index ? { index: parsed.index } : {}) },
      { git, config, overseerRef: overseer.tip, ...(feature ? { feature } : {}) },
    )
    return {
      mode: check.mode,
      drift: check.drift.map((d) => ({ path: d.path, text: driftText(d) })),
      ...(check.unbounded ? { unbounded: check.unbounded } : {}),
    }
  } catch (error) {
    logger.warning(`scope drift not checked: ${messageOf(error)}`)
    return null
  }
}

/** The feature's assignments and reporters as the state was last fetched here; none (a warning) when it cannot be read. */
async function assignedFeature(
  located: Located,
  remote: string,
  stateBranch: string,
  spec: string,
  logger: Logger,
): Promise<FeatureRecords | undefined> {
  // `current`: the state lives on the branch being worked on, which has no private ref of its own.
  if (stateBranch === 'current') return undefined
  try {
    const state = await projectionAsFetched(located.git, remote, stateBranch)
    if (state && !state.projection)
      logger.warning(
        `scope drift: the state as last fetched (${state.commit.slice(0, 12)}) has a projection.json ${state.reason}; task-assigned events are not used`,
      )
    return state?.projection?.features[spec]
  } catch (error) {
    logger.warning(`scope drift: the state as last fetched could not be read (${messageOf(error)}); task-assigned events are not used`)
    return undefined
  }
}
