import { InputError } from '../errors'
import { quote } from '../text/quote'
import { BIDI, SOFT_MARKS, ZERO_WIDTH, charPattern } from '../text/controls'

const HIDDEN = charPattern([ZERO_WIDTH, BIDI, SOFT_MARKS])

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
  /**
   * The last positional takes every further argument too (a `multiline` value: `check-path a b c`), joined
   * with VARIADIC_SEPARATOR, which no argument can contain: a file name with a line break stays one argument.
   */
  variadic?: boolean
}

/** What joins the arguments of a variadic positional: NUL, the one character argv cannot carry. */
export const VARIADIC_SEPARATOR = '\u0000'

/** The arguments a variadic value holds, each whole (empty ones dropped). */
export function variadicValues(value: string | undefined): string[] {
  return (value ?? '').split(VARIADIC_SEPARATOR).filter((p) => p !== '')
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
    if (typeof value === 'string' && spec.type !== 'multiline') value = trimValue(value, label(spec, source))
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

/** Plain spaces, tabs and line breaks around a value: what a YAML block scalar or a shell leaves, ignored. */
const ASCII_AROUND = /^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g
/** Any other space or invisible mark at either end (U+00A0, U+2000-U+200A, U+3000, zero-width, bidi): refused, never trimmed. */
const UNICODE_EDGE = new RegExp(`^(?:\\s|${HIDDEN.source})|(?:\\s|${HIDDEN.source})$`, 'u')

/**
 * A value with plain whitespace trimmed. Other whitespace at either end (a no-break space pasted from a page,
 * an ideographic space) looks the same as none but is a different value: it is refused with its code point.
 */
export function trimValue(value: string, what: string): string {
  const trimmed = value.replace(ASCII_AROUND, '')
  const edge = UNICODE_EDGE.exec(trimmed)
  if (edge) {
    const char = edge[0]
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    throw new InputError(
      `${what} is ${quote(value)}: it ${edge.index === 0 ? 'starts' : 'ends'} with ${code}${char === '\u00a0' ? ' (a no-break space)' : ''}, invisible whitespace that is not trimmed; remove it (only plain spaces, tabs and line breaks around a value are ignored)`,
    )
  }
  return trimmed
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
        .map((s) => trimValue(s, what))
        .filter(Boolean)
    default: {
      const text = String(value)
      if (spec.choices && !spec.choices.includes(text))
        throw new InputError(`${what} is ${quote(text)}: expected one of ${spec.choices.join(', ')}`)
      return text
    }
  }
}
