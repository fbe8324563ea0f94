import { describe, expect, it } from '@jest/globals'
import { BIDI, C0, C1, DEL, LINE_BREAK_CHARS, charPattern, unicodeEscape } from '../../shared/text/controls'

// The classes every neutraliser and validator is built from: their bounds, and that `except` cuts exactly what it names.
describe('text/controls', () => {
  it('writes a class as the ranges it covers', () => {
    expect(charPattern([C0, DEL, C1]).source).toBe('[\\u0000-\\u001f\\u007f\\u0080-\\u009f]')
    expect(charPattern([LINE_BREAK_CHARS]).source).toBe('[\\u000a\\u000d\\u0085\\u2028-\\u2029]')
  })

  it('leaves out the characters of `except`, splitting a range around them', () => {
    const p = charPattern([C0, DEL, C1, BIDI], { except: '\t\n\r\u061c' })
    for (const kept of ['\t', '\n', '\r', '\u061c', ' ', 'a', '\u00a0']) expect(p.test(kept)).toBe(false)
    for (const hit of [
      '\u0000',
      '\u0008',
      '\u000b',
      '\u000c',
      '\u000e',
      '\u001f',
      '\u007f',
      '\u0085',
      '\u009f',
      '\u200e',
      '\u202e',
      '\u2069',
    ])
      expect(p.test(hit)).toBe(true)
  })

  it('escapes a character as JSON reads it back', () => {
    expect(unicodeEscape('\u202e')).toBe('\\u202e')
    expect(JSON.parse(`"${unicodeEscape('\u0085')}"`)).toBe('\u0085')
  })
})
