// action.yml files are generated from the command definitions (one source of
// truth for inputs, defaults and descriptions); a test fails when they drift.
import { stringify } from 'yaml'
import { CommandDefinition } from '../shared/commands/command'
import { OptionSpec } from '../shared/options/options'

export const RUNS_USING = 'node24'

function inputEntry(o: OptionSpec, withDefault: boolean): Record<string, unknown> {
  const entry: Record<string, unknown> = { description: o.description, required: Boolean(o.required) }
  if (o.name === 'token') entry.default = '${{ github.token }}'
  else if (withDefault && o.default !== undefined) entry.default = o.default
  return entry
}

function yml(doc: Record<string, unknown>, header: string): string {
  return `${header}\n${stringify(doc, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' })}`
}

export function actionYml(cmd: CommandDefinition): string {
  const doc = {
    name: `Agent Orchestrator: ${cmd.name}`,
    description: cmd.summary,
    author: 'agent-orchestrator',
    branding: { icon: 'git-branch', color: 'purple' },
    inputs: Object.fromEntries(cmd.options.map((o) => [o.name, inputEntry(o, true)])),
    outputs: Object.fromEntries(cmd.outputs.map((o) => [o.name, { description: o.description }])),
    runs: { using: RUNS_USING, main: `../../dist/${cmd.name}/index.js` },
  }
  return yml(doc, `# Generated from shared/commands/${cmd.name}.ts by "npm run generate"; do not edit by hand.`)
}

export function rootActionYml(commands: readonly CommandDefinition[]): string {
  const inputs: Record<string, unknown> = {
    command: { description: `Which action to run: ${commands.map((c) => c.name).join(' | ')}.`, required: true },
  }
  const names = [...new Set(commands.flatMap((c) => c.options.map((o) => o.name)))].sort()
  for (const name of names) {
    const users = commands.filter((c) => c.options.some((o) => o.name === name))
    const first = users[0].options.find((o) => o.name === name)!
    const defaults = [...new Set(users.map((c) => c.options.find((o) => o.name === name)!.default).filter((d) => d !== undefined))]
    const entry = inputEntry(first, false)
    const defaultNote = defaults.length === 1 && name !== 'token' ? ` Default: ${defaults[0]}.` : ''
    entry.description = `(${users.map((c) => c.name).join(', ')}) ${first.description}${defaultNote}`
    entry.required = false
    inputs[name] = entry
  }
  const outputs: Record<string, unknown> = {}
  for (const c of commands)
    for (const o of c.outputs)
      outputs[o.name] ??= {
        description: `(${commands
          .filter((x) => x.outputs.some((y) => y.name === o.name))
          .map((x) => x.name)
          .join(', ')}) ${o.description}`,
      }
  const doc = {
    name: 'Agent Orchestrator',
    description:
      'Coordinate one overseer and several implementor AI coding agents on a feature: branches, conflict prediction, task progress, role CI and pull requests. Pick the action with `command`.',
    author: 'agent-orchestrator',
    branding: { icon: 'git-branch', color: 'purple' },
    inputs,
    outputs: Object.fromEntries(Object.entries(outputs).sort(([a], [b]) => a.localeCompare(b))),
    runs: { using: RUNS_USING, main: 'dist/root/index.js' },
  }
  return yml(doc, '# Generated from shared/commands/*.ts by "npm run generate"; do not edit by hand.')
}

/** The README table of one action's inputs and outputs (generated from its action.yml contents). */
export function actionReadmeTable(cmd: CommandDefinition): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  const lines = ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |']
  for (const o of cmd.options) {
    const def = o.name === 'token' ? '`${{ github.token }}`' : o.default !== undefined ? `\`${o.default}\`` : ''
    lines.push(`| \`${o.name}\` | ${o.required ? 'yes' : 'no'} | ${def} | ${esc(o.description)} |`)
  }
  lines.push('', '| Output | Description |', '| --- | --- |')
  for (const o of cmd.outputs) lines.push(`| \`${o.name}\` | ${esc(o.description)} |`)
  return lines.join('\n')
}
