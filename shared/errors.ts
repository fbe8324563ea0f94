/**
 * Typed errors. The exit code tells the caller what kind of failure it was:
 *   1 — the thing that was checked failed (conflicts found, tests failed, guard violated)
 *   2 — usage, configuration, input or environment error (including git failures)
 */
export abstract class OrchestratorError extends Error {
  abstract readonly exitCode: 1 | 2
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }
}

/** A bad value given by the user: an input, a flag or an argument. */
export class InputError extends OrchestratorError {
  readonly exitCode = 2 as const
}

/** A bad configuration file or setting. */
export class ConfigurationError extends OrchestratorError {
  readonly exitCode = 2 as const
}

/** The checked thing failed: conflicts exist, tests failed, the role guard was violated. */
export class CheckFailedError extends OrchestratorError {
  readonly exitCode = 1 as const
}

/** A git command failed unexpectedly; carries the command line and stderr. */
export class GitError extends OrchestratorError {
  readonly exitCode = 2 as const
  constructor(
    message: string,
    readonly args: readonly string[],
    readonly stderr: string,
    readonly gitExitCode: number | null,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** The state branch could not be updated (lost every compare-and-swap race, corrupt log...). */
export class StateError extends OrchestratorError {
  readonly exitCode = 2 as const
}

/** A GitHub API call failed in a way the user can act on. */
export class GitHubError extends OrchestratorError {
  readonly exitCode = 2 as const
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

export function exitCodeOf(error: unknown): 1 | 2 {
  return error instanceof OrchestratorError ? error.exitCode : 2
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
