import { messageOf } from '../errors'
import type { Git } from '../git/git'
import type { Logger } from '../logger'
import { classifyConflicts, type ClassifiedFile } from './conflict-kinds'
import { conflictLineRanges } from './line-ranges'
import type { MergeTreeRecord } from './merge-tree-output'
import { readObjects } from './object-reader'
import { chunk, runPool } from './pool'
import type { ConflictFile } from './types'

export interface ConflictedMerge {
  leftSha: string
  rightSha: string
  record: MergeTreeRecord
}

/** Files above this size get no line ranges: aligning them would cost more than the hint is worth. */
const MAX_TEXT_BYTES = 8 * 1024 * 1024
const TEXT_MODES = new Set(['100644', '100755'])

function wantsRanges(f: ClassifiedFile): boolean {
  return (
    (f.kind === 'content' || f.kind === 'add/add') && !!f.left && !!f.right && TEXT_MODES.has(f.left.mode) && TEXT_MODES.has(f.right.mode)
  )
}

/** git's own test for binary content: a NUL in the first 8000 bytes. */
function looksBinary(data: Buffer): boolean {
  return data.subarray(0, 8000).includes(0)
}

/**
 * The conflicted files of each merge, with line ranges for text conflicts.
 * Blobs (merged, left, right) are read with a few `cat-file --batch`
 * processes for all merges together.
 */
export async function describeConflicts(
  git: Git,
  merges: readonly ConflictedMerge[],
  maxParallel: number,
  logger: Logger,
): Promise<ConflictFile[][]> {
  const classified = merges.map((m) => classifyConflicts(m.record))
  const wanted: Array<{ merge: number; file: number; names: [string, string, string] }> = []
  classified.forEach((files, merge) => {
    files.forEach((f, file) => {
      if (wantsRanges(f)) wanted.push({ merge, file, names: [`${merges[merge]!.record.tree}:${f.path}`, f.left!.oid, f.right!.oid] })
    })
  })
  const ranges = new Map<string, Pick<ConflictFile, 'leftRanges' | 'rightRanges'>>()
  await runPool(chunk(wanted, 100), maxParallel, async (part) => {
    const blobs = await readObjects(
      git,
      part.flatMap((w) => w.names),
    )
    part.forEach((w, i) => {
      const [merged, left, right] = blobs.slice(i * 3, i * 3 + 3)
      const m = merges[w.merge]!
      const path = classified[w.merge]![w.file]!.path
      if (!merged || !left || !right) return logger.debug(`no line ranges for ${JSON.stringify(path)}: a blob is missing`)
      if ([merged, left, right].some((b) => b.length > MAX_TEXT_BYTES || looksBinary(b))) return
      try {
        // latin1 keeps every byte as one character, so lines compare exactly whatever the encoding.
        const texts = { merged: merged.toString('latin1'), left: left.toString('latin1'), right: right.toString('latin1') }
        ranges.set(`${w.merge}/${w.file}`, conflictLineRanges(texts, { left: m.leftSha, right: m.rightSha }))
      } catch (e) {
        logger.debug(`no line ranges for ${JSON.stringify(path)}: ${messageOf(e)}`)
      }
    })
  })
  return classified.map((files, merge) =>
    files.map((f, file) => ({
      path: f.path,
      kind: f.kind,
      leftRanges: ranges.get(`${merge}/${file}`)?.leftRanges ?? [],
      rightRanges: ranges.get(`${merge}/${file}`)?.rightRanges ?? [],
      ...(f.message ? { message: f.message } : {}),
    })),
  )
}
