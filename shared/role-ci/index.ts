export { resolveRole } from './resolve-role'
export type { ResolveRoleOptions } from './resolve-role'
export { checkGuard, pullRequestTargetProblem } from './guard'
export type { GuardOptions } from './guard'
export { changedPaths } from './changed-paths'
export { protectedMatcher, linkDestination } from './protected-paths'
export type { ProtectedMatcher } from './protected-paths'
export { chooseCommands } from './choose-commands'
export type { ChooseCommandsOptions, ChosenCommands } from './choose-commands'
export { detectCommands } from './detect-commands'
export type { DetectedCommands } from './detect-commands'
export { runChecks, BUILTIN_COMMAND } from './checks'
export type { RunChecksOptions } from './checks'
export { roleCiOutcome } from './outcome'
export type { RoleCiOutcome, RoleCiReport } from './outcome'
export { renderRoleCiSummary, SUMMARY_LIMITS } from './render-results'
export { renderRoleCiText } from './render-text'
export { formatDuration } from './format'
export { guardSection } from './guard-state'
export { driftSection, driftTasksText } from './drift-state'
export { runShellCommand } from './run-command'
export type { ShellRunOptions, ShellRunResult } from './run-command'
export { LineSplitter, OutputTail } from './output-tail'
export { isBuiltinCheck } from './types'
export type {
  BuiltinCheck,
  ChangedPath,
  CheckItem,
  CheckResult,
  EntryKind,
  GuardResult,
  GuardViolation,
  PullRequestInfo,
  ResolvedRole,
  Role,
  ViolationKind,
} from './types'
export { runRoleCi } from './run-role-ci'
export type { RoleCiOptions, RoleCiRun } from './run-role-ci'
export { trustedConfig } from '../config/trusted-config'
export { branchOfRun, pullRequestBase } from './run-branch'
export { roleCiCounts, roleCiFailure, roleCiResults } from './render-outcome'
export { repositoryRemote } from './repository-remote'
export type { RepositoryRemote } from './repository-remote'
export { pushOf } from './push-event'
export type { PushInfo } from './push-event'
export { THREE_RINGS_EXAMPLE } from './ring-rule'
