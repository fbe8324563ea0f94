import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import type { Git } from '../git/git'
import { StateError } from '../errors'

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
    const eol = stdout.indexOf(0x0a, pos)
    if (eol < 0) throw new StateError(`git cat-file --batch ended early, before ${JSON.stringify(spec)}`)
    // "<oid> <type> <size>", or "<name> missing" / "<name> ambiguous" when there is no such object.
    const header = stdout.toString('latin1', pos, eol)
    pos = eol + 1
    const s1 = header.indexOf(' ')
    const s2 = header.indexOf(' ', s1 + 1)
    const size = s2 > 0 ? Number(header.slice(s2 + 1)) : NaN
    const oid = header.slice(0, s1)
    if ((s1 !== 40 && s1 !== 64) || !Number.isSafeInteger(size) || !/^[0-9a-f]+$/.test(oid)) {
      results.push({ spec, missing: true })
      continue
    }
    results.push({ spec, missing: false, oid, type: header.slice(s1 + 1, s2), content: stdout.subarray(pos, pos + size) })
    pos += size + 1
  }
  return results
}

/** Above this many objects, output goes through a temporary file (see `execToBuffer`). */
const LARGE_BATCH = 256

/**
 * Runs git with stdout sent to a temporary file, then reads the file: for
 * outputs of megabytes, which git writes in small pieces that cost far more
 * to read from a pipe one by one.
 */
export async function execToBuffer(git: Git, args: readonly string[], input?: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'orch-out-'))
  const file = join(dir, 'stdout')
  const handle = await open(file, 'w+')
  try {
    await git.execBuffer(args, { input, stdoutFd: handle.fd })
    return await readFile(file)
  } finally {
    await handle.close()
    await rm(dir, { recursive: true, force: true })
  }
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
    const dir = await mkdtemp(join(tmpdir(), 'orch-objects-'))
    try {
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
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
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
