import { describe, expect, it } from '@jest/globals'
import { findConflictBlocks, splitLines } from '../../shared/conflicts/conflict-markers'
import { DiffBudgetExceeded, matchLines } from '../../shared/conflicts/line-diff'
import { conflictLineRanges } from '../../shared/conflicts/line-ranges'

const L = 'a'.repeat(40)
const R = 'b'.repeat(40)

/** Small deterministic PRNG, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function lcsLength(a: string[], b: string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i]![j] = a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!)
  return dp[a.length]![b.length]!
}

describe('matchLines', () => {
  it('finds a longest common subsequence (checked against dynamic programming)', () => {
    const next = random(42)
    for (let round = 0; round < 400; round++) {
      const gen = (): string[] => Array.from({ length: Math.floor(next() * 25) }, () => 'abcd'[Math.floor(next() * 4)]!)
      const a = gen()
      const b = gen()
      const match = matchLines(a, b)
      let last = -1
      let count = 0
      match.forEach((ai, bi) => {
        if (ai < 0) return
        expect(ai).toBeGreaterThan(last)
        expect(a[ai]).toBe(b[bi])
        last = ai
        count++
      })
      expect(count).toBe(lcsLength(a, b))
    }
  })

  it('stops when the work would exceed the budget', () => {
    const a = Array.from({ length: 2000 }, (_, i) => `a${i}`)
    const b = Array.from({ length: 2000 }, (_, i) => `b${i}`)
    expect(() => matchLines(a, b, 10_000)).toThrow(DiffBudgetExceeded)
  })
})

describe('findConflictBlocks', () => {
  it('reads only exact marker lines naming the two commits', () => {
    const merged = splitLines(
      [
        'Heading',
        '=======',
        '<<<<<<< someone else',
        `<<<<<<< ${L}`,
        'ours',
        '=======',
        'theirs',
        `>>>>>>> ${R}`,
        '<<<<<<<< not a marker',
        `<<<<<<< ${L}:renamed.txt`,
        'ours 2',
        '=======',
        `>>>>>>> ${R}:original.txt`,
        '',
      ].join('\n'),
    )
    const blocks = findConflictBlocks(merged, { left: L, right: R })
    expect(blocks).toEqual([
      { open: 3, close: 7, ours: ['ours'], theirs: ['theirs'] },
      { open: 9, close: 12, ours: ['ours 2'], theirs: [] },
    ])
  })

  it('follows a larger conflict-marker-size and treats shorter runs inside as text', () => {
    const merged = [`<<<<<<<<<< ${L}`, 'Title', '=======', '==========', 'Other', `>>>>>>>>>> ${R}`]
    expect(findConflictBlocks(merged, { left: L, right: R }, 10)).toEqual([
      { open: 0, close: 5, ours: ['Title', '======='], theirs: ['Other'] },
    ])
    // At the default size the same text has two separators: it throws rather than guess.
    expect(() => findConflictBlocks([`<<<<<<< ${L}`, 'a', '=======', 'b', '=======', 'c', `>>>>>>> ${R}`], { left: L, right: R })).toThrow(
      /has 2 separators/,
    )
  })

  it('accepts CRLF marker lines', () => {
    const merged = [`<<<<<<< ${L}\r`, 'ours\r', '=======\r', 'theirs\r', `>>>>>>> ${R}\r`]
    expect(findConflictBlocks(merged, { left: L, right: R })[0]).toMatchObject({ ours: ['ours\r'], theirs: ['theirs\r'] })
  })
})

describe('conflictLineRanges', () => {
  it('maps each hunk to each side’s own lines, with other clean changes above it', () => {
    const left = 'l-extra\none\ntwo\nleft three\nfour\n'
    const right = 'one\nr-extra-1\nr-extra-2\ntwo\nright three\nfour\n'
    // As git writes it: both clean insertions, then the hunk.
    const merged = `l-extra\none\nr-extra-1\nr-extra-2\ntwo\n<<<<<<< ${L}\nleft three\n=======\nright three\n>>>>>>> ${R}\nfour\n`
    expect(conflictLineRanges({ merged, left, right }, { left: L, right: R })).toEqual({
      leftRanges: [{ start: 4, end: 4 }],
      rightRanges: [{ start: 5, end: 5 }],
    })
  })

  it('gives an empty range where a side deleted the lines', () => {
    const left = 'a\nb\nd\n'
    const right = 'a\nb\nC\nd\n'
    const merged = `a\nb\n<<<<<<< ${L}\n=======\nC\n>>>>>>> ${R}\nd\n`
    expect(conflictLineRanges({ merged, left, right }, { left: L, right: R })).toEqual({
      leftRanges: [{ start: 3, end: 2 }],
      rightRanges: [{ start: 3, end: 3 }],
    })
  })

  it('places repeated lines (braces, blank lines) on the right occurrence', () => {
    const left = '{\n}\n{\nleft\n}\n{\n}\n'
    const right = '{\n}\n{\n}\n{\nright\n}\n{\n}\n'
    const merged = `{\n}\n{\n}\n{\n<<<<<<< ${L}\nleft\n=======\nright\n>>>>>>> ${R}\n}\n{\n}\n`
    const { leftRanges, rightRanges } = conflictLineRanges({ merged, left, right }, { left: L, right: R })
    expect(splitLines(left)[leftRanges[0]!.start - 1]).toBe('left')
    expect(splitLines(right)[rightRanges[0]!.start - 1]).toBe('right')
    expect(rightRanges).toEqual([{ start: 6, end: 6 }])
  })

  it('returns no ranges when the merged file has no markers for these commits', () => {
    expect(conflictLineRanges({ merged: 'plain\n=======\n', left: 'plain\n', right: 'plain\n' }, { left: L, right: R })).toEqual({
      leftRanges: [],
      rightRanges: [],
    })
  })
})
