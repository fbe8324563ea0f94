import type { NamedCommand } from '../config/commands'
import type { OrchestratorConfig } from '../config/config'
import type { Role } from '../naming/branch-pattern'
import { detectCommands } from './detect-commands'

export interface ChosenCommands {
  commands: NamedCommand[]
  source: 'input' | 'config' | 'detected' | 'none'
  /** For people: which commands and why. */
  note: string
}

export interface ChooseCommandsOptions {
  cwd: string
  role: Role
  /** The workflow's `commands` input, already parsed (`parseCommandLines`); empty means not given. */
  inputCommands?: readonly NamedCommand[]
  config: Pick<OrchestratorConfig, 'roles' | 'source'>
}

/** The commands to run: the input wins, then the config for the role, then what the repository suggests. */
export function chooseCommands(options: ChooseCommandsOptions): ChosenCommands {
  const { role } = options
  if (options.inputCommands && options.inputCommands.length > 0) {
    const commands = [...options.inputCommands]
    return { commands, source: 'input', note: `from the commands input: ${names(commands)}` }
  }
  const configured = options.config.roles[role].commands
  if (configured.length > 0) {
    return {
      commands: [...configured],
      source: 'config',
      note: `from ${options.config.source} roles.${role}.commands: ${names(configured)}`,
    }
  }
  const detected = detectCommands(options.cwd, role)
  if (detected.commands.length > 0) {
    return { commands: detected.commands, source: 'detected', note: `detected from ${detected.reasons.join('; ')}` }
  }
  return {
    commands: [],
    source: 'none',
    note: `no commands: none given in the commands input or in roles.${role}.commands of the config, and none detected (no package.json scripts, pytest, go.mod or Cargo.toml)`,
  }
}

function names(commands: readonly NamedCommand[]): string {
  return commands.map((c) => c.name).join(', ')
}
