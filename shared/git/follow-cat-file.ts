import { setTimeout as sleep } from 'node:timers/promises'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { StateError } from '../errors'
import { readBatchRecord, type BatchResult } from './cat-file'
import type { Git } from './git'
import { withTempDir } from './temp-output'

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
