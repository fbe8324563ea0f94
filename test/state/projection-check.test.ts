// The stored projection's shape check writes where a value is only when it fails: the reason must still name the
// exact place (field, list index, record key as JSON), the same words as when every path was built up front.
import { describe, expect, it } from '@jest/globals'
import { applyEvent, checkProjection, emptyProjection, serializeProjection } from '../../shared/state/projection'
import { PROJECTION_SCHEMA } from '../../shared/state/projection/projection-types'
import { makeEvent } from '../../shared/state/events'

const F = '001-a'
const L = 'feature/001-a/impl-1'
const R = 'feature/001-a/impl-"2"'

/** A projection as an append leaves it, read back from its bytes: one conflict with ranges, one divergence. */
interface Stored {
  schema: unknown
  recent: unknown
  features: Record<
    string,
    {
      spec: string
      agents: unknown
      conflicts: Record<string, { branches: unknown[]; detected: { files: { leftRanges: unknown[] }[] } }>
      divergence: Record<string, Record<string, Record<string, unknown>>>
    }
  >
}

function stored(): Stored {
  const p = emptyProjection()
  const by = { actor: 'test', time: new Date(Date.UTC(2026, 0, 1)) }
  const file = {
    path: 'a.py',
    kind: 'content',
    leftRanges: [
      { start: 1, end: 2 },
      { start: 5, end: 6 },
    ],
    rightRanges: [],
  }
  applyEvent(
    p,
    makeEvent('conflict-detected', F, { left: L, right: R, leftSha: 'a'.repeat(40), rightSha: 'b'.repeat(40), files: [file] }, by),
  )
  applyEvent(p, makeEvent('divergence-measured', F, { branch: L, against: 'main', ahead: 1, behind: 2, sha: 'a'.repeat(40) }, by))
  return JSON.parse(serializeProjection(p))
}

describe('the stored projection’s shape check', () => {
  it('accepts a projection as written, into objects without a prototype', () => {
    const checked = checkProjection(stored())
    expect('projection' in checked).toBe(true)
    if (!('projection' in checked)) return
    expect(serializeProjection(checked.projection)).toBe(serializeProjection(stored() as never))
    expect(Object.getPrototypeOf(checked.projection.features)).toBeNull()
  })

  it.each([
    [
      'a list item’s field',
      (p: Stored) => Object.values(p.features[F].conflicts)[0]!.detected.files[0].leftRanges.splice(1, 1, { start: 'x', end: 6 }),
      (id: string) => `projection.features["${F}"].conflicts["${id}"].detected.files[0].leftRanges[1].start is not a whole number`,
    ],
    [
      'a record key that JSON escapes',
      (p: Stored) => (p.features[F].divergence[L].main.sha = 7),
      () => `projection.features["${F}"].divergence["${L}"]["main"].sha is not a text`,
    ],
    ['a list', (p: Stored) => (p.recent = {}), () => 'projection.recent is not a list'],
    ['a record', (p: Stored) => (p.features[F].agents = 'x'), () => `projection.features["${F}"].agents is not an object`],
    [
      'a feature under another key',
      (p: Stored) => (p.features[F].spec = '002-b'),
      () => `projection.features["${F}"].spec is not its own key`,
    ],
    ['the format version', (p: Stored) => (p.schema = 'x'), () => `projection.schema is "x", not format version ${PROJECTION_SCHEMA}`],
  ])('names the place of a bad value: %s', (_, spoil, reason) => {
    const p = stored()
    const id = Object.keys(p.features[F].conflicts)[0]!
    spoil(p)
    const checked = checkProjection(p)
    expect(checked).toEqual({ problem: reason(id) })
  })

  it('names a key with a quote in it as JSON', () => {
    const p = stored()
    const id = Object.keys(p.features[F].conflicts)[0]!
    p.features[F].conflicts[id].branches = [L, 5]
    expect(checkProjection(p)).toEqual({ problem: `projection.features["${F}"].conflicts["${id}"].branches[1] is not a text` })
    p.features[F].conflicts[id].branches = [L, R]
    p.features[F].divergence[R] = { main: { stamp: 's', time: 't', ahead: -1, behind: 0, sha: 'x' } }
    expect(checkProjection(p)).toEqual({
      problem: `projection.features["${F}"].divergence[${JSON.stringify(R)}]["main"].ahead is not a whole number`,
    })
  })
})
