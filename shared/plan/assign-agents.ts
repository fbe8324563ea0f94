import type { PlanTask } from './plan-types'
import type { WaveModel } from './wave-model'
import type { WaveOf } from './wave-search'

/**
 * Agents for the tasks of each wave, given the waves. Pinned tasks go to
 * their agent; the others, largest estimate first, each to the free agent
 * with the least load so far (ties: the task's earlier owner, then agent
 * order). With equal estimates and no pins this keeps every agent within one
 * task of every other: each wave gives its tasks to the least loaded agents.
 */
export function assignAgents(model: WaveModel, tasks: readonly PlanTask[], agents: readonly string[], wave: WaveOf): number[] {
  const agentOf = new Array<number>(model.n).fill(-1)
  const load = new Array<number>(model.m).fill(0)
  const count = new Array<number>(model.m).fill(0)
  const byWave: number[][] = []
  wave.forEach((w, i) => (byWave[w] ??= []).push(i))
  const ownerIndex = tasks.map((t) => (t.owner ? agents.indexOf(t.owner) : -1))
  for (let w = 0; w < byWave.length; w++) {
    const members = byWave[w] ?? []
    const busy = new Set<number>()
    for (const i of members) {
      if (model.pin[i] < 0) continue
      agentOf[i] = model.pin[i]
      busy.add(model.pin[i])
    }
    const free = members.filter((i) => model.pin[i] < 0).sort((a, b) => tasks[b].estimate - tasks[a].estimate || a - b)
    for (const i of free) {
      let best = -1
      for (let a = 0; a < model.m; a++) {
        if (busy.has(a)) continue
        if (best < 0) {
          best = a
          continue
        }
        const better =
          load[a] < load[best] ||
          (load[a] === load[best] && count[a] < count[best]) ||
          (load[a] === load[best] && count[a] === count[best] && a === ownerIndex[i] && best !== ownerIndex[i])
        if (better) best = a
      }
      agentOf[i] = best
      busy.add(best)
    }
    for (const i of members) {
      load[agentOf[i]] += tasks[i].estimate
      count[agentOf[i]]++
    }
  }
  return agentOf
}
