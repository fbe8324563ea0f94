// Trials: build and test the merges of textually clean pairs. The face other capabilities reach it through.
export { trialReport } from './trial-step'
export { checkUntrustedReport } from './untrusted-report'
export { keepTrialsOfReport } from './report-cache'
export type { TipTrial, TrialSettings } from './types'
export { annotateTrials, trialOutputs, trialSummarySection, trialText } from './render-trials'
export { trialSettings, type TrialInputs } from './trial-settings'
export { refuseTrialsInHoldingJob } from './trial-job'
