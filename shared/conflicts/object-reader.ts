import { GitError } from '../errors'
import type { Git } from '../git/git'

const ARGS = ['cat-file', '--batch', '-z']
const HEADER_RE = /^[0-9a-f]{40,64} (\w+) (\d+)$/

/**
 * Reads many objects with one `git cat-file --batch -z` process (names are
 * NUL-terminated, so paths in `<tree>:<path>` may hold any character).
 * Returns the contents in request order; null for a missing object.
 */
export async function readObjects(git: Git, names: readonly string[]): Promise<(Buffer | null)[]> {
  if (names.length === 0) return []
  const input = Buffer.from(names.map((n) => `${n}\0`).join(''), 'utf8')
  const { stdout } = await git.execBuffer(ARGS, { input })
  const out: (Buffer | null)[] = []
  let pos = 0
  for (const name of names) {
    const missing = Buffer.from(`${name} missing\n`, 'utf8')
    const ambiguous = Buffer.from(`${name} ambiguous\n`, 'utf8')
    if (stdout.subarray(pos, pos + missing.length).equals(missing)) {
      out.push(null)
      pos += missing.length
      continue
    }
    if (stdout.subarray(pos, pos + ambiguous.length).equals(ambiguous)) {
      out.push(null)
      pos += ambiguous.length
      continue
    }
    const eol = stdout.indexOf(0x0a, pos)
    const header = HEADER_RE.exec(stdout.subarray(pos, eol < 0 ? stdout.length : eol).toString('latin1'))
    if (eol < 0 || !header) throw new GitError(`unexpected git cat-file output for ${JSON.stringify(name)}`, ARGS, '', 0)
    const size = Number(header[2])
    out.push(header[1] === 'blob' ? stdout.subarray(eol + 1, eol + 1 + size) : null)
    pos = eol + 1 + size + 1
  }
  return out
}
