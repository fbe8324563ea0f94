import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../shared/errors'
import { eventKey, makeEvent, parseEvent, serializeEvent, validateEvent } from '../../shared/state/events/events'
import type { EventData, EventKind } from '../../shared/state/events/event-schema'
import { InvalidEventError } from '../../shared/state/events/field-checks'
import { assertSafeSegment, eventRelativePath, normalizeRoot, StateLayout } from '../../shared/state/log/paths'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const T0 = '2026-03-01T10:00:00.000Z'

function task(overrides: Record<string, unknown> = {}) {
  return makeEvent(
    'task-updated',
    '001-auth',
    { taskId: 'T012', state: 'done', commit: SHA, agent: 'feature/001-auth/impl-1', ...overrides } as never,
    {
      actor: 'ci',
      time: T0,
    },
  )
}

function errorOf(fn: () => unknown): Error {
  try {
    fn()
  } catch (e) {
    return e as Error
  }
  throw new Error('expected an error')
}

describe('makeEvent', () => {
  it('builds a complete event with a key derived from the fact, not the time or actor', () => {
    const e = task()
    expect(e).toMatchObject({ schema: 2, kind: 'task-updated', feature: '001-auth', actor: 'ci', time: T0 })
    expect(e.key).toMatch(/^[0-9a-f]{64}$/)
    const later = makeEvent(
      'task-updated',
      '001-auth',
      { ...e.data, message: 'again' },
      { actor: 'someone else', time: '2026-03-02T00:00:00.000Z' },
    )
    expect(later.key).toBe(e.key)
    expect(task({ state: 'in-progress' }).key).not.toBe(e.key)
    expect(task({ commit: SHA.replace('0', 'f') }).key).not.toBe(e.key)
    expect(makeEvent('task-updated', '002-other', e.data, { actor: 'ci', time: T0 }).key).not.toBe(e.key)
  })

  it('normalises times to the canonical UTC form so that they sort as text', () => {
    expect(makeEvent('branch-synced', 'f', { branch: 'b', sha: SHA }, { actor: 'a', time: '2026-03-01T11:00:00+01:00' }).time).toBe(T0)
    expect(makeEvent('branch-synced', 'f', { branch: 'b', sha: SHA }, { actor: 'a', time: new Date(T0) }).time).toBe(T0)
    expect(() => makeEvent('branch-synced', 'f', { branch: 'b', sha: SHA }, { actor: 'a', time: 'yesterday' })).toThrow(
      /field "time" must be a valid date/,
    )
  })

  it('names the field and quotes the bad value', () => {
    const err = errorOf(() => task({ taskId: 'X1' }))
    expect(err).toBeInstanceOf(InvalidEventError)
    expect(err).toBeInstanceOf(InputError)
    expect(err.message).toBe('task-updated event: field "data.taskId" must be a task id like T012 (got "X1")')
    expect(errorOf(() => task({ state: 'finished' })).message).toMatch(
      /field "data.state" must be one of "open", "in-progress", "done" \(got "finished"\)/,
    )
    expect(errorOf(() => task({ commit: 'abc' })).message).toMatch(/field "data.commit" must be a full lowercase commit id/)
    expect(errorOf(() => task({ extra: 1 })).message).toMatch(
      /field "data.extra" is not a known field \(known: taskId, state, commit, agent, message, occurrence\)/,
    )
    expect(errorOf(() => task({ agent: undefined })).message).toMatch(/field "data.agent" is required \(got nothing\)/)
    expect(errorOf(() => task({ agent: 'a\u001b[31mred' })).message).toMatch(/field "data.agent" must not contain control characters/)
    expect(errorOf(() => task({ message: 'x'.repeat(2001) })).message).toMatch(
      /field "data.message" must be a text of 1 to 2000 characters/,
    )
  })

  it('checks nested lists and line ranges of conflicts', () => {
    const base = { left: 'a', right: 'b', leftSha: SHA, rightSha: SHA }
    const file = { path: 'src/x.ts', kind: 'content', leftRanges: [{ start: 3, end: 5 }], rightRanges: [] }
    expect(() => makeEvent('conflict-detected', 'f', { ...base, files: [file] }, { actor: 'a' })).not.toThrow()
    const bad = { ...file, leftRanges: [{ start: 5, end: 3 }] }
    expect(errorOf(() => makeEvent('conflict-detected', 'f', { ...base, files: [bad] }, { actor: 'a' })).message).toMatch(
      /field "data.files\[0\].leftRanges\[0\].end" must be at least start - 1 \(4; start - 1 means an empty range\) \(got 3\)/,
    )
    // Empty ranges (a side that deleted the lines): between lines 2 and 3, and before line 1.
    const empty = { ...file, leftRanges: [{ start: 3, end: 2 }], rightRanges: [{ start: 1, end: 0 }] }
    expect(makeEvent('conflict-detected', 'f', { ...base, files: [empty] }, { actor: 'a' }).data.files[0]).toEqual(empty)
    expect(
      errorOf(() =>
        makeEvent('conflict-detected', 'f', { ...base, files: [{ ...file, leftRanges: [{ start: 0, end: 0 }] }] }, { actor: 'a' }),
      ).message,
    ).toMatch(/field "data.files\[0\].leftRanges\[0\].start" must be a whole number from 1/)
  })

  it('keys a first occurrence as before and a later one apart, and reads version 1 events with their keys', () => {
    const first = makeEvent('blocker-raised', '001-a', { id: 'B1', reason: 'waiting' }, { actor: 'a', time: T0 })
    const again = makeEvent('blocker-raised', '001-a', { id: 'B1', reason: 'waiting', occurrence: 2 }, { actor: 'a', time: T0 })
    const third = makeEvent('blocker-raised', '001-a', { id: 'B1', reason: 'waiting', occurrence: 3 }, { actor: 'a', time: T0 })
    expect(new Set([first.key, again.key, third.key]).size).toBe(3)
    // A version 1 file of the same fact has the same key: an upgrade never records a known fact twice.
    const v1 = { ...first, schema: 1 }
    expect(validateEvent(v1, 'events/old.json')).toEqual(v1)
    expect(errorOf(() => makeEvent('blocker-raised', '001-a', { id: 'B1', reason: 'w', occurrence: 1 }, { actor: 'a' })).message).toMatch(
      /field "data.occurrence" must be a whole number from 2/,
    )
  })

  it('requires feature-registered to name its own feature', () => {
    expect(errorOf(() => makeEvent('feature-registered', '001-a', { spec: '001-b', name: 'x' }, { actor: 'a' })).message).toMatch(
      /field "data.spec" must equal the event's feature "001-a"/,
    )
  })

  it('refuses feature ids that could leave their folder', () => {
    for (const bad of ['../x', 'a/b', '.hidden', '-x', 'a\u0000b', '..', '', 'a..b', '.git']) {
      expect(() => makeEvent('branch-synced', bad, { branch: 'b', sha: SHA }, { actor: 'a' })).toThrow(InvalidEventError)
    }
    expect(errorOf(() => makeEvent('branch-synced', '../x', { branch: 'b', sha: SHA }, { actor: 'a' })).message).toBe(
      'branch-synced event: field "feature" must be a feature id usable as a folder name (1 to 100 letters, digits, ".", "_" or "-", not starting with "." or "-", no "..") (got "../x")',
    )
  })

  it('treats both orders of a conflicting pair as one fact', () => {
    const a = makeEvent(
      'conflict-detected',
      'f',
      { left: 'x', right: 'y', leftSha: SHA, rightSha: SHA.replace('0', '1'), files: [] },
      { actor: 'a' },
    )
    const b = makeEvent(
      'conflict-detected',
      'f',
      { left: 'y', right: 'x', leftSha: SHA.replace('0', '1'), rightSha: SHA, files: [] },
      { actor: 'a' },
    )
    expect(a.key).toBe(b.key)
    const swappedShas = makeEvent(
      'conflict-detected',
      'f',
      { left: 'x', right: 'y', leftSha: SHA.replace('0', '1'), rightSha: SHA, files: [] },
      { actor: 'a' },
    )
    expect(swappedShas.key).not.toBe(a.key)
  })
})

