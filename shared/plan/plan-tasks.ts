import { InputError } from '../errors'
import { estimateIn, plainDescription, type TaskItem, type TasksDocument } from '../tasks'
import { sharedPaths } from './path-overlap'
import type { DependencyReason, PlanDependency, PlanTask } from './plan-types'

/** What the state says about the feature, by agent name (`impl-2`). */
export interface PlanState {
  /** Implementor names, in order. */
  agents: string[]
  /** Task id → latest reported state and who reported it (an agent name, when it is one of `agents`). */
  progress: Record<string, { state: 'open' | 'in-progress' | 'done'; agent?: string }>
  /** Task id → owner given by an earlier plan. */
  owners: Record<string, string>
  /** Agent name → paths its branch changed since it left the overseer. */
  branchPaths: Record<string, string[]>
}

export interface PlanTasksResult {
  tasks: PlanTask[]
  /** Ids finished (ticked in tasks.md or reported done). */
  done: string[]
  /** Things the reader should know: unknown ids in dependencies, and so on. */
  notes: string[]
}

// Phases every later phase waits for, and phases that wait for every earlier one (spec-kit's template names).
const BLOCKING_PHASE = /\b(setup|foundational|foundation|blocking|prerequisites?)\b/i
const FINAL_PHASE = /\b(polish|cross-cutting|final)\b/i

/**
 * The open tasks of a tasks.md with their dependencies, from three sources:
 * `depends on T012` in prose; spec-kit's rule that a task without `[P]` may
 * build on the task before it in its phase (so it waits for it); and the
 * template's phases (Setup and Foundational block everything after them;
 * Polish waits for everything before it). Finished tasks are left out, and
 * so are waits on them. An implicit wait that would close a cycle with an
 * explicit one is dropped: the prose wins.
 */
export function planTasks(doc: TasksDocument, state: PlanState): PlanTasksResult {
  const notes: string[] = []
  const isDone = (t: TaskItem) => t.done || state.progress[t.id]?.state === 'done'
  const done = doc.tasks.filter(isDone).map((t) => t.id)
  const open = doc.tasks.filter((t) => !isDone(t))
  const known = new Set(doc.tasks.map((t) => t.id))
  const openIds = new Set(open.map((t) => t.id))
  const line = new Map(doc.tasks.map((t) => [t.id, t.line]))
  const edges = new Map<string, PlanDependency[]>(open.map((t) => [t.id, []]))
  const edgeKeys = new Set<string>()
  const add = (from: string, on: string, reason: DependencyReason) => {
    if (!openIds.has(on) || from === on) return
    const key = `${from}\n${on}`
    if (edgeKeys.has(key)) return
    edgeKeys.add(key)
    edges.get(from)!.push({ id: on, reason })
  }
  let forward = false
  for (const t of doc.tasks)
    if (t.dependsOn.includes(t.id))
      throw new InputError(
        `tasks.md line ${t.line}: ${t.id} depends on itself; expected "depends on" to name other tasks (remove ${t.id} from its own list)`,
      )
  for (const t of open) {
    for (const id of t.dependsOn) {
      if (!known.has(id)) notes.push(`${t.id} depends on ${id}, which is not in tasks.md; ignored`)
      else {
        add(t.id, id, 'explicit')
        if (openIds.has(id) && line.get(id)! > t.line) forward = true
      }
    }
  }
  const implicit: [string, string, DependencyReason][] = []
  const phaseOf = (t: TaskItem) => t.phase ?? ''
  let previous: TaskItem | undefined
  for (const t of doc.tasks) {
    if (previous && !t.parallel && phaseOf(previous) === phaseOf(t)) implicit.push([t.id, previous.id, 'order'])
    previous = t
  }
  const phases = [...new Set(doc.tasks.map(phaseOf))]
  const phaseIndex = new Map(phases.map((p, k) => [p, k]))
  const blocking = phases.map((p) => BLOCKING_PHASE.test(p))
  const final = phases.map((p) => FINAL_PHASE.test(p))
  const phaseOfTask = doc.tasks.map((t) => phaseIndex.get(phaseOf(t))!)
  // Only tasks of blocking phases can be waited for by a task outside a final phase: scan those alone.
  const inBlocking = doc.tasks.flatMap((_, k) => (blocking[phaseOfTask[k]] ? [k] : []))
  const everyTask = doc.tasks.map((_, k) => k)
  doc.tasks.forEach((t, k) => {
    const p = phaseOfTask[k]
    for (const v of final[p] ? everyTask : inBlocking) {
      const q = phaseOfTask[v]
      if (q < p && (blocking[q] || final[p])) implicit.push([t.id, doc.tasks[v].id, 'phase'])
    }
  })
  for (const [from, on, reason] of implicit) {
    if (!openIds.has(from) || !openIds.has(on)) continue
    // Implicit waits point backwards in the file; only a forward explicit one can make them a cycle.
    if (forward && reaches(edges, on, from)) continue
    add(from, on, reason)
  }
  const tasks = open.map((t): PlanTask => {
    const progress = state.progress[t.id]
    const task: PlanTask = {
      id: t.id,
      description: plainDescription(t.description),
      paths: t.paths,
      dependsOn: edges.get(t.id)!,
      parallel: t.parallel,
      estimate: estimateIn(t.description) ?? 1,
      ...(t.phase ? { phase: t.phase } : {}),
      ...(t.story ? { story: t.story } : {}),
    }
    const owner = state.owners[t.id] ?? t.owner
    if (owner && state.agents.includes(owner)) task.owner = owner
    if (progress?.state === 'in-progress' && progress.agent && state.agents.includes(progress.agent)) {
      task.pinned = { agent: progress.agent, reason: 'in-progress' }
      task.started = true
    } else {
      const holders = state.agents.filter((a) => sharedPaths(t.paths, state.branchPaths[a] ?? []).length > 0)
      if (holders.length === 1)
        task.pinned = {
          agent: holders[0],
          reason: 'branch-changes',
          detail: sharedPaths(t.paths, state.branchPaths[holders[0]]).join(', '),
        }
    }
    return task
  })
  return { tasks, done, notes }
}

/** True when `from` waits, directly or not, for `to`. */
function reaches(edges: Map<string, PlanDependency[]>, from: string, to: string): boolean {
  const seen = new Set<string>([from])
  const stack = [from]
  while (stack.length) {
    const id = stack.pop()!
    if (id === to) return true
    for (const d of edges.get(id) ?? []) {
      if (!seen.has(d.id)) {
        seen.add(d.id)
        stack.push(d.id)
      }
    }
  }
  return false
}
