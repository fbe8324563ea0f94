import { GitError } from '../errors'
import type { Git } from '../git/git'

const ARGS = ['cat-file', '--batch', '-z']
const HEADER_RE = /^[0-9a-f]{40,64} (\w+) (\d+)$/
const NUL = Buffer.from([0])
const MISSING = Buffer.from(' missing\n')
const AMBIGUOUS = Buffer.from(' ambiguous\n')

/**
 * Reads many objects with one `git cat-file --batch -z` process (names are
 * NUL-terminated, so paths in `<tree>:<path>` may hold any byte; a name given
 * as a Buffer is passed as those bytes). Returns the contents in request
 * order; null for a missing object.
 */
export async function readObjects(git: Git, names: readonly (string | Buffer)[]): Promise<(Buffer | null)[]> {
  if (names.length === 0) return []
  const raw = names.map((n) => (typeof n === 'string' ? Buffer.from(n, 'utf8') : n))
  const input = Buffer.concat(raw.flatMap((n) => [n, NUL]))
  const { stdout } = await git.execBuffer(ARGS, { input })
  const out: (Buffer | null)[] = []
  let pos = 0
  for (const name of raw) {
    const missing = Buffer.concat([name, MISSING])
    const ambiguous = Buffer.concat([name, AMBIGUOUS])
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
    if (eol < 0 || !header) throw new GitError(`unexpected git cat-file output for ${JSON.stringify(name.toString('utf8'))}`, ARGS, '', 0)
    const size = Number(header[2])
    out.push(header[1] === 'blob' ? stdout.subarray(eol + 1, eol + 1 + size) : null)
    pos = eol + 1 + size + 1
  }
  return out
}

/** Sizes in bytes of many blobs with one `git cat-file --batch-check`; null for a missing object or one that is not a blob. */
export async function blobSizes(git: Git, oids: readonly string[]): Promise<(number | null)[]> {
  if (oids.length === 0) return []
  const { stdout } = await git.exec(['cat-file', '--batch-check=%(objecttype) %(objectsize)'], { input: oids.join('\n') + '\n' })
  const lines = stdout.split('\n')
  return oids.map((_, i) => {
    const m = /^blob (\d+)$/.exec(lines[i] ?? '')
    return m ? Number(m[1]) : null
  })
}