describe('validateEvent and parseEvent', () => {
  it('accepts what makeEvent builds and round-trips through the file form', () => {
    const e = task({ message: 'done <b>' })
    expect(validateEvent(JSON.parse(JSON.stringify(e)), 'x')).toEqual(e)
    const text = serializeEvent(e)
    expect(text.endsWith('\n')).toBe(true)
    expect(parseEvent(text, 'events/f.json')).toEqual(e)
    expect(serializeEvent(parseEvent(text, 'p'))).toBe(text)
  })

  it('reports an unknown schema version clearly', () => {
    const raw = { ...task(), schema: 3 }
    expect(() => validateEvent(raw, 'events/a.json')).toThrow(
      /^events\/a.json: unknown schema version 3: this agent-orchestrator reads versions 1, 2/,
    )
  })

  it('rejects a key that does not match the content (a tampered or hand-edited file)', () => {
    const e = task()
    const tampered = { ...e, data: { ...e.data, state: 'open' } }
    expect(() => validateEvent(tampered, 'p.json')).toThrow(
      `p.json: field "key" does not match the event's content (expected ${eventKey('task-updated', '001-auth', tampered.data as never)})`,
    )
  })

  it('reports bad JSON, non-objects and unknown top-level fields with the path', () => {
    expect(() => parseEvent('{"schema":', 'events/x.json')).toThrow(/^events\/x.json: is not valid JSON: /)
    expect(() => validateEvent([1], 'w')).toThrow(/w: field "event" must be a JSON object/)
    expect(() => validateEvent({ ...task(), extra: true }, 'w')).toThrow(/field "extra" is not a known field/)
    expect(() => validateEvent({ ...task(), kind: 'nope' }, 'w')).toThrow(/field "kind" must be one of/)
    expect(() => validateEvent({ ...task(), time: '2026-03-01T10:00:00Z' }, 'w')).toThrow(/field "time" must be a UTC time like/)
  })
})

