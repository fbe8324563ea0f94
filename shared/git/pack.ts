import { createHash } from 'node:crypto'
import { deflateSync } from 'node:zlib'

/** The object types a pack of new objects holds (no deltas: each object whole). */
export type PackObjectType = 'commit' | 'tree' | 'blob'

const TYPE_CODE: Record<PackObjectType, number> = { commit: 1, tree: 2, blob: 3 }

/** A pack and its index (`.idx`, version 2), as `git index-pack` would write them for the same objects. */
export interface IndexedPack {
  pack: Buffer
  /** Null for a pack of 2 GiB or more (offsets of 8 bytes): `git index-pack` indexes that one. */
  idx: Buffer | null
  /** The pack's checksum in hex: git names the files `pack-<checksum>.pack` and `.idx`. */
  checksum: string
}

/**
 * A version 2 pack of whole objects, as `git index-pack --stdin` reads it (the header, each object's type and
 * size followed by its deflated content, and the checksum of all that in the repository's hash), and the index
 * git would write for it: each object's id (computed by the caller, as
 * git computes it), the CRC-32 of its packed bytes and its offset, in id order (gitformat-pack(5), "idx
 * version 2"). With the index, the pack needs no `git index-pack` to be read: the same two files, byte for byte.
 */
export function indexedPackOf(
  objects: readonly { type: PackObjectType; content: Buffer; oid: string }[],
  algorithm: 'sha1' | 'sha256',
): IndexedPack {
  const header = Buffer.alloc(12)
  header.write('PACK', 0, 'latin1')
  header.writeUInt32BE(2, 4)
  header.writeUInt32BE(objects.length, 8)
  const parts: Buffer[] = [header]
  const entries: Array<{ oid: string; offset: number; crc: number }> = []
  let offset = header.length
  // The fastest compression: the pack is kept as it is (a 1 MB projection.json becomes 90 kB).
  for (const o of objects) {
    const head = entryHeader(TYPE_CODE[o.type], o.content.length)
    const body = deflateSync(o.content, { level: 1 })
    parts.push(head, body)
    entries.push({ oid: o.oid, offset, crc: crc32(body, crc32(head)) })
    offset += head.length + body.length
  }
  const body = Buffer.concat(parts)
  const sum = createHash(algorithm).update(body).digest()
  return { pack: Buffer.concat([body, sum]), idx: packIndex(entries, sum, algorithm), checksum: sum.toString('hex') }
}

function packIndex(
  entries: Array<{ oid: string; offset: number; crc: number }>,
  packSum: Buffer,
  algorithm: 'sha1' | 'sha256',
): Buffer | null {
  if (entries.some((e) => e.offset >= 0x80000000)) return null
  const sorted = [...entries].sort((a, b) => (a.oid < b.oid ? -1 : a.oid > b.oid ? 1 : 0))
  const n = sorted.length
  const fanout = Buffer.alloc(256 * 4)
  const counts = new Array<number>(256).fill(0)
  for (const e of sorted) counts[parseInt(e.oid.slice(0, 2), 16)]!++
  let total = 0
  for (let i = 0; i < 256; i++) fanout.writeUInt32BE((total += counts[i]!), i * 4)
  const names = Buffer.from(sorted.map((e) => e.oid).join(''), 'hex')
  const crcs = Buffer.alloc(n * 4)
  const offsets = Buffer.alloc(n * 4)
  sorted.forEach((e, i) => {
    crcs.writeUInt32BE(e.crc, i * 4)
    offsets.writeUInt32BE(e.offset, i * 4)
  })
  // Magic "\377tOc", version 2; no table of 8-byte offsets (every offset is under 2 GiB).
  const body = Buffer.concat([Buffer.from([0xff, 0x74, 0x4f, 0x63, 0, 0, 0, 2]), fanout, names, crcs, offsets, packSum])
  return Buffer.concat([body, createHash(algorithm).update(body).digest()])
}

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c
})

/** CRC-32 (zlib's), continuing from `previous`. */
function crc32(data: Buffer, previous = 0): number {
  let c = ~previous
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8)
  return ~c >>> 0
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
