/**
 * JSON with object keys sorted at every level, so that equal values always
 * serialise to equal bytes: event files, their keys and projection.json
 * depend on it (an incrementally kept projection must be byte-identical to
 * one rebuilt from scratch, whatever order keys were inserted in).
 */
export function canonicalJson(value: unknown, indent = 0): string {
  // The compact form is hashed for every event of a rebuild: write it directly, without copying.
  if (!indent) return compact(value) ?? 'null'
  return JSON.stringify(sortKeys(value), null, indent)
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
