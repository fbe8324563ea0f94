import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../shared/errors'
import { pairKey, planPairs } from '../../shared/conflicts'
import { parseShard, shardPairs } from '../../shared/conflicts'
import type { AgentBranch } from '../../shared/conflicts'

const sha = (n: number): string => n.toString(16).padStart(40, '0')

function feature(spec: string, implementors: number, offset: number): AgentBranch[] {
  return [
    { name: `feature/${spec}/overseer`, sha: sha(offset), spec, role: 'overseer' },
    ...Array.from({ length: implementors }, (_, i) => ({
      name: `feature/${spec}/impl-${i + 1}`,
      sha: sha(offset + i + 1),
      spec,
      role: 'implementor' as const,
      index: i + 1,
    })),
  ]
}

const names = (pairs: Array<{ left: string; right: string }>): string[] => pairs.map((p) => `${p.left} + ${p.right}`)

describe('planPairs', () => {
  const branches = [...feature('002-beta', 2, 100), ...feature('001-alpha', 3, 1)]

  it('feature scope: implementors against each other and against their own overseer, in a stable order', () => {
    const pairs = planPairs([...branches].reverse(), { scope: 'feature' })
    expect(names(pairs)).toEqual([
      'feature/001-alpha/overseer + feature/001-alpha/impl-1',
      'feature/001-alpha/overseer + feature/001-alpha/impl-2',
      'feature/001-alpha/overseer + feature/001-alpha/impl-3',
      'feature/001-alpha/impl-1 + feature/001-alpha/impl-2',
      'feature/001-alpha/impl-1 + feature/001-alpha/impl-3',
      'feature/001-alpha/impl-2 + feature/001-alpha/impl-3',
      'feature/002-beta/overseer + feature/002-beta/impl-1',
      'feature/002-beta/overseer + feature/002-beta/impl-2',
      'feature/002-beta/impl-1 + feature/002-beta/impl-2',
    ])
    expect(pairs[0]).toEqual({ left: 'feature/001-alpha/overseer', right: 'feature/001-alpha/impl-1', leftSha: sha(1), rightSha: sha(2) })
    expect(planPairs(branches)).toEqual(pairs)
  })

  it('all scope: every pair once, across features too', () => {
    const pairs = planPairs(branches, { scope: 'all' })
    expect(pairs).toHaveLength((7 * 6) / 2)
    expect(new Set(pairs.map(pairKey)).size).toBe(pairs.length)
    expect(names(pairs)).toContain('feature/001-alpha/overseer + feature/002-beta/overseer')
    expect(planPairs([...branches].reverse(), { scope: 'all' })).toEqual(pairs)
  })

  it('rejects bad commit ids, conflicting duplicates and unknown scopes, quoting the value', () => {
    const bad = [{ ...branches[0]!, sha: 'HEAD' }]
    expect(() => planPairs(bad)).toThrow(InputError)
    expect(() => planPairs(bad)).toThrow(/"HEAD"/)
    expect(() => planPairs([branches[0]!, { ...branches[0]!, sha: sha(999) }])).toThrow(/listed twice/)
    expect(planPairs([branches[1]!, branches[1]!, branches[0]!])).toHaveLength(1)
    expect(() => planPairs(branches, { scope: 'everything' as 'all' })).toThrow(/"everything"/)
  })
})

describe('sharding', () => {
  const many = planPairs(
    Array.from({ length: 64 }, (_, i) => ({
      name: `feature/001-x/impl-${i + 1}`,
      sha: sha(i + 1),
      spec: '001-x',
      role: 'implementor' as const,
      index: i + 1,
    })),
    { scope: 'all' },
  )

  it('covers every pair exactly once for any shard count', () => {
    for (const count of [1, 2, 3, 4, 7, 16]) {
      const shards = Array.from({ length: count }, (_, i) => shardPairs(many, i + 1, count))
      const all = shards.flat().map(pairKey)
      expect(all).toHaveLength(many.length)
      expect(new Set(all).size).toBe(many.length)
      if (count > 1) expect(shards.every((s) => s.length > 0 && s.length < many.length)).toBe(true)
    }
  })

  it('keeps a pair in the same shard when other branches come and go', () => {
    const fewer = many.filter((p) => !p.left.endsWith('-64') && !p.right.endsWith('-64'))
    const shardMap = (pairs: typeof many): Map<string, number> =>
      new Map([1, 2, 3, 4].flatMap((i) => shardPairs(pairs, i, 4).map((p) => [pairKey(p), i] as const)))
    const before = shardMap(many)
    const after = shardMap(fewer)
    for (const [key, shard] of after) expect(shard).toBe(before.get(key))
  })

  it('parses i/n and rejects anything else, quoting it', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 })
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 })
    for (const bad of ['0/4', '5/4', '2/0', '2', 'a/b', '-1/4', '1/4/2', '']) {
      expect(() => parseShard(bad)).toThrow(InputError)
    }
    expect(() => parseShard('5/4')).toThrow(/"5\/4"/)
    expect(() => shardPairs(many, 3, 2)).toThrow(/"3\/2"/)
  })
})
