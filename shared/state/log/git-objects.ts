import { setTimeout as sleep } from 'node:timers/promises'
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import type { Git } from '../../git/git'
import { StateError } from '../../errors'

/** Object plumbing for the state store: batch reads, tree parsing, blob and tree writes. */

export type BatchResult = { spec: string; missing: true } | { spec: string; missing: false; oid: string; type: string; content: Buffer }

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

/**
 * One record of `cat-file --batch` output at `pos`: the header
 * `<oid> <type> <size>[ <rest>]` and the content, or `<name> missing` (or
 * ambiguous). Null while the header line is incomplete; `next` beyond the
 * buffer while the content is.
 */
function readBatchRecord(buffer: Buffer, pos: number): { result: BatchResult; next: number } | null {
  const eol = buffer.indexOf(0x0a, pos)
  if (eol < 0) return null
  // Read in place: this runs for every object of a rebuild.
  const s1 = buffer.indexOf(0x20, pos)
  const s2 = s1 < 0 || s1 > eol ? -1 : buffer.indexOf(0x20, s1 + 1)
  let size = -1
  if (s2 > 0 && s2 < eol && (s1 - pos === 40 || s1 - pos === 64)) {
    size = 0
    for (let i = s2 + 1; i < eol && buffer[i] !== 0x20; i++) {
      const digit = buffer[i] - 0x30
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

const OBJECT_TYPES = new Set(['blob', 'tree', 'commit', 'tag'])
const MAX_SIZE = Number.MAX_SAFE_INTEGER / 10 - 10
const EMPTY = Buffer.alloc(0)
/** Bytes read at a time from a growing `cat-file` output. */
const FOLLOW_CHUNK = 1 << 20

export interface FollowOptions {
  /** Called once git runs: work done here overlaps with git's. */
  onStart?: () => void
  /** Every object, in the order of the listing. */
  onObject: (result: BatchResult, index: number) => void
}

/**
 * `git cat-file --batch` over a listing file whose lines start with an object
 * id (what follows the first space is ignored). Git writes into a temporary
 * file that is read while it grows, so objects are handled while git is still
 * reading the rest: neither side waits for the other, as a pipe would make
 * them (git writes each blob with separate calls, and a full pipe stops it).
 * Returns the number of objects.
 */
export async function followCatFile(git: Git, listFile: string, options: FollowOptions): Promise<number> {
  return withTempDir('orch-follow-', async (dir) => {
    const input = await open(listFile, 'r')
    const output = await open(join(dir, 'objects'), 'w+')
    let exited = false
    let failure: unknown
    const running = git
      .execBuffer(['cat-file', '--batch=%(objectname) %(objecttype) %(objectsize) %(rest)', '--buffer'], {
        stdinFd: input.fd,
        stdoutFd: output.fd,
      })
      .then(
        () => void (exited = true),
        (error: unknown) => void ((exited = true), (failure = error)),
      )
    try {
      options.onStart?.()
      let pending = EMPTY
      let position = 0
      let need = 0
      let count = 0
      for (;;) {
        // Seen before reading: when git had exited before this read, an empty read is the end.
        const finished = exited
        const chunk = Buffer.allocUnsafe(Math.max(FOLLOW_CHUNK, need - pending.length))
        const { bytesRead } = await output.read(chunk, 0, chunk.length, position)
        if (bytesRead === 0) {
          if (finished) break
          await Promise.race([running, sleep(2)])
          continue
        }
        position += bytesRead
        pending = pending.length ? Buffer.concat([pending, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead)
        let pos = 0
        need = 0
        for (;;) {
          const record = readBatchRecord(pending, pos)
          if (!record) break
          if (record.next > pending.length) {
            need = record.next - pos
            break
          }
          options.onObject(record.result, count++)
          pos = record.next
        }
        pending = pending.subarray(pos)
      }
      await running
      if (failure) throw failure
      if (pending.length) throw new StateError('git cat-file --batch stopped in the middle of an object')
      return count
    } finally {
      await running
      await input.close()
      await output.close()
    }
  })
}

/** Runs `fn` with a new private temporary folder, removed afterwards whatever happens. */
export async function withTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  try {
    return await fn(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Above this many objects, output goes through a temporary file (see `execToBuffer`). */
const LARGE_BATCH = 256

/** Runs git with stdout written to `file` (created or emptied). */
export async function runToFile(git: Git, args: readonly string[], file: string, input?: string): Promise<void> {
  const handle = await open(file, 'w')
  try {
    await git.execBuffer(args, { input, stdoutFd: handle.fd })
  } finally {
    await handle.close()
  }
}

/**
 * Runs git with stdout sent to a temporary file, then reads the file: for
 * outputs of megabytes, which git writes in small pieces that cost far more
 * to read from a pipe one by one.
 */
export async function execToBuffer(git: Git, args: readonly string[], input?: string): Promise<Buffer> {
  return withTempDir('orch-out-', async (dir) => {
    const file = join(dir, 'stdout')
    await runToFile(git, args, file, input)
    return readFile(file)
  })
}

export interface TreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  oid: string
  /** latin1, so that any byte sequence a name holds is written back unchanged. */
  name: string
}

/** Parses a raw tree object (`<mode> <name>\0<binary id>` entries). */
export function parseTree(content: Buffer, oidHexLength: number): TreeEntry[] {
  const idBytes = oidHexLength / 2
  const entries: TreeEntry[] = []
  let pos = 0
  while (pos < content.length) {
    const space = content.indexOf(0x20, pos)
    const nul = content.indexOf(0x00, space)
    if (space < 0 || nul < 0) throw new StateError('cannot parse a tree object of the state branch')
    const mode = content.toString('latin1', pos, space)
    const name = content.toString('latin1', space + 1, nul)
    const oid = content.toString('hex', nul + 1, nul + 1 + idBytes)
    pos = nul + 1 + idBytes
    entries.push({ mode, name, oid, type: mode === '40000' ? 'tree' : mode === '160000' ? 'commit' : 'blob' })
  }
  return entries
}

export type ObjectType = 'blob' | 'tree' | 'commit'

/**
 * Collects new objects, computes their ids in-process (so trees and the
 * commit can be built before anything is written) and writes them with one
 * `git hash-object --stdin-paths` per object type. Git checks the format of
 * each object and we check it agrees on every id.
 */
export class ObjectWriter {
  private readonly pending = new Map<string, { type: ObjectType; content: Buffer }>()

  constructor(
    private readonly git: Git,
    private readonly algorithm: 'sha1' | 'sha256',
  ) {}

  add(type: ObjectType, content: Buffer | string): string {
    const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    const oid = createHash(this.algorithm).update(`${type} ${body.length}\0`).update(body).digest('hex')
    this.pending.set(oid, { type, content: body })
    return oid
  }

  async flush(): Promise<void> {
    const byType = new Map<ObjectType, { oid: string; content: Buffer }[]>()
    for (const [oid, o] of this.pending) {
      if (!byType.has(o.type)) byType.set(o.type, [])
      byType.get(o.type)!.push({ oid, content: o.content })
    }
    this.pending.clear()
    if (byType.size === 0) return
    await withTempDir('orch-objects-', async (dir) => {
      await Promise.all(
        [...byType].map(async ([type, objects]) => {
          const files = objects.map((_, i) => join(dir, `${type}-${i}`))
          await Promise.all(objects.map((o, i) => writeFile(files[i], o.content)))
          const out = await this.git.run(['hash-object', '-w', '-t', type, '--no-filters', '--stdin-paths'], {
            input: `${files.join('\n')}\n`,
          })
          const ids = out.split('\n')
          objects.forEach((o, i) => {
            if (ids[i] !== o.oid)
              throw new StateError(`git stored a ${type} as ${ids[i] ?? 'nothing'} where ${o.oid} was computed; state not written`)
          })
        }),
      )
    })
  }
}

/** A raw tree object: entries in git's order (a folder sorts as if its name ended with "/"). */
export function treeContent(entries: Iterable<TreeEntry>): Buffer {
  const sortName = (e: TreeEntry) => Buffer.from(e.type === 'tree' ? `${e.name}/` : e.name, 'latin1')
  const sorted = [...entries].sort((a, b) => Buffer.compare(sortName(a), sortName(b)))
  const parts: Buffer[] = []
  for (const e of sorted) {
    parts.push(Buffer.from(`${e.mode} `, 'latin1'), Buffer.from(e.name, 'latin1'), Buffer.from([0]), Buffer.from(e.oid, 'hex'))
  }
  return Buffer.concat(parts)
}

export interface CommitFields {
  tree: string
  parents: string[]
  identity: { name: string; email: string }
  /** Seconds since the epoch. */
  seconds: number
  message: string
}

/** A raw commit object, author and committer alike, in UTC. */
export function commitContent(c: CommitFields): string {
  const who = `${c.identity.name} <${c.identity.email}> ${c.seconds} +0000`
  return [`tree ${c.tree}`, ...c.parents.map((p) => `parent ${p}`), `author ${who}`, `committer ${who}`, '', c.message, ''].join('\n')
}
