/** One line of a markdown file and where it sits in the original text. */
export interface SourceLine {
  /** 1-based. */
  number: number
  /** The line without its ending (`\n` or `\r\n`). */
  content: string
  /** Offset of the first character of `content` in the text. */
  start: number
  /** True when the line is inside a fenced code block (the fence lines included). */
  fenced: boolean
}

// An opening fence: up to any indentation (fences inside list items are
// indented), three or more backticks or tildes, then an info string. A
// backtick fence's info string cannot itself contain a backtick.
const OPENING_FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/

/**
 * Splits markdown into lines, marking those inside fenced code blocks. The
 * fence rules follow CommonMark closely enough for tasks.md: a block closes at
 * a fence of the same character that is at least as long and has nothing but
 * spaces after it; an unclosed block runs to the end of the file.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = []
  let fence: { char: string; length: number } | undefined
  let start = 0
  let number = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    // A final newline ends the last line; it does not start an empty one.
    if (newline === -1 && start === text.length && number > 0) break
    let content = text.slice(start, end)
    if (content.endsWith('\r')) content = content.slice(0, -1)
    number++
    if (number === 1 && content.startsWith('\uFEFF')) {
      content = content.slice(1)
      start += 1
    }
    let fenced = fence !== undefined
    if (fence) {
      const closing = content.match(/^[ \t]*(`{3,}|~{3,})[ \t]*$/)
      if (closing && closing[1][0] === fence.char && closing[1].length >= fence.length) fence = undefined
    } else {
      const opening = content.match(OPENING_FENCE)
      if (opening && !(opening[1][0] === '`' && opening[2].includes('`'))) {
        fence = { char: opening[1][0], length: opening[1].length }
        fenced = true
      }
    }
    lines.push({ number, content, start, fenced })
    if (newline === -1) break
    start = newline + 1
  }
  return lines
}