describe('paths', () => {
  it('places events by feature and key prefix, under an optional root', () => {
    const key = 'ab'.repeat(32)
    expect(eventRelativePath('001-a', key)).toBe(`001-a/ab/${key}.json`)
    expect(new StateLayout('').eventPath('001-a', key)).toBe(`events/001-a/ab/${key}.json`)
    const nested = new StateLayout(normalizeRoot('/.orchestrator/'))
    expect(nested.eventPath('001-a', key)).toBe(`.orchestrator/events/001-a/ab/${key}.json`)
    expect(nested.implementorViewPath('001-a', 2)).toBe('.orchestrator/features/001-a/impl-2.md')
    expect(nested.dashboardPath).toBe('.orchestrator/README.md')
  })

  it('refuses unsafe segments, keys and roots', () => {
    expect(() => assertSafeSegment('../etc', 'feature id')).toThrow(/feature id "..\/etc" cannot be used in a path/)
    expect(() => eventRelativePath('f', '../'.repeat(20))).toThrow(/is not 64 lowercase hex digits/)
    expect(() => normalizeRoot('a/../b')).toThrow(/state root "a\/..\/b" is not valid/)
    expect(() => normalizeRoot('.git')).toThrow(InputError)
    expect(normalizeRoot(undefined)).toBe('')
  })
})

describe('canonical JSON and backoff', () => {
  it('serialises equal values to equal bytes whatever the key order, in both forms', async () => {
    const { canonicalJson } = await import('../../shared/state/events/canonical-json')
    const a = { b: [1, { z: 'x', a: null, u: undefined }, [undefined]], a: 'é"\n', n: -0 }
    const b = { n: 0, a: 'é"\n', b: [1, { a: null, z: 'x' }, [null]] }
    expect(canonicalJson(a)).toBe(canonicalJson(b))
    expect(canonicalJson(a)).toBe('{"a":"é\\"\\n","b":[1,{"a":null,"z":"x"},[null]],"n":0}')
    expect(JSON.stringify(JSON.parse(canonicalJson(a, 2)))).toBe(canonicalJson(a))
  })

  it('backs off with decorrelated jitter: between the base and three times the previous wait, up to the cap', async () => {
    const { backoffDelay, BACKOFF_BASE_MS, BACKOFF_CAP_MS } = await import('../../shared/state/log/backoff')
    // The lowest draw stays at the base; the highest triples the previous wait until the cap.
    expect(backoffDelay(0, 0, () => 0)).toBe(BACKOFF_BASE_MS)
    const highs: number[] = []
    for (let wait = 0, i = 0; i < 5; i++) highs.push((wait = backoffDelay(wait, 0, () => 1)))
    expect(highs).toEqual([300, 900, BACKOFF_CAP_MS, BACKOFF_CAP_MS, BACKOFF_CAP_MS])
    // Each draw depends on the previous wait, not on the attempt number: writers drift apart.
    expect(backoffDelay(900, 0, () => 0.5)).toBe(1400)
    // Slow attempts (a starved machine, a slow network) raise the base to half an attempt and the cap to 20.
    expect(backoffDelay(0, 600, () => 0)).toBe(300)
    expect(backoffDelay(50000, 1000, () => 1)).toBe(20000)
  })
})

