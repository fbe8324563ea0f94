import { Logger } from './logger'
import type { Paint } from './text/paint'

/** What a workflow run (or a local shell) tells about where we are. All optional: the CLI runs without them. */
export interface GitHubRunInfo {
  repository?: string
  serverUrl?: string
  apiUrl?: string
  runUrl?: string
  eventName?: string
  event?: Record<string, unknown>
  ref?: string
  sha?: string
  headRef?: string
  baseRef?: string
  actor?: string
  workflow?: string
  /** Running in a GitHub Actions job (GITHUB_ACTIONS=true): every process of the job can read its secrets. */
  inWorkflow?: boolean
}

/** Everything a library operation needs from its surroundings; built by the action adapter or the CLI. */
export interface RunContext {
  cwd: string
  logger: Logger
  github: GitHubRunInfo
  /** Who records events: `workflow <name> run <id>`, or in the CLI the person's git identity (`cli <user>` when git has none); the events commands name an agent's branch instead (commands/caller.ts). */
  actor: string
  now: () => Date
  /** A folder for files the run leaves behind (reports): RUNNER_TEMP in a workflow, the system temp folder locally. */
  tempDir: string
  /** The CLI's own script (real path), for hints that say how to run it again (see cliInvocation); absent in an action. */
  cliScript?: string
  /**
   * True only in the CLI outside GitHub Actions: a command may read the local
   * role file (.orchestrator/agent.local) when flags and branch do not tell.
   * An action never sets it, so a role file in a workspace is never read there.
   */
  localRoleFile?: boolean
  /** Colours our own framing in CLI text (identity when colour is off, and in an action). */
  paint?: Paint
  /** Where the CLI prints progress; the action logs progress through the logger. */
  progress?: (message: string) => void
  /** A terminal's status line, rewritten in place (`last`: end it); absent when progress goes to a log. */
  statusLine?: (message: string, last?: boolean) => void
}

/** Reads the runner's variables from an environment (the adapter and the CLI pass process.env). */
export function runInfoFromEnv(
  env: Record<string, string | undefined>,
  readEvent: (path: string) => Record<string, unknown> | undefined,
): GitHubRunInfo {
  const serverUrl = env.GITHUB_SERVER_URL || undefined
  const repository = env.GITHUB_REPOSITORY || undefined
  const runUrl = serverUrl && repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined
  return {
    repository,
    serverUrl,
    apiUrl: env.GITHUB_API_URL || undefined,
    runUrl,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    event: env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : undefined,
    ref: env.GITHUB_REF || undefined,
    sha: env.GITHUB_SHA || undefined,
    headRef: env.GITHUB_HEAD_REF || undefined,
    baseRef: env.GITHUB_BASE_REF || undefined,
    actor: env.GITHUB_ACTOR || undefined,
    workflow: env.GITHUB_WORKFLOW || undefined,
    inWorkflow: env.GITHUB_ACTIONS === 'true',
  }
}
