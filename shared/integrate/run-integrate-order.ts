import { detectConflicts } from '../detect-conflicts'
import { InputError } from '../errors'
import { branchGlob } from '../naming/branch-pattern'
import { validateSpecId } from '../naming/validate'
import { RepoDeps } from '../repo-deps'
import { mergeOrder } from './merge-order'
import { GuardViolations, orderInputFromReport } from './order-input'
import { MergeOrder } from './order-types'

export interface IntegrateOrderOptions {
  spec: string
  maxParallel?: number
  /** Guard violations by branch (from `guard-violation` events); empty when none are known. */
  guard?: GuardViolations
}

/**
 * `orchestrator integrate-order`: scans the feature's branches now (the same
 * engine as detect-conflicts, nothing recorded), reads pull requests and
 * check results from the state, and orders the implementor merges.
 */
export async function runIntegrateOrder(options: IntegrateOrderOptions, deps: RepoDeps): Promise<MergeOrder> {
  const spec = validateSpecId(options.spec)
  const { config, store, ctx } = deps
  const scan = await detectConflicts(
    {
      scope: 'feature',
      branches: [branchGlob(config.branches, spec)],
      maxParallel: options.maxParallel,
      notify: 'none',
      label: 'merge-conflict',
      record: false,
    },
    deps,
  )
  ctx.progress?.(`Reading pull requests and checks from ${store.branch}...`)
  const snapshot = await store.read()
  const input = orderInputFromReport(scan.report, spec, snapshot.projection, options.guard)
  if (!input)
    throw new InputError(
      `spec-id ${spec} has no overseer branch on ${deps.remote} (${branchGlob(config.branches, spec)}); run init-feature for it first`,
    )
  return mergeOrder(input)
}
