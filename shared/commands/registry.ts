import { CommandDefinition } from './command'

/** Every command, in the order `orchestrator --help` lists them. */
export const COMMANDS: readonly CommandDefinition[] = []
