import { BIDI, C0, C1, DEL, LINE_SEPARATORS, charPattern } from '../text/controls'
/**
 * Paths as git stores them are bytes, not text: any byte but NUL and "/" may
 * be in a name, including line breaks and bytes that are not UTF-8. The
 * engine carries them as "byte strings" (latin1: one character per byte) and
 * turns them into something a report, an event and a reader can hold here.
 */
export interface DisplayedPath {
  /** The path itself when it is plain UTF-8 text, else git's quoted form ("a\nb", "caf\303"). */
  path: string
  /** The exact bytes, base64, present only when `path` is the quoted form: it round-trips. */
  pathBase64?: string
}

// Line breaks (C0, NEL and the rest of C1, U+2028/9), DEL, and the bidi controls that reorder what a reader sees.

// (The Arabic letter mark, U+061C, has never been among them: kept so, as paths already recorded show.)
const NEEDS_QUOTING = charPattern([C0, DEL, C1, LINE_SEPARATORS, BIDI], { except: '\u061c' })

/** A byte string (latin1) as displayed text; see DisplayedPath. */
export function displayPath(bytes: string): DisplayedPath {
  const raw = Buffer.from(bytes, 'latin1')
  const text = raw.toString('utf8')
  if (!NEEDS_QUOTING.test(text) && Buffer.from(text, 'utf8').equals(raw)) return { path: text }
  return { path: gitQuote(raw), pathBase64: raw.toString('base64') }
}

const ESCAPES: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 34: '"', 92: '\\' }

/**
 * git's C-style quoting with core.quotePath on (its default), as in
 * `git diff --name-only` or `git status`: in double quotes, with \n, \t, \"
 * and \\ style escapes and every other control byte or byte of 0x80 and above
 * as three octal digits.
 */
export function gitQuote(bytes: Buffer): string {
  let out = '"'
  for (const b of bytes) {
    const escape = ESCAPES[b]
    if (escape) out += `\\${escape}`
    else if (b < 0x20 || b >= 0x7f) out += `\\${b.toString(8).padStart(3, '0')}`
    else out += String.fromCharCode(b)
  }
  return `${out}"`
}

/** The bytes of a displayed path: from base64 when the path was quoted, else its UTF-8. */
export function pathBytes(p: DisplayedPath): Buffer {
  return p.pathBase64 === undefined ? Buffer.from(p.path, 'utf8') : Buffer.from(p.pathBase64, 'base64')
}

/** A latin1 byte string of UTF-8 text (messages git wrote) as text. */
export function decodeBytes(bytes: string): string {
  return Buffer.from(bytes, 'latin1').toString('utf8')
}
