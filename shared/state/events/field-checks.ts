import { InputError } from '../../errors'
import { C0, C1, DEL, LINE_SEPARATORS, charPattern } from '../../text/controls'

/**
 * A value in an event failed validation. It is an InputError (exit 2) when a
 * user or agent handed us the event; the store turns it into a `problem` when
 * it finds such an event in the log instead.
 */
export class InvalidEventError extends InputError {
  constructor(
    readonly where: string,
    readonly field: string,
    message: string,
  ) {
    super(`${where}: ${message}`)
  }
}

/** Checks one value; `field` is its dotted name, `where` names the event (a path or an argument). */
export type Check<T> = (value: unknown, field: string, where: string) => T

export function fail(where: string, field: string, expected: string, value: unknown): never {
  throw new InvalidEventError(where, field, `field "${field}" ${expected} (got ${describeValue(value)})`)
}

/** A short, safe rendering of a bad value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

// What the single-line and control-character checks refuse, in one pass: a text that passes this needs no further look.
const SUSPECT_SINGLE_LINE = charPattern([C0, DEL, C1, LINE_SEPARATORS], { except: '\t' })
// (The multiline one is also the control-character check: C0 but tab and line breaks, DEL, C1.)
const SUSPECT_MULTILINE = charPattern([C0, DEL, C1], { except: '\t\n\r' })

export interface TextOptions {
  max: number
  /** Allow line breaks (messages, reasons); default false. */
  multiline?: boolean
  pattern?: RegExp
  /** Says what `pattern` expects, for the message. */
  expected?: string
}

export function text(options: TextOptions): Check<string> {
  const expected = options.expected ?? `must be a text of 1 to ${options.max} characters`
  const suspect = options.multiline ? SUSPECT_MULTILINE : SUSPECT_SINGLE_LINE
  const { max, pattern } = options
  return (value, field, where) => {
    if (typeof value !== 'string' || value.length === 0 || value.length > max) fail(where, field, expected, value)
    if (suspect.test(value)) {
      if (SUSPECT_MULTILINE.test(value)) fail(where, field, 'must not contain control characters', value)
      fail(where, field, 'must be a single line', value)
    }
    if (pattern && !pattern.test(value)) fail(where, field, expected, value)
    return value
  }
}

export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  const allowed = new Set<string>(values)
  return (value, field, where) => {
    if (typeof value !== 'string' || !allowed.has(value)) {
      fail(where, field, `must be one of ${values.map((v) => `"${v}"`).join(', ')}`, value)
    }
    return value as T
  }
}

/** A flag that is present only when set: `true`, never `false`. */
export const isTrue: Check<true> = (value, field, where) => {
  if (value !== true) fail(where, field, 'must be true (leave the field out for false)', value)
  return true
}

export function integer(min: number, max = Number.MAX_SAFE_INTEGER): Check<number> {
  return (value, field, where) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
      fail(where, field, `must be a whole number from ${min} to ${max}`, value)
    }
    return value
  }
}

export function arrayOf<T>(item: Check<T>, max: number): Check<T[]> {
  return (value, field, where) => {
    if (!Array.isArray(value) || value.length > max) fail(where, field, `must be a list of at most ${max} items`, value)
    return value.map((v, i) => item(v, `${field}[${i}]`, where))
  }
}

/** A field of an object shape; optional fields may be absent (never null). */
export interface FieldSpec<T> {
  check: Check<T>
  optional?: boolean
}

export type Shape = Record<string, FieldSpec<unknown>>

export function required<T>(check: Check<T>): FieldSpec<T> {
  return { check }
}

export function optional<T>(check: Check<T>): FieldSpec<T> {
  return { check, optional: true }
}

/** An object with exactly the fields of `shape`; unknown fields are refused (they are usually typos). */
export function objectOf<T>(shape: Shape): Check<T> {
  // Checked for every event of a rebuild: nothing here is recomputed per value, and the
  // dotted names of nested fields are made once per parent name, not once per value.
  const known = Object.keys(shape)
  const knownSet = new Set(known)
  const specs = Object.entries(shape)
  const names = new Map<string, string[]>()
  const namesUnder = (field: string) => {
    let list = names.get(field)
    if (!list) {
      list = specs.map(([name]) => join(field, name))
      // Array items name their index ("files[3]"): keep the cache small whatever the input.
      if (names.size < 64) names.set(field, list)
    }
    return list
  }
  return (value, field, where) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(where, field, 'must be an object', value)
    const input = value as Record<string, unknown>
    for (const name in input) {
      if (!knownSet.has(name) && Object.hasOwn(input, name)) {
        fail(where, join(field, name), `is not a known field (known: ${known.join(', ')})`, input[name])
      }
    }
    const dotted = namesUnder(field)
    const out: Record<string, unknown> = {}
    for (let i = 0; i < specs.length; i++) {
      const [name, spec] = specs[i]
      const v = input[name]
      if (v === undefined) {
        if (!spec.optional) fail(where, dotted[i], 'is required', v)
        continue
      }
      out[name] = spec.check(v, dotted[i], where)
    }
    return out as T
  }
}

function join(field: string, name: string): string {
  return field ? `${field}.${name}` : name
}
