import { BIDI, C1, LINE_SEPARATORS, ZERO_WIDTH, charPattern, unicodeEscape } from './controls'
// JSON.stringify has escaped C0 already; these would still hide or reorder the message.
const HIDDEN_AFTER_JSON = charPattern([C1, BIDI, LINE_SEPARATORS, ZERO_WIDTH], { flags: 'g' })

/** Shows a value safely inside an error message: control characters become escapes. */
export function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value
  return JSON.stringify(shown).replace(HIDDEN_AFTER_JSON, unicodeEscape)
}

/** The longest path Linux takes (PATH_MAX): a path is shown whole up to it, since a cut path names no file. */
const PATH_MAX = 4096

/** Shows a file path safely inside an error message, whole (quote cuts at 80 characters, which loses the file's name). */
export function quotePath(path: string): string {
  const shown = path.length > PATH_MAX ? `${path.slice(0, PATH_MAX - 3)}...` : path
  return JSON.stringify(shown).replace(HIDDEN_AFTER_JSON, unicodeEscape)
}

/** Any value from a configuration file or input, shown as its JSON (or its string form when JSON has none), quoted. */
export function quoteValue(value: unknown): string {
  return quote(JSON.stringify(value) ?? String(value))
}
