/**
 * The one reader of `agent-usage` events (what an agent's session cost): every
 * consumer (metrics, the dashboard's cost chart, the projection's trends) goes
 * through `usageOf`, so a change of the event's fields is a change here alone.
 */
export const AGENT_USAGE = 'agent-usage'

/** One usage record as its consumers need it. Cost in millionths of a US dollar: whole numbers add up the same in any order. */
export interface UsageFact {
  agent: string
  tasks: string[]
  costMicroUsd: number
  tokens: number
}

const MICRO = 1_000_000

/** The usage an event records, or null for any other kind (or a record without an agent). */
export function usageOf(event: { kind: string; data: unknown }): UsageFact | null {
  if (event.kind !== AGENT_USAGE) return null
  const d = event.data as Record<string, unknown>
  const agent = typeof d.agent === 'string' ? d.agent : null
  if (!agent) return null
  const num = (v: unknown) => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : 0)
  const tasks = Array.isArray(d.tasks) ? d.tasks.filter((t): t is string => typeof t === 'string') : []
  const tokens = num(d.inputTokens) + num(d.outputTokens) + num(d.cacheCreationTokens) + num(d.cacheReadTokens)
  return { agent, tasks, costMicroUsd: num(d.costMicroUsd), tokens }
}

/** Dollars from millionths, for display and JSON. */
export function usd(micro: number): number {
  return micro / MICRO
}
