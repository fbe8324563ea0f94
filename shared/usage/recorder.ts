import { checkedOutBranch } from '../agent-branches'
import type { OrchestratorConfig } from '../config/config'
import { readConfig } from '../config/config-source'
import { Git } from '../git/git'
import { gitFile, toplevel } from '../git/refs'
import type { Logger } from '../logger'
import { resolveAgentIdentity } from '../naming/role-source'
import { makeEvent, type OrchestratorEvent } from '../state/events'
import { taskProgress, type FeatureProjection, type Projection } from '../state/projection'
import { StateStore } from '../views'
import { newCrossings } from './budgets'
import { costMicroUsd } from './pricing'
import { readUsageFile, USAGE_FILE, withUsageLock, writeUsageFile, type PendingUsage } from './queue'

/** Why the recorder announces nothing itself: it runs on an agent's machine, which holds no webhook. */
export const PARKED_REASON = 'recorded by an agent; a run with the webhook sends it'

export interface RecordedUsage {
  usage: number
  crossings: number
  /** Pending stretches dropped: their branch is no agent branch of a feature. */
  dropped: number
}

/**
 * The detached recorder (`agents record-usage --record-pending`): prices the
 * queued stretches with the trusted configuration's price table, records them
 * as agent-usage events of the agent's branch with the tasks it has in progress,
 * then the budgets they crossed (budget-crossed events, parked in the webhook
 * outbox for the next run that holds the webhook). On failure they stay queued.
 */
export async function recordPendingUsage(
  cwd: string,
  remote: string,
  logger: Logger,
  configPath: string | undefined,
  now: Date,
): Promise<RecordedUsage> {
  const git = await Git.open(cwd)
  const file = await gitFile(git, USAGE_FILE)
  const pending = Object.entries(readUsageFile(file.path).pending)
  if (pending.length === 0) return { usage: 0, crossings: 0, dropped: 0 }
  const root = await toplevel(git)
  const branch = await checkedOutBranch(git)
  const config = await readConfig({ kind: 'trusted', path: configPath, branch: branch ?? undefined }, { cwd: root, git, remote, logger })
  const byBranch = new Map<string, { feature: string; agent?: string } | null>()
  const whose = (b: string) => {
    if (!byBranch.has(b)) {
      const id = resolveAgentIdentity({ branch: b, naming: config.branches, cwd: root, readFile: b === branch })
      byBranch.set(b, id.feature && id.branch ? { feature: id.feature, ...(id.agent ? { agent: id.agent } : {}) } : null)
    }
    return byBranch.get(b)!
  }
  const done = new Set<string>()
  const recordable = pending.filter(([key, p]) => (whose(p.branch) ? true : (done.add(key), false)))
  const dropped = done.size
  let added = { usage: 0, crossings: 0 }
  // State on a code branch (`current`) is recorded by commits of that branch, never by a hook in the background.
  if (config.state.branch === 'current') for (const [key] of recordable) done.add(key)
  else if (recordable.length) {
    const store = new StateStore({ git, remote, branch: config.state.branch, logger })
    const { projection } = await store.read()
    const events = recordable.map(([, p]) => usageEvent(p, whose(p.branch)!, projection, config))
    const result = await store.append(events)
    added = {
      usage: result.added.length,
      crossings: await recordCrossings(store, result.projection, new Set(events.map((e) => e.feature)), config, now),
    }
    for (const [key] of recordable) done.add(key)
  }
  withUsageLock(file.root, file.path, () => {
    // Re-read: a hook may have queued more while this ran; only what was handled leaves `pending`.
    const after = readUsageFile(file.path)
    for (const key of done) {
      delete after.pending[key]
      after.recorded[key] = now.toISOString()
    }
    writeUsageFile(file.root, file.path, after, now)
  })
  return { ...added, dropped }
}

function usageEvent(
  p: PendingUsage,
  who: { feature: string; agent?: string },
  projection: Projection,
  config: OrchestratorConfig,
): OrchestratorEvent {
  const cost = costMicroUsd(config.usage.prices, { model: p.data.model ?? null, ...p.data })
  const tasks = tasksInProgress(projection.features[who.feature], [p.branch, ...(who.agent ? [who.agent] : [])])
  return makeEvent(
    'agent-usage',
    who.feature,
    {
      ...p.data,
      ...(tasks.length ? { tasks } : {}),
      costMicroUsd: cost ?? 0,
      ...(cost !== null ? { prices: config.usage.prices.date } : {}),
    },
    { actor: p.branch, time: p.time },
  )
}

/** The tasks the agent (any of its names) has in progress, by id. */
export function tasksInProgress(feature: FeatureProjection | undefined, names: string[]): string[] {
  if (!feature) return []
  return taskProgress(feature)
    .tasks.filter((t) => t.state === 'in-progress' && t.agent !== undefined && names.includes(t.agent))
    .map((t) => t.id)
    .sort()
    .slice(0, 50)
}

/**
 * Records the budgets the features' usage crossed (once each: the event's key is the
 * scope, subject and budget), each with its announcement parked in the outbox.
 */
export async function recordCrossings(
  store: StateStore,
  projection: Projection,
  features: Set<string>,
  config: OrchestratorConfig,
  now: Date,
  actor = 'orchestrator usage',
  park = true,
): Promise<number> {
  const events: OrchestratorEvent[] = []
  for (const spec of [...features].sort()) {
    const feature = projection.features[spec]
    if (!feature) continue
    for (const c of newCrossings(feature, config.usage.budgets)) {
      const crossed = makeEvent('budget-crossed', spec, c, { actor, time: now.toISOString() })
      events.push(crossed)
      if (park)
        events.push(
          makeEvent('notification-pending', spec, { event: crossed.key, reason: PARKED_REASON }, { actor, time: now.toISOString() }),
        )
    }
  }
  if (events.length === 0) return 0
  const result = await store.append(events)
  return result.added.filter((e) => e.kind === 'budget-crossed').length
}
