import { StringDecoder } from 'node:string_decoder'

import { neutralize } from '../text/neutralize'

/** One line of command output made safe: colour codes gone, controls and bidi overrides visible, no line break left. */
export function stripAnsi(text: string): string {
  return neutralize(text.replace(/\r$/, ''))
}

/**
 * The last `maxLines` lines of a command's output, each at most
 * `maxLineLength` characters: memory stays bounded however much a command
 * prints.
 */
export class OutputTail {
  private readonly lines: string[] = []
  private droppedLines = 0

  constructor(
    private readonly maxLines: number,
    private readonly maxLineLength = 500,
  ) {}

  push(line: string): void {
    const clean = stripAnsi(line).replace(/\r$/, '')
    this.lines.push(clean.length > this.maxLineLength ? `${clean.slice(0, this.maxLineLength - 3)}...` : clean)
    if (this.lines.length > this.maxLines) {
      this.lines.shift()
      this.droppedLines++
    }
  }

  /** Lines that fell off the front. */
  get dropped(): number {
    return this.droppedLines
  }

  text(): string {
    return this.lines.join('\n')
  }
}

/**
 * Cuts a byte stream into lines (UTF-8 safe across chunk boundaries). A line
 * longer than `maxLineBytes` is emitted in pieces, so one endless line cannot
 * fill memory.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8')
  private partial = ''

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLineBytes = 16 * 1024,
  ) {}

  write(chunk: Buffer): void {
    const text = this.partial + this.decoder.write(chunk)
    const parts = text.split('\n')
    this.partial = parts.pop() ?? ''
    for (const line of parts) this.onLine(line)
    while (this.partial.length > this.maxLineBytes) {
      this.onLine(this.partial.slice(0, this.maxLineBytes))
      this.partial = this.partial.slice(this.maxLineBytes)
    }
  }

  end(): void {
    const rest = this.partial + this.decoder.end()
    this.partial = ''
    if (rest !== '') this.onLine(rest)
  }
}
