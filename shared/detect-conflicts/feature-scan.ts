import { branchGlob, type BranchNaming } from '../naming/branch-pattern'
import type { DetectConflictsOptions } from './detect-conflicts'

/** A scan of one feature's branches as they are now, recording and announcing nothing (what integrate-order orders). */
export function featureScanOptions(naming: BranchNaming, spec: string, maxParallel: number | undefined): DetectConflictsOptions {
  return {
    scope: 'feature',
    branches: [branchGlob(naming, spec)],
    maxParallel,
    notify: 'none',
    label: 'merge-conflict',
    record: false,
  }
}
