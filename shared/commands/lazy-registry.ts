import type { CommandDefinition } from './command'
import { ACTION_LOADERS, COMMAND_MANIFEST, lazyCommand, pickCommand, type CommandLoader } from './lazy-actions'

// The CLI's commands as registry.ts lists them, each loaded when it runs (see lazy-actions.ts);
// names, options and help come from manifest.json.
const LOADERS: Record<string, CommandLoader> = {
  ...ACTION_LOADERS,
  demo: () => import('./demo').then((m) => [m.demoCommand]),
  hooks: () => import('./hooks').then((m) => [m.hooksCommand]),
  agents: () => import('./agents').then((m) => [m.agentsCommand]),
  'check-path': () => import('./check-path').then((m) => [m.checkPathCommand]),
  'conflicts brief': () => import('./conflicts').then((m) => [m.conflictsBriefCommand]),
  dashboard: () => import('./dashboard').then((m) => [m.dashboardCommand]),
  metrics: () => import('./metrics').then((m) => [m.metricsCommand]),
  'events export': () => import('./events-export').then((m) => [m.exportCommand]),
  'events sql': () => import('./events-export').then((m) => [m.sqlCommand]),
  'events import': () => import('./events-import').then((m) => [m.importCommand]),
  events: () => import('./events').then((m) => m.EVENTS_COMMANDS),
}

/** The full definition of a command of the manifest: its own module, else its group's (`events status` → events). */
export function loadCommand(name: string): Promise<CommandDefinition> {
  return pickCommand(name, LOADERS[name] ?? LOADERS[name.split(' ')[0]])
}

/** Every CLI command, in registry.ts's order, each loading its implementation when it runs. */
export const LAZY_COMMANDS: readonly CommandDefinition[] = COMMAND_MANIFEST.commands.map((meta) => lazyCommand(meta, loadCommand))
