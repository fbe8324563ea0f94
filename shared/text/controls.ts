/**
 * The character classes that hide, reorder or break text, defined once. Every
 * neutraliser, validator and escaper builds its pattern from these, so a call
 * site names the classes it means instead of writing a range by hand (and a
 * range cannot be wrong in one place only).
 */

/** Inclusive code point ranges. */
export type CharClass = readonly (readonly [number, number])[]

/** C0 controls, U+0000-U+001F (tab and line breaks included: use `except` to keep them). */
export const C0: CharClass = [[0x00, 0x1f]]
/** DEL. */
export const DEL: CharClass = [[0x7f, 0x7f]]
/** C1 controls, U+0080-U+009F: NEL and the 8-bit CSI among them. */
export const C1: CharClass = [[0x80, 0x9f]]
/** Bidirectional marks, embeddings, overrides and isolates: they reorder what a reader sees. */
export const BIDI: CharClass = [
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
]
/** U+2028 and U+2029, which JavaScript, editors and some renderers treat as line breaks. */
export const LINE_SEPARATORS: CharClass = [[0x2028, 0x2029]]
/** Zero-width and invisible format characters (spaces, joiners, invisible operators, BOM). */
export const ZERO_WIDTH: CharClass = [
  [0x200b, 0x200d],
  [0x2060, 0x206f],
  [0xfeff, 0xfeff],
]
/** Soft hyphen and Mongolian vowel separator: invisible in most fonts. */
export const SOFT_MARKS: CharClass = [
  [0x00ad, 0x00ad],
  [0x180e, 0x180e],
]

/** Every line break: LF, CR, NEL and the Unicode line and paragraph separators. */
export const LINE_BREAK_CHARS: CharClass = [[0x0a, 0x0a], [0x0d, 0x0d], [0x85, 0x85], ...LINE_SEPARATORS]

/** ESC, which starts every ANSI sequence. */
export const ESC = '\u001b'
/** Control Sequence Introducer: colours (`CSI 31m`), erasing a line (`CSI K`). */
export const CSI = `${ESC}[`
/** ANSI escape sequences: CSI (7- and 8-bit), OSC (titles, links) and the two-character escapes. Global: for `replace` only. */
export const ANSI_ESCAPE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g

/** Put where a marker (`@name`, `::command`) must show but not act. */
export const ZERO_WIDTH_SPACE = '\u200b'

const hex4 = (n: number) => n.toString(16).padStart(4, '0')

/** The body of a bracket expression for `classes`, without the characters in `except`. */
function classBody(classes: readonly CharClass[], except: string): string {
  const kept = new Set(Array.from(except, (c) => c.codePointAt(0)!))
  const parts: string[] = []
  const add = (from: number, to: number) => {
    if (from <= to) parts.push(from === to ? `\\u${hex4(from)}` : `\\u${hex4(from)}-\\u${hex4(to)}`)
  }
  for (const [from, to] of classes.flat()) {
    let start = from
    for (let c = from; c <= to; c++) {
      if (!kept.has(c)) continue
      add(start, c - 1)
      start = c + 1
    }
    add(start, to)
  }
  return parts.join('')
}

/** A pattern matching one character of any of `classes`, except those in `except`. */
export function charPattern(classes: readonly CharClass[], options: { except?: string; flags?: string } = {}): RegExp {
  return new RegExp(`[${classBody(classes, options.except ?? '')}]`, options.flags ?? '')
}

/** `\uXXXX`, the escape JSON and JavaScript read back as the same character. */
export function unicodeEscape(c: string): string {
  return `\\u${hex4(c.charCodeAt(0))}`
}
