import { createHash } from 'node:crypto'
import { deflateSync } from 'node:zlib'

/** The object types a pack of new objects holds (no deltas: each object whole). */
export type PackObjectType = 'commit' | 'tree' | 'blob'

const TYPE_CODE: Record<PackObjectType, number> = { commit: 1, tree: 2, blob: 3 }

/**
 * A version 2 pack of whole objects, as `git index-pack --stdin` reads it: the
 * header, each object's type and size followed by its deflated content, and
 * the checksum of all that in the repository's hash (gitformat-pack(5)).
 */
export function packOf(objects: readonly { type: PackObjectType; content: Buffer }[], algorithm: 'sha1' | 'sha256'): Buffer {
  const header = Buffer.alloc(12)
  header.write('PACK', 0, 'latin1')
  header.writeUInt32BE(2, 4)
  header.writeUInt32BE(objects.length, 8)
  const parts: Buffer[] = [header]
  // The fastest compression: the pack is kept as it is (a 1 MB projection.json becomes 90 kB).
  for (const o of objects) {
    parts.push(entryHeader(TYPE_CODE[o.type], o.content.length), deflateSync(o.content, { level: 1 }))
  }
  const body = Buffer.concat(parts)
  return Buffer.concat([body, createHash(algorithm).update(body).digest()])
}

/** Type in bits 6–4 of the first byte, the size in 4 bits then 7 bits per byte, low bits first; the top bit says more follows. */
function entryHeader(type: number, size: number): Buffer {
  const bytes: number[] = []
  let byte = (type << 4) | (size & 0x0f)
  let rest = Math.floor(size / 16)
  while (rest > 0) {
    bytes.push(byte | 0x80)
    byte = rest & 0x7f
    rest = Math.floor(rest / 128)
  }
  bytes.push(byte)
  return Buffer.from(bytes)
}
