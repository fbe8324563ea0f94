// The face of the detect-conflicts capability: what commands and other capabilities may use.
export { detectConflicts, type DetectConflictsOptions, type DetectConflictsResult } from './detect-conflicts'
export { featureScanOptions } from './feature-scan'
export { annotateConflicts } from './annotate'
export { renderScanSummary, renderScanText } from './render-scan'
export { scanJson, scanOutputs } from './outcome'
export { commitForBranch } from './manual-conflict'
