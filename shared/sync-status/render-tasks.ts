import { FeatureProjection, viewIndex } from '../state/projection'
import { setOwners, TaskChange, updateTasks } from '../tasks'

/**
 * tasks.md with every task the events say is done ticked (and, with
 * `annotate`, a trailing comment naming time, commit and agent), and each
 * task a plan assigned carrying its `<!-- owner: impl-n -->` comment. Tasks a
 * person ticked by hand stay ticked; a task ticked by us (our done comment)
 * whose state is no longer done is un-ticked; nothing else in the file changes.
 * `changed` lists ticked tasks, `owned` tasks whose owner comment changed.
 */
export function renderTasksFile(
  source: string,
  feature: FeatureProjection | undefined,
  annotate: boolean,
): { text: string; changed: string[]; owned: string[] } {
  const changes: TaskChange[] = []
  for (const [id, status] of Object.entries(feature?.tasks ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Opened again (its commit vanished): our own tick goes, with our comment; a person's tick stays.
    if (status.state !== 'done') {
      changes.push({ id, done: false, onlyOurs: true })
      continue
    }
    const agent = status.agent.split('/').pop() ?? status.agent
    const merged = Boolean(feature?.merged?.[id]?.[status.commit])
    changes.push({ id, done: true, meta: { time: status.time, commit: status.commit, agent, ...(merged ? { merged } : {}) } })
  }
  const result = updateTasks(source, changes, { annotate })
  const owners = feature ? taskOwners(feature) : new Map<string, string>()
  const owned = owners.size ? setOwners(result.text, owners) : { text: result.text, changed: [] }
  return { text: owned.text, changed: result.changed, owned: owned.changed }
}

/** Task id → `impl-<n>` of the agent the latest plan gave it. */
export function taskOwners(feature: FeatureProjection): Map<string, string> {
  const owners = new Map<string, string>()
  for (const [id, a] of Object.entries(feature.assignments ?? {})) {
    const name = agentName(feature, a.agent)
    if (name) owners.set(id, name)
  }
  return owners
}

/** `impl-<n>` for an implementor branch (by its registration, else its name), or null. */
export function agentName(feature: FeatureProjection, branch: string): string | null {
  const agent = feature.agents[branch]
  const n = agent ? viewIndex(agent) : Number(/impl-([1-9]\d{0,2})$/.exec(branch)?.[1] ?? 0) || null
  return n ? `impl-${n}` : null
}
