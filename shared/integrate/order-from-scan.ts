import type { ConflictReport } from '../conflicts/types'
import { InputError } from '../errors'
import { branchGlob } from '../naming/branch-pattern'
import { RepoDeps } from '../repo-deps'
import { mergeOrder } from './merge-order'
import { GuardViolations, orderInputFromReport } from './order-input'
import { MergeOrder } from './order-types'

export interface OrderFromScanOptions {
  spec: string
  /** Guard violations by branch (from `guard-violation` events); empty when none are known. */
  guard?: GuardViolations
}

/**
 * The second half of `orchestrator integrate-order`: given a fresh scan of the
 * feature's branches (detect-conflicts, nothing recorded; the command composes
 * the two), reads pull requests and check results from the state and orders
 * the implementor merges.
 */
export async function orderFromScan(report: ConflictReport, options: OrderFromScanOptions, deps: RepoDeps): Promise<MergeOrder> {
  const { spec } = options
  const { config, store, ctx } = deps
  ctx.progress?.(`Reading pull requests and checks from ${store.branch}...`)
  const snapshot = await store.read()
  const input = orderInputFromReport(report, spec, snapshot.projection, options.guard)
  if (!input)
    throw new InputError(
      `spec-id ${spec} has no overseer branch on ${deps.remote} (${branchGlob(config.branches, spec)}); run init-feature for it first`,
    )
  return mergeOrder(input)
}
