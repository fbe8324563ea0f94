/**
 * The one function every sink uses for text it did not write itself (branch
 * names, paths, commit messages, command output, JUnit text, reasons): logs,
 * annotations, job summaries, outputs, views, pull request bodies and
 * comments, CLI output.
 *
 * - ANSI escape sequences (colours, cursor moves, OSC titles and links) are removed.
 * - Every line break (`\r\n`, a lone `\r`, `\n`, U+0085, U+2028, U+2029) becomes `\n`
 *   when lines are kept, else a space: the runner splits lines on a lone `\r` too,
 *   so `x\r::warning::y` would otherwise start a workflow command.
 * - Bidirectional controls (which reorder what a reader sees) and every other
 *   control character except the tab become U+FFFD, visible as �.
 * - A line that the runner would read as a workflow command (`::name::` after
 *   leading blanks, which the runner trims) or a legacy `##[` command gets a
 *   zero-width space in front of the marker, so it is printed, not obeyed.
 */

import { ANSI_ESCAPE, BIDI, C0, C1, DEL, LINE_BREAK_CHARS, LINE_SEPARATORS, ZERO_WIDTH_SPACE, charPattern, unicodeEscape } from './controls'

const LINE_BREAK = new RegExp(`\\r\\n|${charPattern([LINE_BREAK_CHARS]).source}`, 'g')
// Tab and line feed are kept; the other breaks are gone by the time this applies.
const UNSAFE = charPattern([C0, DEL, C1, BIDI], { except: '\t\n', flags: 'g' })
const COMMAND_LINE = /^(\s*)(::|##\[)/

export interface NeutralizeOptions {
  /** Keep line breaks (as `\n`); default: one line, breaks become spaces. */
  multiline?: boolean
}

export function neutralize(text: string, options: NeutralizeOptions = {}): string {
  const lines = String(text)
    .replace(ANSI_ESCAPE, '')
    .replace(LINE_BREAK, options.multiline ? '\n' : ' ')
    .replace(UNSAFE, '\uFFFD')
    .split('\n')
  return lines.map((line) => line.replace(COMMAND_LINE, `$1${ZERO_WIDTH_SPACE}$2`).replace(/##\[/g, `#${ZERO_WIDTH_SPACE}#[`)).join('\n')
}

/** Characters JSON leaves raw that would still break or reorder a line where the JSON is shown. */
const JSON_UNSAFE = charPattern([DEL, C1, BIDI, LINE_SEPARATORS], { flags: 'g' })

/**
 * JSON text (an output, `--json`) with the characters above, and the `#` of
 * a legacy `##[` command, written as `\uXXXX` escapes: the same value for a
 * parser, harmless on a screen or in a later step's log.
 */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, unicodeEscape).replace(/##\[/g, '#\\u0023[')
}
