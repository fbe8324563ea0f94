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

const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const COMMAND_LINE = /^(\s*)(::|##\[)/
const ZERO_WIDTH_SPACE = '\u200b'

export interface NeutralizeOptions {
  /** Keep line breaks (as `\n`); default: one line, breaks become spaces. */
  multiline?: boolean
}

export function neutralize(text: string, options: NeutralizeOptions = {}): string {
  const lines = String(text)
    .replace(ANSI, '')
    .replace(LINE_BREAK, options.multiline ? '\n' : ' ')
    .replace(UNSAFE, '\uFFFD')
    .split('\n')
  return lines.map((line) => line.replace(COMMAND_LINE, `$1${ZERO_WIDTH_SPACE}$2`).replace(/##\[/g, `#${ZERO_WIDTH_SPACE}#[`)).join('\n')
}

/** Characters JSON leaves raw that would still break or reorder a line where the JSON is shown. */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/**
 * JSON text (an output, `--json`) with the characters above, and the `#` of
 * a legacy `##[` command, written as `\uXXXX` escapes: the same value for a
 * parser, harmless on a screen or in a later step's log.
 */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/##\[/g, '#\\u0023[')
}
