import { ConfigurationError, InputError } from '../errors'
import { quote } from '../text/quote'

/** A named check command, e.g. `lint: npm run lint`. */
export interface NamedCommand {
  name: string
  command: string
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$/

/**
 * Commands as the config gives them: a mapping `{lint: npm run lint}`, or a
 * list of `"lint: npm run lint"` strings or one-key mappings.
 */
export function parseCommandList(value: unknown, where: string): NamedCommand[] {
  const out: NamedCommand[] = []
  const add = (name: unknown, command: unknown) => {
    if (typeof name !== 'string' || !NAME.test(name.trim()))
      throw new ConfigurationError(
        `${where}: command name ${quote(String(name))} is not valid; expected letters, digits, spaces, "_", "." or "-"`,
      )
    if (typeof command !== 'string' || command.trim() === '')
      throw new ConfigurationError(`${where}: command ${quote(name)} must be a non-empty string`)
    if (out.some((c) => c.name === name.trim())) throw new ConfigurationError(`${where}: command ${quote(name)} is named twice`)
    out.push({ name: name.trim(), command: command.trim() })
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'string') {
        const parsed = splitNamed(item)
        if (!parsed) throw new ConfigurationError(`${where}: ${quote(item)} is not "name: command"`)
        add(parsed.name, parsed.command)
      } else if (item && typeof item === 'object' && Object.keys(item).length === 1) {
        const [[k, v]] = Object.entries(item)
        add(k, v)
      } else throw new ConfigurationError(`${where}: ${quote(JSON.stringify(item))} is not "name: command"`)
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) add(k, v)
  } else throw new ConfigurationError(`${where}: must be a mapping or a list of "name: command", got ${quote(JSON.stringify(value))}`)
  return out
}

/** The `commands` input: one `name: command` per line; blank lines and `#` comments ignored. */
export function parseCommandLines(text: string, what = 'input "commands"'): NamedCommand[] {
  const out: NamedCommand[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return
    const parsed = splitNamed(line)
    if (!parsed || !NAME.test(parsed.name))
      throw new InputError(`${what} line ${i + 1} ${quote(line)} is not valid; expected "name: command", e.g. "lint: npm run lint"`)
    if (out.some((c) => c.name === parsed.name)) throw new InputError(`${what} line ${i + 1}: the name ${quote(parsed.name)} is used twice`)
    out.push(parsed)
  })
  return out
}

function splitNamed(line: string): NamedCommand | null {
  const m = /^\s*([^:]+?)\s*:\s+(.+?)\s*$/.exec(line)
  return m ? { name: m[1], command: m[2] } : null
}
