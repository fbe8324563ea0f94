import { GitError, StateError } from '../errors'
import type { Git } from './git'
import { execToBuffer } from './temp-output'

/**
 * The one reader of `git cat-file --batch` output: many objects with one
 * process. Callers differ only in how names are sent (lines, or NUL-ended
 * with `-z` when paths may hold any byte) and in what they keep.
 */

export type BatchResult = { spec: string; missing: true } | { spec: string; missing: false; oid: string; type: string; content: Buffer }

const OBJECT_TYPES = new Set(['blob', 'tree', 'commit', 'tag'])
const MAX_SIZE = Number.MAX_SAFE_INTEGER / 10 - 10
const EMPTY = Buffer.alloc(0)
/** Above this many objects, output goes through a temporary file (see `execToBuffer`). */
const LARGE_BATCH = 256

/**
 * One record of `cat-file --batch` output at `pos`: the header
 * `<oid> <type> <size>[ <rest>]` and the content, or `<name> missing` (or
 * ambiguous). Null while the header line is incomplete; `next` beyond the
 * buffer while the content is.
 */
export function readBatchRecord(buffer: Buffer, pos: number): { result: BatchResult; next: number } | null {
  const eol = buffer.indexOf(0x0a, pos)
  if (eol < 0) return null
  // Read in place: this runs for every object of a rebuild.
  const s1 = buffer.indexOf(0x20, pos)
  const s2 = s1 < 0 || s1 > eol ? -1 : buffer.indexOf(0x20, s1 + 1)
  let size = -1
  if (s2 > 0 && s2 < eol && (s1 - pos === 40 || s1 - pos === 64)) {
    size = 0
    for (let i = s2 + 1; i < eol && buffer[i] !== 0x20; i++) {
      const digit = buffer[i]! - 0x30
      if (digit < 0 || digit > 9 || size > MAX_SIZE) {
        size = -1
        break
      }
      size = size * 10 + digit
    }
  }
  const type = size >= 0 ? buffer.toString('latin1', s1 + 1, s2) : ''
  if (!OBJECT_TYPES.has(type)) {
    // "<name> missing" (or ambiguous): the name is all but the last word.
    const header = buffer.toString('latin1', pos, eol)
    const last = header.lastIndexOf(' ')
    return { result: { spec: last < 0 ? header : header.slice(0, last), missing: true }, next: eol + 1 }
  }
  const oid = buffer.toString('latin1', pos, s1)
  const next = eol + 1 + size + 1
  const content = next <= buffer.length ? buffer.subarray(eol + 1, eol + 1 + size) : EMPTY
  return { result: { spec: oid, missing: false, oid, type, content }, next }
}

/**
 * `git cat-file --batch` for many object names (`<oid>` or `<rev>:<path>`) in
 * one process. Results come back in input order; bytes stay bytes.
 */
export async function catFileBatch(git: Git, specs: readonly string[]): Promise<BatchResult[]> {
  if (specs.length === 0) return []
  for (const spec of specs) {
    if (/[\n\r]/.test(spec)) throw new StateError(`object name ${JSON.stringify(spec)} contains a line break`)
  }
  const args = ['cat-file', '--batch', '--buffer']
  const input = `${specs.join('\n')}\n`
  const stdout = specs.length > LARGE_BATCH ? await execToBuffer(git, args, input) : (await git.execBuffer(args, { input })).stdout
  const results: BatchResult[] = []
  let pos = 0
  for (const spec of specs) {
    const record = readBatchRecord(stdout, pos)
    if (!record || record.next > stdout.length) throw new StateError(`git cat-file --batch ended early, before ${JSON.stringify(spec)}`)
    results.push(record.result.missing ? { spec, missing: true } : { ...record.result, spec })
    pos = record.next
  }
  return results
}

const Z_ARGS = ['cat-file', '--batch', '-z']
const NUL = Buffer.from([0])
const MISSING = [Buffer.from(' missing\n'), Buffer.from(' ambiguous\n')]

/**
 * Reads many objects with one `git cat-file --batch -z` process (names are
 * NUL-terminated, so paths in `<tree>:<path>` may hold any byte; a name given
 * as a Buffer is passed as those bytes). Returns the blobs' contents in
 * request order; null for a missing object or one that is not a blob.
 */
export async function readObjects(git: Git, names: readonly (string | Buffer)[]): Promise<(Buffer | null)[]> {
  if (names.length === 0) return []
  const raw = names.map((n) => (typeof n === 'string' ? Buffer.from(n, 'utf8') : n))
  const input = Buffer.concat(raw.flatMap((n) => [n, NUL]))
  const { stdout } = await git.execBuffer(Z_ARGS, { input })
  const out: (Buffer | null)[] = []
  let pos = 0
  for (const name of raw) {
    // A name may hold a line break, so "<name> missing" is matched whole, not read up to the first one.
    const word = stdout.subarray(pos, pos + name.length).equals(name)
      ? MISSING.find((w) => stdout.subarray(pos + name.length, pos + name.length + w.length).equals(w))
      : undefined
    if (word) {
      out.push(null)
      pos += name.length + word.length
      continue
    }
    const record = readBatchRecord(stdout, pos)
    if (!record || record.result.missing || record.next > stdout.length)
      throw new GitError(`unexpected git cat-file output for ${JSON.stringify(name.toString('utf8'))}`, Z_ARGS, '', 0)
    out.push(record.result.type === 'blob' ? record.result.content : null)
    pos = record.next
  }
  return out
}

/** The contents of blobs that must all exist (by id), with one `git cat-file --batch`. */
export async function readBlobs(git: Git, oids: readonly string[]): Promise<Buffer[]> {
  const { stdout } = await git.execBuffer(['cat-file', '--batch'], { input: oids.join('\n') + '\n' })
  let at = 0
  return oids.map(() => {
    const record = readBatchRecord(stdout, at)
    if (!record || record.result.missing || record.result.type !== 'blob' || record.next > stdout.length) {
      const header = stdout.subarray(at, stdout.indexOf(10, at)).toString('utf8')
      throw new Error(`git cat-file --batch: unexpected header ${JSON.stringify(header.slice(0, 120))}`)
    }
    at = record.next
    return record.result.content
  })
}

/** Each object's type (`commit`, `blob`...), or what git said instead (`<oid> missing`), with one `--batch-check`. */
export async function objectTypes(git: Git, oids: readonly string[]): Promise<string[]> {
  const { stdout } = await git.exec(['cat-file', '--batch-check=%(objecttype)'], { input: oids.join('\n') + '\n' })
  const lines = stdout.split('\n')
  return oids.map((_, i) => lines[i] ?? '')
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
