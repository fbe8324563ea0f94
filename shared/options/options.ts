import { InputError } from '../errors'
import { quote } from '../text/quote'

/**
 * One declaration per option serves the action (as an input named exactly
 * so in action.yml) and the CLI (as `--name`), so both validate alike.
 */
export interface OptionSpec {
  name: string
  type: 'string' | 'boolean' | 'integer' | 'list' | 'multiline'
  description: string
  required?: boolean
  /** Default as the action.yml states it (text). */
  default?: string
  min?: number
  max?: number
  choices?: readonly string[]
  /** Masked in logs (tokens). */
  secret?: boolean
  /** The CLI also takes it as the n-th positional argument. */
  positional?: number
  /** The last positional takes every further argument too, one a line (a `multiline` value: `check-path a b c`). */
  variadic?: boolean
}

export type RawValue = string | boolean | undefined
export type Source = 'input' | 'flag'

function label(spec: OptionSpec, source: Source): string {
  return source === 'input' ? `input "${spec.name}"` : `--${spec.name}`
}

/** Parsed, validated option values with typed getters. */
export class OptionValues {
  constructor(
    private readonly values: ReadonlyMap<string, string | boolean | number | string[] | undefined>,
    readonly source: Source,
  ) {}
  has(name: string): boolean {
    return this.values.get(name) !== undefined
  }
  string(name: string): string | undefined {
    const v = this.get(name)
    return v === undefined ? undefined : String(v)
  }
  requireString(name: string): string {
    const v = this.string(name)
    if (v === undefined) throw new InputError(`${this.source === 'input' ? `input "${name}"` : `--${name}`} is required`)
    return v
  }
  bool(name: string): boolean {
    return this.get(name) === true
  }
  int(name: string): number | undefined {
    const v = this.get(name)
    return typeof v === 'number' ? v : undefined
  }
  list(name: string): string[] {
    const v = this.get(name)
    return Array.isArray(v) ? v : []
  }
  names(): string[] {
    return [...this.values.keys()].filter((k) => this.values.get(k) !== undefined)
  }
  private get(name: string) {
    if (!this.values.has(name)) throw new Error(`internal: option "${name}" is not declared for this command`)
    return this.values.get(name)
  }
}

/** Validates raw values (strings from INPUT_* or argv) against the specs; throws InputError quoting the bad value. */
export function parseOptions(specs: readonly OptionSpec[], raw: Record<string, RawValue>, source: Source): OptionValues {
  for (const key of Object.keys(raw)) {
    if (raw[key] !== undefined && !specs.some((s) => s.name === key)) {
      throw new InputError(
        `unknown ${source === 'input' ? `input "${key}"` : `option --${key}`}; expected one of ${specs.map((s) => s.name).join(', ')}`,
      )
    }
  }
  const out = new Map<string, string | boolean | number | string[] | undefined>()
  for (const spec of specs) {
    let value = raw[spec.name]
    if (typeof value === 'string' && spec.type !== 'multiline') value = value.trim()
    if (value === undefined || value === '') value = spec.default
    if (value === undefined || value === '') {
      if (spec.required) throw new InputError(`${label(spec, source)} is required: ${spec.description}`)
      // A boolean without a default stays undefined, so a command can tell "not given" from false.
      out.set(spec.name, undefined)
      continue
    }
    out.set(spec.name, convert(spec, value, source))
  }
  return new OptionValues(out, source)
}

function convert(spec: OptionSpec, value: string | boolean, source: Source): string | boolean | number | string[] {
  const what = label(spec, source)
  switch (spec.type) {
    case 'boolean': {
      if (typeof value === 'boolean') return value
      if (/^(true|yes|on|1)$/i.test(value)) return true
      if (/^(false|no|off|0)$/i.test(value)) return false
      throw new InputError(`${what} is ${quote(value)}: expected true or false`)
    }
    case 'integer': {
      const text = String(value)
      const range =
        spec.min !== undefined && spec.max !== undefined
          ? ` from ${spec.min} to ${spec.max}`
          : spec.min !== undefined
            ? ` of at least ${spec.min}`
            : ''
      if (!/^-?\d{1,9}$/.test(text)) throw new InputError(`${what} is ${quote(text)}: expected a whole number${range}`)
      const n = Number(text)
      if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
        throw new InputError(`${what} is ${quote(text)}: expected a whole number${range}`)
      }
      return n
    }
    case 'list':
      return String(value)
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean)
    default: {
      const text = String(value)
      if (spec.choices && !spec.choices.includes(text))
        throw new InputError(`${what} is ${quote(text)}: expected one of ${spec.choices.join(', ')}`)
      return text
    }
  }
}