describe('event keys', () => {
  // Keys name the files of every stored log: a change in how they are derived would turn each
  // existing event into an unreadable file. These were computed by the first released code.
  const S = 'a'.repeat(40)
  const S2 = 'b'.repeat(40)
  const T = '2026-01-01T00:00:00.000Z'
  const CASES: [EventKind, EventData][] = [
    [
      'feature-registered',
      {
        spec: '001-a',
        name: 'A "q"\\ é',
        baseBranch: 'main',
        tasks: [
          { id: 'T001', description: 'd', phase: 'P1' },
          { id: 'T002', description: 'e' },
        ],
      },
    ],
    ['feature-registered', { spec: '001-a', name: 'A' }],
    ['agent-assigned', { role: 'implementor', branch: 'feature/001-a/impl-1', index: 1 }],
    ['agent-assigned', { role: 'overseer', branch: 'feature/001-a/overseer' }],
    ['task-updated', { taskId: 'T001', state: 'done', commit: S, agent: 'feature/001-a/impl-1', message: 'm' }],
    ['pr-updated', { action: 'opened', number: 3, url: 'https://x/y', head: 'h', base: 'b', title: 'T "x"' }],
    ['pr-updated', { action: 'merged', number: 3, url: 'https://x/y', head: 'h', base: 'b' }],
    ['conflict-detected', { left: 'z', right: 'a', leftSha: S, rightSha: S2, files: [] }],
    ['conflict-detected', { left: 'a', right: 'z', leftSha: S2, rightSha: S, files: [] }],
    ['conflict-resolved', { left: 'z', right: 'a', detectedAt: T, lifetimeSeconds: 5 }],
    ['divergence-measured', { branch: 'a', against: 'b', ahead: 1, behind: 2, sha: S }],
    [
      'test-result',
      { role: 'implementor', branch: 'a', suite: 's', passed: 1, failed: 0, skipped: 2, durationMs: 5, commit: S, runUrl: 'https://r/1' },
    ],
    ['test-result', { role: 'overseer', suite: 's', passed: 1, failed: 0, skipped: 2, durationMs: 5, commit: S }],
    ['blocker-raised', { id: 'b1', agent: 'a', reason: 'line1\nline2\u2028' }],
    ['blocker-cleared', { id: 'b1' }],
    ['branch-synced', { branch: 'a', sha: S }],
  ]
  const KEYS = [
    'e9737e7af656d6af69b562987e5751bdf5f7848bab8619bc78cb01e3d1a2c3fe',
    '9dd229c2400acd8cf6e3f89983e03cca3605f37b74b772c253a42bc80af4d03e',
    '346975c8e5041d56240e5b4c3c54660c0cd1dd882163ef755fbfe8b73bae8251',
    'f7148178985e58918f442aac6f975e5d5d9c4f186fd15a5cbcb56a10f80c41cc',
    '6c3f26fa15f76a234a97865e18e5c94ea28b866a6aac20a90d181c9292fe59c2',
    'ca5db3ff620cefc266d849ef000145fc63a3139c4cdce27a37c25ba4c1a0821d',
    'dd733e574b9234ec1ec8ec813e0a802a51b0e76c61933b4b56ea740df86101f8',
    '2ccc4434ed5dd3e9e659f5e7580d849f32ca69cd17d8ce6e8f38df2fdf0199e5',
    '2ccc4434ed5dd3e9e659f5e7580d849f32ca69cd17d8ce6e8f38df2fdf0199e5',
    '50ac391d33e78d6bc390488e4c7eaf44c80e94ac0989ac8a680a79007bd2bbba',
    '3ba05f5d9216a56cb128162fe2cb81f31bf2c4743018f83456e36072a834e62a',
    '71743a61812ee595130ab77e03105c952024c1d4289a31f97e236b4f781852dc',
    '62f9663d159b26913743accdf0221376dc372dfb361fcf30ddd49fa4ab2307cf',
    '8a144766088de0f6de0d1b8269ca1bfb28b39e0cc1099b17dbf688c9cefa802c',
    'b1bbce6c5a71d1cad9f21ca5afe59aa623b5786124dde2c728aec90f7bd569cd',
    '3f478930becb9c87250c0914842f4ac7e910b1a13026b4fb06825fa665eb63da',
  ]
  it.each(CASES.map((c, i) => [i, ...c] as const))('case %i: %s keeps its key', (i, kind, data) => {
    expect(makeEvent(kind, '001-a', data as never, { actor: 'x', time: T }).key).toBe(KEYS[i])
  })
})
