/**
 * JSON with object keys sorted at every level, so that equal values always
 * serialise to equal bytes: event files, their keys and projection.json
 * depend on it (an incrementally kept projection must be byte-identical to
 * one rebuilt from scratch, whatever order keys were inserted in).
 */
export function canonicalJson(value: unknown, indent = 0): string {
  // The compact form is hashed for every event of a rebuild: write it directly, without copying.
  if (!indent) return compact(value) ?? 'null'
  return JSON.stringify(sortedView(value), null, indent)
}

function compact(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map((v) => compact(v) ?? 'null').join(',')}]`
  const record = value as Record<string, unknown>
  const parts: string[] = []
  for (const key of Object.keys(record).sort()) {
    const v = compact(record[key])
    if (v !== undefined) parts.push(`${JSON.stringify(key)}:${v}`)
  }
  return `{${parts.join(',')}}`
}

/**
 * What `sortKeys` gives, copying only the objects whose keys are out of order: a parsed projection.json
 * is in order already, and an append adds a few keys to it, so most of a 1 MB projection is passed to
 * `JSON.stringify` as it is rather than copied. An object serialises the same as its sorted copy when its
 * keys come in the copy's order (integer-like keys first in numeric order in both, then the others sorted),
 * it is a plain object, and it has no `toJSON` (the copy has none); an `undefined` value is dropped by both.
 */
function sortedView(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    let out: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i]
      const s = sortedView(v)
      if (s !== v) (out ??= value.slice())[i] = s
    }
    return out ?? value
  }
  // Anything but a plain object (a Date, a boxed string...) serialises differently from its copy: copied.
  const proto: unknown = Object.getPrototypeOf(value)
  if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') return sortKeys(value)
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  let previous: string | undefined
  let inOrder = true
  for (const key of keys) {
    if (isIndexKey(key)) continue
    if (previous !== undefined && previous > key) {
      inOrder = false
      break
    }
    previous = key
  }
  if (!inOrder) return sortKeys(value)
  let out: Record<string, unknown> | undefined
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    const v = record[key]
    const s = v === undefined ? undefined : sortedView(v)
    if (s !== v || v === undefined) {
      if (!out) {
        // Copied from here on, as `sortKeys` copies: the keys before this one were kept as they are.
        out = Object.create(null) as Record<string, unknown>
        for (const k of keys.slice(0, i)) out[k] = record[k]
      }
      if (s !== undefined) out[key] = s
    } else if (out) out[key] = v
  }
  return out ?? value
}

/** A key every object lists first, in numeric order: a canonical array index (0 to 2³² − 2). */
function isIndexKey(key: string): boolean {
  // Most keys start with a letter: no pattern run for them (a projection has some 100 000 keys).
  const first = key.charCodeAt(0)
  return first >= 0x30 && first <= 0x39 && /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    // No prototype: a key named __proto__ stays a key instead of replacing the prototype.
    const out: Record<string, unknown> = Object.create(null)
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v !== undefined) out[key] = sortKeys(v)
    }
    return out
  }
  return value
}
