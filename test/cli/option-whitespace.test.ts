import { afterAll, describe, expect, it } from '@jest/globals'
import { InputError } from '../../shared/errors'
import { parseOptions, type OptionSpec } from '../../shared/options/options'
import { runCliProcess } from '../support/cli'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp } from '../support/repo'

afterAll(cleanupTemp)

const specs: OptionSpec[] = [
  { name: 'spec-id', type: 'string', description: 'Spec.', required: true },
  { name: 'labels', type: 'list', description: 'Labels.' },
  { name: 'implementors', type: 'integer', description: 'How many.', min: 1, max: 20 },
]

/** Characters that look like nothing or like a space, and that String.prototype.trim() would silently remove (or keep). */
const INVISIBLE_EDGES: Array<[string, string]> = [
  ['\u00a0', 'U+00A0'], // no-break space
  ['\u2003', 'U+2003'], // em space
  ['\u3000', 'U+3000'], // ideographic space
  ['\u202f', 'U+202F'], // narrow no-break space
  ['\ufeff', 'U+FEFF'], // byte order mark
  ['\u200b', 'U+200B'], // zero-width space (trim keeps it)
  ['\u2028', 'U+2028'], // line separator
]

describe('a value starting or ending in Unicode whitespace is refused, not trimmed', () => {
  it.each(INVISIBLE_EDGES)('an input or flag with %j at either end is refused, naming the code point', (char, code) => {
    for (const source of ['input', 'flag'] as const) {
      for (const value of [`${SPEC}${char}`, `${char}${SPEC}`]) {
        const parse = () => parseOptions(specs, { 'spec-id': value }, source)
        expect(parse).toThrow(InputError)
        expect(parse).toThrow(new RegExp(`(starts|ends) with ${code.replace('+', '\\+')}.*remove it`))
      }
    }
    expect(() => parseOptions(specs, { 'spec-id': SPEC, labels: `a, b${char}` }, 'input')).toThrow(`ends with ${code}`)
    expect(() => parseOptions(specs, { 'spec-id': SPEC, implementors: `2${char}` }, 'input')).toThrow(`ends with ${code}`)
  })

  it('plain spaces, tabs and line breaks around a value are still ignored (what YAML and shells leave)', () => {
    const v = parseOptions(specs, { 'spec-id': ` \t${SPEC}\n`, labels: ' a ,\tb\n', implementors: ' 2\n' }, 'input')
    expect([v.string('spec-id'), v.list('labels'), v.int('implementors')]).toEqual([SPEC, ['a', 'b'], 2])
  })

  it('through the CLI bundle: init-feature with a spec id ending in a no-break space exits 2 and creates nothing', async () => {
    const repo = await makeFeatureRepo()
    const before = await repo.git.lsRemote('origin')
    const r = await runCliProcess(['init-feature', `${SPEC}\u00a0`, '--implementors', '1'], repo.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('ends with U+00A0 (a no-break space)')
    expect(r.stderr).toContain('"004-user-auth\u00a0"')
    const remote = await runCliProcess(['init-feature', SPEC, '--remote', '\u3000origin', '--dry-run'], repo.dir)
    expect([remote.code, remote.stderr]).toEqual([2, expect.stringContaining('--remote is "\u3000origin": it starts with U+3000')])
    expect(await repo.git.lsRemote('origin')).toEqual(before)
  })
})
