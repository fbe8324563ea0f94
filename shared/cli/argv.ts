import { InputError } from '../errors'
import { quote } from '../text/quote'
import { didYouMean } from '../naming/nearest'
import { OptionSpec, RawValue, VARIADIC_SEPARATOR } from '../options/options'

export interface ParsedArgv {
  values: Record<string, RawValue>
  positionals: string[]
  json: boolean
  help: boolean
}

/**
 * `--name value`, `--name=value`, boolean `--name` / `--no-name` / `--name=false` / `--name false`,
 * `--` ends options. Names are the action input names.
 */
export function parseArgv(argv: readonly string[], specs: readonly OptionSpec[], command: string, cli = 'orchestrator'): ParsedArgv {
  const values: Record<string, RawValue> = {}
  const positionals: string[] = []
  let json = false
  let help = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (arg === '--json') {
      json = true
      continue
    }
    if (arg === '--help' || arg === '-h') {
      help = true
      continue
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-')
        throw new InputError(`${command}: unknown option ${quote(arg)}; run "${cli} ${command} --help"`)
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    let negated = false
    if (
      !specs.some((s) => s.name === name) &&
      name.startsWith('no-') &&
      specs.some((s) => s.name === name.slice(3) && s.type === 'boolean')
    ) {
      name = name.slice(3)
      negated = true
    }
    const spec = specs.find((s) => s.name === name)
    if (!spec) {
      const names = specs.flatMap((s) => (s.type === 'boolean' ? [`--${s.name}`, `--no-${s.name}`] : [`--${s.name}`]))
      const hint = didYouMean(`--${name}`, names, quote)
      throw new InputError(
        `${command}: unknown option ${quote(`--${name}`)};${hint ? hint.replace(/\?$/, ';') : ''} run "${cli} ${command} --help"`,
      )
    }
    if (spec.type === 'boolean') {
      // `--name false` as well as `--name=false`: a following true/false is the flag's value.
      const next = argv[i + 1]
      if (!negated && eq === -1 && (next === 'true' || next === 'false')) {
        values[name] = next
        i++
      } else values[name] = negated ? false : eq === -1 ? true : arg.slice(eq + 1)
      continue
    }
    if (eq !== -1) values[name] = arg.slice(eq + 1)
    else {
      const next = argv[i + 1]
      if (next === undefined) throw new InputError(`${command}: --${name} needs a value`)
      values[name] = next
      i++
    }
  }
  // Positional arguments fill the options that accept them, in order.
  const byPosition = specs.filter((s) => s.positional !== undefined).sort((a, b) => a.positional! - b.positional!)
  positionals.forEach((value, i) => {
    const last = byPosition[byPosition.length - 1]
    if (i >= byPosition.length && last?.variadic) {
      values[last.name] = `${values[last.name] as string}${VARIADIC_SEPARATOR}${value}`
      return
    }
    const spec = byPosition[i]
    if (!spec) throw new InputError(`${command}: unexpected argument ${quote(value)}; run "${cli} ${command} --help"`)
    if (values[spec.name] !== undefined) throw new InputError(`${command}: ${spec.name} given twice (as an argument and as --${spec.name})`)
    values[spec.name] = value
  })
  return { values, positionals, json, help }
}
