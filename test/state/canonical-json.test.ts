// canonicalJson with an indent (projection.json) passes objects whose keys are already in order to JSON.stringify
// without copying them: its bytes must stay those of the definition, a full sorted copy stringified, for any value.
import { describe, expect, it } from '@jest/globals'
import { canonicalJson } from '../../shared/state/events/canonical-json'

/** The definition, written out: every object copied with its keys sorted (no prototype), then JSON.stringify. */
function sortAll(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortAll)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null)
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v !== undefined) out[key] = sortAll(v)
    }
    return out
  }
  return value
}
const reference = (value: unknown, indent: number) => JSON.stringify(sortAll(value), null, indent)

/** A small deterministic generator (mulberry32), so that a failure names a seed that reproduces it. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Keys that order differently as text and as numbers, index-like and not, and texts JSON escapes.
const KEYS = ['b', 'a', '10', '2', '0', '01', '-1', '4294967294', '4294967295', '__proto__', 'toJSON', 'é', 'Z', 'a"b', '', ' ']

function randomValue(next: () => number, depth: number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const r = next()
  if (depth > 3 || r < 0.3) return pick<unknown>([1, -0.5, 'x', 'ü\n"', true, false, null, undefined, NaN, 1e21])
  if (r < 0.45) return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1))
  if (r < 0.5) return pick<unknown>([new Date(0), Object.assign(Object.create(null), { z: 1, a: 2 }), () => 1, new String('ab')])
  const out: Record<string, unknown> = JSON.parse('{}')
  const n = Math.floor(next() * 5)
  for (let i = 0; i < n; i++) {
    const key = pick(KEYS)
    // A toJSON key holding a function would be called by JSON.stringify: the definition keeps it as data.
    Object.defineProperty(out, key, { value: randomValue(next, depth + 1), enumerable: true, writable: true, configurable: true })
  }
  // Sorted at insertion half the time: the case the shortcut takes.
  if (next() < 0.5) return JSON.parse(JSON.stringify(sortAll(out)) ?? 'null')
  return out
}

describe('canonicalJson with an indent', () => {
  it('gives the bytes of a full sorted copy for random values, sorted, unsorted or partly sorted', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const value = randomValue(rng(seed), 0)
      let actual: string | undefined
      try {
        actual = canonicalJson(value, 1)
      } catch {
        actual = undefined
      }
      if (actual !== reference(value, 1)) throw new Error(`seed ${seed}: ${actual} ≠ ${reference(value, 1)}`)
    }
  })

  it('gives the same bytes for a projection read back and then added to, as an append does', () => {
    // Read back from its canonical text (every key in order), then keys added at the end at several depths.
    const stored = {
      features: {
        '001-a': { conflicts: { c2: { left: 'x', openSince: ['s2'] }, c1: { left: 'y', openSince: [] } }, agents: { '2': {}, '10': {} } },
        '002-b': { divergence: { 'feature/002-b/impl-1': { main: { ahead: 1, behind: 2 } } } },
      },
      eventCount: 3,
      recent: [{ time: 't', kind: 'k' }],
    }
    const projection = JSON.parse(canonicalJson(stored, 1)) as typeof stored & Record<string, unknown>
    const before = canonicalJson(projection, 1)
    expect(before).toBe(reference(stored, 1))
    ;(projection.features['001-a'].conflicts as Record<string, unknown>).c0 = { left: 'z', openSince: ['s3'], gone: undefined }
    ;(projection.features['002-b'] as Record<string, unknown>).agents = { '3': { branch: 'b' } }
    projection.recent.unshift({ time: 'u', kind: 'a' })
    projection.aNew = { b: 1, a: [{ d: 1, c: 2 }] }
    expect(canonicalJson(projection, 1)).toBe(reference(projection, 1))
    expect(canonicalJson(projection, 2)).toBe(reference(projection, 2))
    // The value passed in is never changed.
    expect(Object.keys(projection.features['001-a'].conflicts)).toEqual(['c1', 'c2', 'c0'])
  })
})
