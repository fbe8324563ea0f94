import { createHash } from 'node:crypto'
import type { Git } from '../../git/git'
import { StateError } from '../../errors'
import { storePack } from '../../git/objects'
import { indexedPackOf } from '../../git/pack'

/** Object plumbing for the state store: tree parsing, blob and tree writes. */

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
 * Collects new objects and computes their ids in-process (so trees and the
 * commit can be built before anything is written), then writes them all as
 * one pack built here, with the index `git index-pack` would write for it
 * (byte for byte: test/foundations/pack-index.test.ts), whatever their number
 * and types, and no git process. The ids are git's (hash-object's, checked by
 * the tests with fsck); a remote indexes what it receives itself, so an id
 * computed wrongly could never reach the branch: the push would be refused.
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
    const objects = [...this.pending].map(([oid, o]) => ({ ...o, oid }))
    this.pending.clear()
    if (objects.length) await storePack(this.git, indexedPackOf(objects, this.algorithm))
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
