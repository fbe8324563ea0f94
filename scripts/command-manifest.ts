// shared/commands/manifest.json: every command's metadata (all but run) and which are actions, which
// the CLI and the root action read at start instead of loading every command (commands/lazy-actions.ts, lazy-registry.ts).
import type { CommandDefinition, CommandMetadata } from '../shared/commands/command'

export function commandManifest(commands: readonly CommandDefinition[], actions: readonly CommandDefinition[]): string {
  const list: CommandMetadata[] = commands.map(({ name, aliases, summary, options, outputs }) => ({
    name,
    aliases,
    summary,
    options,
    outputs,
  }))
  return `${JSON.stringify({ actions: actions.map((c) => c.name), commands: list }, null, 2)}\n`
}
