import { RunContext } from '../context'
import { OptionSpec, OptionValues } from '../options/options'

export interface OutputSpec {
  name: string
  description: string
}

/** What a command produced: the action writes outputs and summary; the CLI prints text or JSON. */
export interface CommandOutcome {
  /**
   * 0 ok, 1 the checked thing failed (conflicts, tests, guard), 2 part of the
   * work could not be done (e.g. pairs a conflict scan could not evaluate) while
   * the rest was, so outputs and summary are still written.
   */
  exitCode: 0 | 1 | 2
  /** Action outputs (strings; JSON for structured values). */
  outputs: Record<string, string>
  /** Markdown for the job summary. */
  summary?: string
  /** Human-readable text for the CLI. */
  text: string
  /** Machine-readable result for `--json`. */
  json: unknown
  /** `json` serialized already (two-space JSON), when the command holds most of it as text: printed instead. */
  jsonText?: () => string
  /** Why the step fails when exitCode is 1. */
  failure?: string
}

/** One command, shared by its action, the root action and the CLI. */
export interface CommandDefinition {
  /** The action's name (actions/<name>/), also accepted by the CLI. */
  name: string
  /** Other names the CLI accepts; the first is the one its help shows (e.g. run-tests for role-ci). */
  aliases?: readonly string[]
  summary: string
  options: readonly OptionSpec[]
  outputs: readonly OutputSpec[]
  run(values: OptionValues, ctx: RunContext): Promise<CommandOutcome>
}

/** What the CLI and the root action need of a command before running it: everything but `run` (commands/manifest.json). */
export type CommandMetadata = Omit<CommandDefinition, 'run'>
