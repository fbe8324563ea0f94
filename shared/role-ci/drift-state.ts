import { md, section, sha, table, when } from '../text/markdown'
import { ownersText } from '../scope/drift'
import { makeEvent, type DriftTaskData, type OrchestratorEvent } from '../state/events'
import { guardSubject } from './guard-state'
import { driftId, type DriftState, type FeatureProjection, openDrift } from '../state/projection'

export { openDrift }

/** A file the scope check found outside the agent's tasks' paths in this run. */
export interface FoundDrift {
  path: string
  tasks: DriftTaskData[]
}

/** How many drifting files one run records per branch: the rest are counted in the run's summary, not kept as state. */
export const MAX_RECORDED_DRIFT = 200

/**
 * The events that bring the recorded drift of `branch` in line with this run:
 * a drifting file not open yet is recorded (with its occurrence when it drifted
 * before and was cleared), an open one this run no longer has is cleared. An
 * unchanged re-run records nothing. Paths are stored on one line (escaped as
 * the guard does), and at most MAX_RECORDED_DRIFT per run.
 */
export function driftEvents(
  feature: FeatureProjection | undefined,
  spec: string,
  branch: string,
  found: readonly FoundDrift[],
  commit: string,
  stamp: { actor: string; time: Date },
): OrchestratorEvent[] {
  const known = feature?.drift ?? {}
  const events: OrchestratorEvent[] = []
  const now = new Set<string>()
  for (const f of found) {
    const path = guardSubject(f.path)
    const id = driftId(branch, path)
    if (now.has(id)) continue
    now.add(id)
    if (now.size > MAX_RECORDED_DRIFT) continue
    const d = known[id]
    if (d && d.raised > d.cleared) continue
    const occurrence = (d?.raised ?? 0) + 1
    const tasks = f.tasks.slice(0, 20)
    events.push(
      makeEvent('scope-drift', spec, { branch, path, commit, ...(tasks.length ? { tasks } : {}), ...occurrenceOf(occurrence) }, stamp),
    )
  }
  for (const d of feature ? openDrift(feature, branch) : []) {
    if (now.has(driftId(d.branch, d.path))) continue
    events.push(makeEvent('scope-cleared', spec, { branch, path: d.path, commit, ...occurrenceOf(d.raised) }, stamp))
  }
  return events
}

function occurrenceOf(n: number): { occurrence?: number } {
  return n >= 2 ? { occurrence: n } : {}
}

/** Whom the tasks covering a drifting file belong to, in words: `T014 assigned to impl-2`. */
export function driftTasksText(tasks: readonly DriftTaskData[] | undefined): string {
  return ownersText(tasks ?? [])
}

/** The "Scope drift" section of a view: every open drifting file, or a sentence saying there is none. */
export function driftSection(drift: readonly DriftState[], showBranch: boolean): string[] {
  const rows = drift.map((d) => [
    ...(showBranch ? [md(d.branch)] : []),
    md(d.path, 300),
    md(driftTasksText(d.detected?.tasks), 300),
    sha(d.detected?.commit),
    when(d.detected?.time),
  ])
  const headers = [...(showBranch ? ['Branch'] : []), 'File outside its tasks', 'Belongs to', 'Commit', 'Since']
  return section('Scope drift', table(headers, rows), 'No file changed outside the paths of its tasks.')
}
