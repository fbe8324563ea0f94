import { describe, expect, it } from '@jest/globals'
import { applyEvent, checkProjection, emptyProjection, serializeProjection } from '../../shared/state/projection'
import { allKindsLog, FEATURE_A } from '../support/all-kinds-log'

// Parsed JSON, reached into at any depth to break one value.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>

/** A stored projection of a log with every event kind, parsed back as a reader gets it. */
function stored(): Raw {
  const projection = emptyProjection()
  for (const event of allKindsLog()) applyEvent(projection, event)
  return JSON.parse(serializeProjection(projection)) as Raw
}

describe('checkProjection', () => {
  it('accepts a projection of every event kind and gives back the same data, without prototypes on keyed records', () => {
    const raw = stored()
    const checked = checkProjection(structuredClone(raw))
    if ('problem' in checked) throw new Error(checked.problem)
    expect(JSON.parse(JSON.stringify(checked.projection))).toEqual(raw)
    expect(Object.getPrototypeOf(checked.projection.features)).toBeNull()
  })

  // The check works in place on what JSON.parse made: objects with fixed fields keep their prototype, records
  // keyed by user data get none. Keys chosen to reach Object.prototype must reach nothing, in the text as a
  // writer of projection.json could put them.
  it('lets no key of the stored text reach a prototype', () => {
    const raw = stored()
    const feature = raw.features[FEATURE_A] as Raw
    const [taskId, task] = Object.entries(feature.tasks as Raw)[0]!
    const text = JSON.stringify(raw)
      // An extra field named __proto__ on a fixed-field object (the feature), and a record keyed constructor.
      .replace(`"spec":"${FEATURE_A}"`, `"spec":"${FEATURE_A}","__proto__":{"polluted":true,"spec":"other"}`)
      .replace(`"tasks":{`, `"tasks":{"constructor":${JSON.stringify(task)},"__proto__":${JSON.stringify(task)},`)
    const checked = checkProjection(JSON.parse(text))
    if ('problem' in checked) throw new Error(checked.problem)
    const f = checked.projection.features[FEATURE_A]!
    expect(({} as Raw).polluted).toBeUndefined()
    expect((f as unknown as Raw).polluted).toBeUndefined()
    expect(Object.getOwnPropertyNames(f)).toContain('__proto__')
    expect(f.spec).toBe(FEATURE_A)
    expect(Object.getPrototypeOf(f.tasks)).toBeNull()
    expect(Object.keys(f.tasks).sort()).toEqual(['__proto__', 'constructor', ...Object.keys(feature.tasks as Raw)].sort())
    expect(f.tasks['constructor']).toEqual(task)
    expect(f.tasks['toString']).toBeUndefined()
    expect(f.tasks[taskId]).toEqual(task)
    // A task that is not an object is still refused where it is, under the hostile key too.
    const broken = checkProjection(JSON.parse(text.replace(`"constructor":${JSON.stringify(task)}`, '"constructor":7')))
    expect(broken).toEqual({ problem: `projection.features["${FEATURE_A}"].tasks["constructor"] is not an object` })
  })

  // The first pass builds no locations; a failure is checked again to say where. Each case breaks one value
  // at a different depth (a record keyed by user data, a list inside it, a field of an object) and the message
  // must name exactly that value.
  it.each([
    [
      'a range inside a conflict file',
      (p: Raw) => {
        const [id, c] = Object.entries(p.features[FEATURE_A].conflicts as Raw).find(([, c]) => c.detected?.files.length)!
        c.detected.files[0].leftRanges = [{ start: 'one', end: 2 }]
        return `projection.features["${FEATURE_A}"].conflicts["${id}"].detected.files[0].leftRanges[0].start is not a whole number`
      },
    ],
    [
      'a task of a feature',
      (p: Raw) => {
        const id = Object.keys(p.features[FEATURE_A].tasks)[0]!
        p.features[FEATURE_A].tasks[id].state = 7
        return `projection.features["${FEATURE_A}"].tasks["${id}"].state is not a text`
      },
    ],
    [
      'the event count',
      (p: Raw) => {
        p.eventCount = -1
        return 'projection.eventCount is not a whole number'
      },
    ],
    [
      'a feature that is a list',
      (p: Raw) => {
        p.features['x"y'] = []
        return 'projection.features["x\\"y"] is not an object'
      },
    ],
    [
      'a recent summary',
      (p: Raw) => {
        p.recent[1].summary = null
        return 'projection.recent[1].summary is not a text'
      },
    ],
  ])('names where it is wrong: %s', (_, breakIt) => {
    const raw = stored()
    const expected = breakIt(raw)
    expect(checkProjection(raw)).toEqual({ problem: expected })
    // The next check, of a sound projection, is not left in the slower mode's state: same result as before.
    const again = checkProjection(stored())
    expect('problem' in again).toBe(false)
  })
})
