import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Git } from '../../shared/git/git'
import { indexedPackOf, type PackObjectType } from '../../shared/git/pack'
import { cleanupTemp, tempDir } from '../support/repo'

afterAll(cleanupTemp)

// The reference is git itself: the same pack given to `git index-pack --stdin` must come out as the same
// two files, the index byte for byte and under the same name, in either object format.
describe('indexedPackOf: the index git would write', () => {
  for (const algorithm of ['sha1', 'sha256'] as const) {
    it(`equals git index-pack's .idx and name (${algorithm})`, async () => {
      const dir = tempDir('orch-pack-index-')
      const git = new Git(dir)
      await git.run(['init', '--quiet', '--bare', `--object-format=${algorithm}`])
      // Sizes around the pack's size encoding, an empty blob, binary bytes, and enough objects that
      // the fan-out table has gaps and crowded buckets both.
      const contents = [0, 1, 15, 16, 127, 128, 2047, 2048, 70_000, 1_100_000, ...Array.from({ length: 300 }, (_, i) => 10 + i)].map((n) =>
        randomBytes(n),
      )
      const objects = contents.map((content, i) => {
        const type: PackObjectType = i % 7 === 3 ? 'commit' : 'blob'
        const body = type === 'commit' ? Buffer.from(`tree ${'0'.repeat(algorithm === 'sha1' ? 40 : 64)}\n\n${i}\n`) : content
        const oid = createHash(algorithm).update(`${type} ${body.length}\0`).update(body).digest('hex')
        return { type, content: body, oid }
      })
      const made = indexedPackOf(objects, algorithm)
      await git.run(['index-pack', '--stdin'], { input: made.pack })
      const packDir = join(dir, 'objects', 'pack')
      const files = readdirSync(packDir).sort()
      expect(files).toEqual([`pack-${made.checksum}.idx`, `pack-${made.checksum}.pack`])
      expect(readFileSync(join(packDir, `pack-${made.checksum}.pack`)).equals(made.pack)).toBe(true)
      expect(readFileSync(join(packDir, `pack-${made.checksum}.idx`)).equals(made.idx!)).toBe(true)
    })
  }
})
