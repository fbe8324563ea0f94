import { canonicalJson } from './canonical-json'
import { sha256Hex } from './digest'

/** A conflict is between two branches, whichever side reported it: the pair is unordered. */
export function sortedPair(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a]
}

/** The stable short id of a conflicting pair within a feature, shown by `status` and taken by `resolve`. */
export function conflictId(feature: string, left: string, right: string): string {
  const text = canonicalJson(['conflict', feature, sortedPair(left, right)])
  let id = ids.get(text)
  if (!id) {
    // A rebuild asks for the same few pairs thousands of times.
    if (ids.size > 10_000) ids.clear()
    id = `c${sha256Hex(text).slice(0, 8)}`
    ids.set(text, id)
  }
  return id
}

const ids = new Map<string, string>()
