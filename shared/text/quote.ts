import { BIDI, C1, LINE_SEPARATORS, ZERO_WIDTH, charPattern, unicodeEscape } from './controls'
// JSON.stringify has escaped C0 already; these would still hide or reorder the message.
const HIDDEN_AFTER_JSON = charPattern([C1, BIDI, LINE_SEPARATORS, ZERO_WIDTH], { flags: 'g' })

/** Shows a value safely inside an error message: control characters become escapes. */
export function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value
  return JSON.stringify(shown).replace(HIDDEN_AFTER_JSON, unicodeEscape)
}

/** Any value from a configuration file or input, shown as its JSON (or its string form when JSON has none), quoted. */
export function quoteValue(value: unknown): string {
  return quote(JSON.stringify(value) ?? String(value))
}
