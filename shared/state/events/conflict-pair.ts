import { canonicalJson } from './canonical-json'
import { sha256Hex } from './digest'

/** A conflict is between two branches, whichever side reported it: the pair is unordered. */
export function sortedPair(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a]
}

/** The stable short id of a conflicting pair within a feature, shown by `status` and taken by `resolve`. */
export function conflictId(feature: string, left: string, right: string): string {
  const pair = sortedPair(left, right)
  // Keyed by the three texts, each prefixed by its length (no two triples share a key), not by their canonical JSON:
  // a rebuild, a scan and a page ask for the same few pairs thousands of times, and building the JSON cost more than the lookup.
  const key = `${feature.length}:${feature}${pair[0].length}:${pair[0]}${pair[1]}`
  let id = ids.get(key)
  if (!id) {
    if (ids.size > 10_000) ids.clear()
    id = `c${sha256Hex(canonicalJson(['conflict', feature, pair])).slice(0, 8)}`
    ids.set(key, id)
  }
  return id
}

const ids = new Map<string, string>()
