import { InputError } from '../errors'
import { assignAgents } from './assign-agents'
import { sharedPaths } from './path-overlap'
import type { AgentLoad, Collision, Plan, PlanInput, PlannedTask, PlanTask } from './plan-types'
import { buildModel, clashes, lowerBound, type WaveModel } from './wave-model'
import { listSchedule, searchWaves, type WaveOf } from './wave-search'

/** Up to this many open tasks the number of waves is proven minimal by search. */
export const EXACT_LIMIT = 30
/** Search steps before the exact search gives up and keeps the heuristic's plan (reported as not proven). */
export const SEARCH_BUDGET = 2_000_000

/**
 * Assigns open tasks to agents in waves. Priorities, in order: dependencies
 * first (hard); no path shared by two agents within a wave (only tasks two
 * agents have both already started can share one); fewest waves; balanced
 * load. Deterministic: the same input gives the same plan.
 */
export function makePlan(input: PlanInput): Plan {
  const { tasks, agents } = input
  if (agents.length === 0) throw new InputError('the feature has no implementor to plan for; run init-feature first')
  const model = buildModel(tasks, agents)
  const bound = lowerBound(model)
  let wave = listSchedule(model)
  let waves = countWaves(wave)
  let method: Plan['method'] = 'heuristic'
  let optimal = waves <= bound
  let steps = 0
  if (tasks.length <= (input.exactLimit ?? EXACT_LIMIT)) {
    method = 'exact'
    let budget = input.searchBudget ?? SEARCH_BUDGET
    optimal = waves <= bound
    // Try every count below the heuristic's from the bound up; the first that works is the minimum.
    for (let w = bound; w < waves && budget > 0; w++) {
      const r = searchWaves(model, w, budget)
      steps += r.steps
      budget -= r.steps
      if (r.wave) {
        wave = r.wave
        waves = w
        optimal = true
        break
      }
      if (!r.complete) break
      if (w === waves - 1) optimal = true
    }
  }
  const agentOf = assignAgents(model, tasks, agents, wave)
  return describe(model, tasks, agents, wave, agentOf, { method, optimal, lowerBound: bound, steps }, input.branchPaths ?? {})
}

function countWaves(wave: WaveOf): number {
  let top = -1
  for (const w of wave) top = Math.max(top, w)
  return top + 1
}

function describe(
  model: WaveModel,
  tasks: readonly PlanTask[],
  agents: readonly string[],
  wave: WaveOf,
  agentOf: number[],
  meta: Pick<Plan, 'method' | 'optimal' | 'lowerBound' | 'steps'>,
  branchPaths: Record<string, string[]>,
): Plan {
  const members = membersByWave(wave)
  const assignments: PlannedTask[] = tasks.map((t, i) => ({
    id: t.id,
    agent: agents[agentOf[i]],
    wave: wave[i] + 1,
    why: whyOf(tasks, i, model, wave, agentOf, members),
  }))
  const waves: PlannedTask[][] = Array.from({ length: countWaves(wave) }, () => [])
  for (const a of assignments) waves[a.wave - 1].push(a)
  for (const list of waves) list.sort((a, b) => agents.indexOf(a.agent) - agents.indexOf(b.agent))
  const collisions: Collision[] = []
  // Only tasks of one wave can collide: pairs within each wave, in the order of the first task, then the second.
  const pairs = members.flatMap((list) => list.flatMap((i, k) => list.slice(k + 1).map((j): [number, number] => [i, j])))
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  for (const [i, j] of pairs) {
    if (!clashes(model, i, j) || agentOf[i] === agentOf[j]) continue
    collisions.push({
      wave: wave[i] + 1,
      tasks: [tasks[i].id, tasks[j].id],
      agents: [agents[agentOf[i]], agents[agentOf[j]]],
      paths: sharedPaths(tasks[i].paths, tasks[j].paths),
      why: `both already in progress (${tasks[i].id} on ${agents[agentOf[i]]}, ${tasks[j].id} on ${agents[agentOf[j]]})`,
    })
  }
  const branchCollisions: Plan['branchCollisions'] = []
  tasks.forEach((t, i) => {
    const agent = agents[agentOf[i]]
    const others = Object.keys(branchPaths)
      .filter((a) => a !== agent)
      .sort()
    const hits = others.map((a) => ({ a, paths: sharedPaths(t.paths, branchPaths[a]) })).filter((h) => h.paths.length)
    if (hits.length)
      branchCollisions.push({
        task: t.id,
        agent,
        others: hits.map((h) => h.a),
        paths: [...new Set(hits.flatMap((h) => h.paths))].sort(),
      })
  })
  const load: AgentLoad[] = agents.map((agent, a) => ({
    agent,
    tasks: agentOf.filter((x) => x === a).length,
    estimate: tasks.reduce((sum, t, i) => sum + (agentOf[i] === a ? t.estimate : 0), 0),
  }))
  return { ...meta, waves, assignments, collisions, branchCollisions, load }
}

/** The tasks of each wave, in task order. */
function membersByWave(wave: WaveOf): number[][] {
  const byWave: number[][] = Array.from({ length: countWaves(wave) }, () => [])
  wave.forEach((w, i) => byWave[w].push(i))
  return byWave
}

/**
 * Why a task sits in its wave: its pin, the dependencies that finish last
 * before it, and, when it could have started earlier, what kept it out of the
 * first wave its dependencies allowed (a shared path, a busy agent, a full wave).
 */
function whyOf(tasks: readonly PlanTask[], i: number, model: WaveModel, wave: WaveOf, agentOf: number[], byWave: number[][]): string {
  const task = tasks[i]
  if (task.pinned?.reason === 'in-progress') return 'already in progress on this agent'
  const parts: string[] = []
  if (task.pinned?.reason === 'branch-changes') parts.push(`its branch already changed ${task.pinned.detail ?? 'these files'}`)
  let last = -1
  for (const j of model.deps[i]) last = Math.max(last, wave[j])
  const binding = model.deps[i].filter((j) => wave[j] === last).map((j) => tasks[j].id)
  if (binding.length) parts.push(`after ${binding.slice(0, 3).join(', ')}${binding.length > 3 ? ` and ${binding.length - 3} more` : ''}`)
  if (wave[i] > last + 1) {
    const w = last + 1
    const members = byWave[w]
    const apart = members.find((j) => clashes(model, i, j))
    if (apart !== undefined) parts.push(`kept apart from ${tasks[apart].id} (shared path)`)
    else if (model.pin[i] >= 0 && members.some((j) => agentOf[j] === model.pin[i])) parts.push('its agent is busy earlier')
    else parts.push(`wave ${w + 1} is full`)
  }
  if (!parts.length) parts.push(task.parallel ? 'parallel [P], free to start' : 'free to start')
  return parts.join('; ')
}
