import type { BudgetCrossing, FeatureProjection, Projection, UsageTotals } from './projection-types'

/** One row of usage: who or what (an agent branch, a task id, a feature) and its totals. */
export interface UsageRow extends UsageTotals {
  feature: string
  /** The agent branch, the task id, or the feature id (by the query). */
  name: string
}

/** Usage per agent branch of the features (all, or one), sorted by feature then branch. */
export function usageByAgent(projection: Projection, feature?: string): UsageRow[] {
  return rows(projection, feature, (f) => f.usage)
}

/** Each task's share of the usage of the agents that had it in progress, sorted by feature then task. */
export function usageByTask(projection: Projection, feature?: string): UsageRow[] {
  return rows(projection, feature, (f) => f.taskUsage)
}

/** The usage of each feature (the sum over its agents), sorted; features without usage are left out. */
export function usageByFeature(projection: Projection, feature?: string): UsageRow[] {
  const out: UsageRow[] = []
  for (const f of features(projection, feature)) {
    const agents = Object.values(f.usage ?? {})
    if (agents.length) out.push({ feature: f.spec, name: f.spec, ...sumUsage(agents) })
  }
  return out
}

/** The usage of one agent branch in one feature, or null when none was recorded. */
export function usageOfBranch(feature: FeatureProjection, branch: string): UsageTotals | null {
  return feature.usage?.[branch] ?? null
}

/** Budgets recorded as crossed (the highest per scope and subject), sorted by feature, scope, subject. */
export function budgetsCrossed(projection: Projection, feature?: string): (BudgetCrossing & { feature: string })[] {
  const out: (BudgetCrossing & { feature: string })[] = []
  for (const f of features(projection, feature)) for (const b of Object.values(f.budgets ?? {})) out.push({ feature: f.spec, ...b })
  return out.sort((a, b) => cmp(a.feature, b.feature) || cmp(a.scope, b.scope) || cmp(a.subject, b.subject))
}

export function sumUsage(list: UsageTotals[]): UsageTotals {
  const total: UsageTotals = {
    inputTokens: 0,
    outputTokens: 0,
    cacheCreationTokens: 0,
    cacheReadTokens: 0,
    costMicroUsd: 0,
    records: 0,
    lastAt: '',
  }
  for (const u of list) {
    total.inputTokens += u.inputTokens
    total.outputTokens += u.outputTokens
    total.cacheCreationTokens += u.cacheCreationTokens
    total.cacheReadTokens += u.cacheReadTokens
    total.costMicroUsd += u.costMicroUsd
    total.records += u.records
    if (u.lastAt > total.lastAt) total.lastAt = u.lastAt
  }
  return total
}

/** All tokens of a total: input, output and both kinds of cache. */
export function totalTokens(u: UsageTotals): number {
  return u.inputTokens + u.outputTokens + u.cacheCreationTokens + u.cacheReadTokens
}

function rows(
  projection: Projection,
  feature: string | undefined,
  pick: (f: FeatureProjection) => Record<string, UsageTotals> | undefined,
): UsageRow[] {
  const out: UsageRow[] = []
  for (const f of features(projection, feature)) {
    for (const [name, u] of Object.entries(pick(f) ?? {}).sort(([a], [b]) => cmp(a, b))) out.push({ feature: f.spec, name, ...u })
  }
  return out
}

function features(projection: Projection, feature?: string): FeatureProjection[] {
  return Object.values(projection.features)
    .filter((f) => feature === undefined || f.spec === feature)
    .sort((a, b) => cmp(a.spec, b.spec))
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
