import { describe, expect, it } from '@jest/globals'
import { parseArgv } from '../../shared/cli/argv'
import { InputError } from '../../shared/errors'
import { OptionSpec, parseOptions } from '../../shared/options/options'

const specs: OptionSpec[] = [
  { name: 'spec-id', type: 'string', description: 'Spec.', required: true, positional: 0 },
  { name: 'implementors', type: 'integer', description: 'How many.', default: '3', min: 1, max: 20 },
  { name: 'dry-run', type: 'boolean', description: 'Dry.', default: 'false' },
  { name: 'labels', type: 'list', description: 'Labels.' },
  { name: 'scope', type: 'string', description: 'Scope.', choices: ['feature', 'all'], default: 'feature' },
]

describe('option parsing shared by inputs and flags', () => {
  it('applies defaults and converts types', () => {
    const v = parseOptions(specs, { 'spec-id': '004-x', labels: 'a, b\nc' }, 'input')
    expect(v.int('implementors')).toBe(3)
    expect(v.bool('dry-run')).toBe(false)
    expect(v.list('labels')).toEqual(['a', 'b', 'c'])
    expect(v.string('scope')).toBe('feature')
  })
  it.each<[Record<string, string>, 'input' | 'flag', RegExp]>([
    [{ 'spec-id': '004-x', implementors: '21' }, 'input', /input "implementors" is "21": expected a whole number from 1 to 20/],
    [{ 'spec-id': '004-x', implementors: 'three' }, 'input', /input "implementors" is "three"/],
    [{ 'spec-id': '004-x', implementors: '0' }, 'flag', /--implementors is "0": expected a whole number from 1 to 20/],
    [{ 'spec-id': '004-x', 'dry-run': 'maybe' }, 'input', /input "dry-run" is "maybe": expected true or false/],
    [{ 'spec-id': '004-x', scope: 'every' }, 'input', /input "scope" is "every": expected one of feature, all/],
    [{}, 'input', /input "spec-id" is required/],
    [{ 'spec-id': '004-x', nope: '1' }, 'input', /unknown input "nope"/],
  ])('refuses %j', (raw, source, message) => {
    expect(() => parseOptions(specs, raw, source)).toThrow(InputError)
    expect(() => parseOptions(specs, raw, source)).toThrow(message)
  })
  it('parses argv with positionals, =values, booleans and --no-', () => {
    const p = parseArgv(['004-x', '--implementors=5', '--dry-run', '--labels', 'a,b', '--json'], specs, 'init-feature')
    expect(p.values).toEqual({ 'spec-id': '004-x', implementors: '5', 'dry-run': true, labels: 'a,b' })
    expect(p.json).toBe(true)
    expect(parseArgv(['--no-dry-run', '--spec-id', '001-a'], specs, 'x').values).toEqual({ 'dry-run': false, 'spec-id': '001-a' })
    expect(() => parseArgv(['--bogus'], specs, 'init-feature')).toThrow(/init-feature: unknown option "--bogus"/)
    expect(() => parseArgv(['a', 'b'], specs, 'init-feature')).toThrow(/unexpected argument "b"/)
    expect(() => parseArgv(['--implementors'], specs, 'init-feature')).toThrow(/--implementors needs a value/)
  })
})
