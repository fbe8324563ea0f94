import type { CommandDefinition, CommandMetadata } from './command'
import MANIFEST from './manifest.json'

/** Imports the module that defines a command and gives its definitions. */
export type CommandLoader = () => Promise<readonly CommandDefinition[]>

/** manifest.json: written by `npm run generate` from registry.ts (check-generated compares). */
export const COMMAND_MANIFEST = MANIFEST as { actions: readonly string[]; commands: readonly CommandMetadata[] }

// Each command's module is imported only when that command runs: the bundler puts every dynamic
// import in its own chunk, so a start parses a fraction of the bundle (it parsed all of it for any
// command, and for --help). The action commands are here, apart, so that the root action's bundle
// holds only their chunks.
export const ACTION_LOADERS: Record<string, CommandLoader> = {
  'init-feature': () => import('./init-feature').then((m) => [m.initFeatureCommand]),
  'detect-conflicts': () => import('./detect-conflicts').then((m) => [m.detectConflictsCommand]),
  'sync-status': () => import('./sync-status').then((m) => [m.syncStatusCommand]),
  'role-ci': () => import('./role-ci').then((m) => [m.roleCiCommand]),
  'open-pr': () => import('./open-pr').then((m) => [m.openPrCommand]),
  plan: () => import('./plan').then((m) => [m.planCommand]),
  'integrate-order': () => import('./integrate-order').then((m) => [m.integrateOrderCommand]),
}

/** A command of the manifest whose run loads its definition (through `load`) on first use. */
export function lazyCommand(meta: CommandMetadata, load: (name: string) => Promise<CommandDefinition>): CommandDefinition {
  return { ...meta, run: async (values, ctx) => (await load(meta.name)).run(values, ctx) }
}

/** The definition named `name` among what `loader` gives. */
export async function pickCommand(name: string, loader: CommandLoader | undefined): Promise<CommandDefinition> {
  const found = (await loader?.())?.find((c) => c.name === name)
  // Only a manifest out of step with the sources gets here (npm run generate; check-generated catches it).
  if (!found) throw new Error(`command ${name} is in commands/manifest.json but no module defines it: run npm run generate`)
  return found
}

const metaOf = (name: string) => COMMAND_MANIFEST.commands.find((c) => c.name === name)!

/** The commands that are also actions (registry.ts's ACTION_COMMANDS, in its order), for the root action. */
export const LAZY_ACTION_COMMANDS: readonly CommandDefinition[] = COMMAND_MANIFEST.actions.map((name) =>
  lazyCommand(metaOf(name), (n) => pickCommand(n, ACTION_LOADERS[n])),
)
