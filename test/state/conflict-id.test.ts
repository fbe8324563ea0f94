// conflictId is memoized by its three texts: every id must stay the hash of the canonical JSON it always was
// (ids are on state branches and in `resolve` commands), and no two triples may share a memo entry.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { conflictId } from '../../shared/state/events'

/** The definition, written out: `c` and 8 hex digits of sha256 of ["conflict",feature,[a,b]] with a ≤ b. */
function reference(feature: string, left: string, right: string): string {
  const [a, b] = left <= right ? [left, right] : [right, left]
  return `c${createHash('sha256')
    .update(JSON.stringify(['conflict', feature, [a, b]]))
    .digest('hex')
    .slice(0, 8)}`
}

describe('conflictId', () => {
  it('is the hash of the canonical pair, either order, asked once or many times', () => {
    // Triples whose plain concatenation (or a join without lengths) would be the same text.
    const triples: [string, string, string][] = [
      ['001-a', 'feature/001-a/impl-1', 'feature/001-a/impl-2'],
      ['001-a', 'feature/001-a/impl-2', 'feature/001-a/impl-1'],
      ['001-a1', '2:x', 'y'],
      ['001-a', '12:x', 'y'],
      ['001-a', '1', '2:xy'],
      ['001-a', '12', ':xy'],
      ['001-b', 'ünï/😀', 'a"b\\c'],
    ]
    for (let round = 0; round < 3; round++) for (const [f, l, r] of triples) expect(conflictId(f, l, r)).toBe(reference(f, l, r))
    expect(new Set(triples.map(([f, l, r]) => conflictId(f, l, r))).size).toBe(triples.length - 1)
  })
})
