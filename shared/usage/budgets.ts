import type { UsageSettings } from '../config/usage-settings'
import type { BudgetScope, EventDataByKind } from '../state/events'
import { sumUsage, type FeatureProjection } from '../state/projection'
import { microUsd } from './pricing'

export type Crossing = EventDataByKind['budget-crossed']

/**
 * The budgets of `budgets` that what was spent in `feature` has reached and no
 * budget-crossed event records yet (for that scope and subject, at that budget
 * or a higher one): each is to be recorded, and announced, once.
 */
export function newCrossings(feature: FeatureProjection, budgets: UsageSettings['budgets']): Crossing[] {
  const out: Crossing[] = []
  const check = (scope: BudgetScope, subject: string, spent: number) => {
    const usd = budgets[scope]
    if (usd === undefined) return
    const budget = microUsd(usd)
    if (spent < budget) return
    const known = feature.budgets?.[JSON.stringify([scope, subject])]
    if (known && known.budgetMicroUsd >= budget) return
    out.push({ scope, subject, budgetMicroUsd: budget, spentMicroUsd: spent })
  }
  const agents = Object.entries(feature.usage ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))
  if (agents.length) check('feature', feature.spec, sumUsage(agents.map(([, u]) => u)).costMicroUsd)
  for (const [branch, u] of agents) check('agent', branch, u.costMicroUsd)
  for (const [task, u] of Object.entries(feature.taskUsage ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) check('task', task, u.costMicroUsd)
  return out
}
