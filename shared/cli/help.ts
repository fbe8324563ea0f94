import { CommandDefinition } from '../commands/command'
import { COMMAND_EXAMPLES } from './examples'

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/)
  const lines: string[] = []
  let line = ''
  for (const w of words) {
    if (line && line.length + w.length + 1 > width) {
      lines.push(line)
      line = w
    } else line = line ? `${line} ${w}` : w
  }
  if (line) lines.push(line)
  return lines.join(`\n${indent}`)
}

export function commandHelp(cmd: CommandDefinition, prefix = 'orchestrator'): string {
  const positionals = cmd.options.filter((o) => o.positional !== undefined).sort((a, b) => a.positional! - b.positional!)
  const usage = [
    `${prefix} ${cmd.aliases?.[0] ?? cmd.name}`,
    ...positionals.map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`)),
    '[options]',
  ].join(' ')
  const lines = [
    `Usage: ${usage}`,
    '',
    cmd.summary,
    ...(cmd.aliases?.length ? ['', `Also: ${prefix} ${cmd.name} (the action's name).`] : []),
    '',
    'Options:',
  ]
  for (const o of cmd.options) {
    // A boolean that defaults to true is turned off with --no-<name> (or --<name> false): say so.
    const flag =
      o.type === 'boolean'
        ? o.default === 'true'
          ? `--${o.name}, --no-${o.name}`
          : `--${o.name}`
        : `--${o.name} <${o.type === 'integer' ? 'n' : 'value'}>`
    const extra = [
      o.required ? 'required' : '',
      o.default !== undefined && o.default !== '' ? `default: ${o.default}` : '',
      o.choices ? `one of: ${o.choices.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ')
    lines.push(`  ${flag.padEnd(30)} ${wrap(o.description + (extra ? ` (${extra})` : ''), 70, ' '.repeat(33))}`)
  }
  lines.push(`  ${'--json'.padEnd(30)} Print the result as JSON on stdout.`)
  lines.push(`  ${'--help'.padEnd(30)} Show this help.`)
  const examples = COMMAND_EXAMPLES[cmd.name] ?? []
  if (examples.length) {
    lines.push('', 'Examples:')
    for (const example of examples) lines.push(`  ${prefix} ${example.args}`, `      ${wrap(example.says, 90, ' '.repeat(6))}`)
  }
  lines.push('', 'Exit codes: 0 ok, 1 the checked thing failed, 2 usage, configuration, input or git error.')
  return lines.join('\n') + '\n'
}

export function mainHelp(commands: readonly CommandDefinition[], version: string, cli = 'orchestrator'): string {
  const lines = [
    `orchestrator ${version}: coordinate one overseer and several implementor agents on a feature.`,
    '',
    `Usage: ${cli} <command> [options]`,
    '',
    'Commands:',
  ]
  for (const c of commands) {
    const names = [...(c.aliases ?? []), c.name].join(', ')
    lines.push(`  ${names}`, `      ${wrap(c.summary, 90, ' '.repeat(6))}`)
  }
  lines.push('', `Run "${cli} <command> --help" for the options of a command. Every command takes --json.`)
  lines.push('Exit codes: 0 ok, 1 the checked thing failed, 2 usage, configuration, input or git error.')
  return lines.join('\n') + '\n'
}

/** `orchestrator events`: the subcommands of a group, each with its usage and summary. */
export function groupHelp(group: string, commands: readonly CommandDefinition[], cli = 'orchestrator'): string {
  const lines = [`Usage: ${cli} ${group} <subcommand> [options]`, '', 'Subcommands:']
  for (const c of commands) {
    const positionals = c.options.filter((o) => o.positional !== undefined).sort((a, b) => a.positional! - b.positional!)
    const usage = [c.name, ...positionals.map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`))].join(' ')
    lines.push(`  ${cli} ${usage}`, `      ${wrap(c.summary, 90, ' '.repeat(6))}`)
  }
  lines.push('', `Run "${cli} ${group} <subcommand> --help" for the options of one.`)
  return lines.join('\n') + '\n'
}
