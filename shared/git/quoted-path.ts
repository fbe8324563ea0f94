/** git's escapes in a quoted path (core.quotePath), as the byte each stands for. */
const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 }

/**
 * A path as git prints it (`ls-tree`, a patch header): in double quotes with
 * C escapes ("caf\303\251") when it holds unusual bytes, else as it is.
 * Paths are bytes, so the text is read and written in one encoding: 'utf8'
 * for text, 'latin1' for byte strings (one character per byte, see
 * conflicts/raw-path.ts), which keep any byte sequence unchanged.
 */
export function unquoteGitPath(quoted: string, encoding: 'utf8' | 'latin1' = 'utf8'): string {
  if (quoted.charCodeAt(0) !== 0x22 || quoted.length < 2 || !quoted.endsWith('"')) return quoted
  const body = Buffer.from(quoted.slice(1, -1), encoding)
  const bytes: number[] = []
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== 0x5c) {
      bytes.push(body[i]!)
      continue
    }
    const next = String.fromCharCode(body[i + 1]!)
    if (next in C_ESCAPES) {
      bytes.push(C_ESCAPES[next]!)
      i += 1
    } else {
      bytes.push(parseInt(body.toString('latin1', i + 1, i + 4), 8))
      i += 3
    }
  }
  return Buffer.from(bytes).toString(encoding)
}
