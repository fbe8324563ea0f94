import { messageOf } from '../errors'
import type { Logger } from '../logger'
import { classifyConflicts, type ClassifiedFile } from './conflict-kinds'
import { DEFAULT_MARKER_SIZE, hasMarkerLikeLines, longestLine } from './conflict-markers'
import { conflictLineRanges } from './line-ranges'
import type { MergeSandbox } from './merge-sandbox'
import type { MergeTreeRecord } from './merge-tree-output'
import { mergeOne } from './merge-tree-runner'
import { readObjects } from './object-reader'
import { chunk, runPool } from './pool'
import type { ConflictFile, ConflictMessage, LineRange } from './types'

export interface ConflictedMerge {
  leftSha: string
  rightSha: string
  record: MergeTreeRecord
}

export interface ConflictDetails {
  files: ConflictFile[]
  messages: ConflictMessage[]
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

/** A text file of a merge whose ranges are wanted, with its sides' contents once read. */
interface Wanted {
  merge: number
  file: ClassifiedFile
  left?: string
  right?: string
}

type Ranges = { leftRanges: LineRange[]; rightRanges: LineRange[] }

/**
 * The conflicted files of each merge, with line ranges for text conflicts.
 * Blobs are read with a few `cat-file --batch` processes for all merges
 * together. The ranges are exact: the markers are parsed at git's default size
 * when no line of either side could pass for one, and otherwise the pair is
 * merged again with markers longer than any line of its conflicted files.
 */
export async function describeConflicts(
  sandbox: MergeSandbox,
  merges: readonly ConflictedMerge[],
  maxParallel: number,
  logger: Logger,
): Promise<ConflictDetails[]> {
  const classified = merges.map((m) => classifyConflicts(m.record))
  const wanted: Wanted[] = classified.flatMap((c, merge) => c.files.filter(wantsRanges).map((file) => ({ merge, file })))
  const ranges = new Map<ClassifiedFile, Ranges>()
  const skip = (w: Wanted, why: string): void => logger.debug(`no line ranges for ${JSON.stringify(w.file.path)}: ${why}`)

  // 1. Both sides of every wanted file, and the merged file as written with default-size markers.
  await runPool(chunk(wanted, 100), maxParallel, async (part) => {
    const blobs = await readObjects(
      sandbox.git,
      part.flatMap((w) => [mergedName(merges[w.merge]!.record.tree, w.file), w.file.left!.oid, w.file.right!.oid]),
    )
    part.forEach((w, i) => {
      const [merged, left, right] = blobs.slice(i * 3, i * 3 + 3)
      if (!merged || !left || !right) return skip(w, 'a blob is missing')
      if ([merged, left, right].some((b) => b.length > MAX_TEXT_BYTES || looksBinary(b))) return
      // latin1 keeps every byte as one character, so lines compare exactly whatever the encoding.
      w.left = left.toString('latin1')
      w.right = right.toString('latin1')
      if (hasMarkerLikeLines(w.left) || hasMarkerLikeLines(w.right)) return
      parse(w, merged.toString('latin1'), DEFAULT_MARKER_SIZE)
    })
  })

  // 2. Pairs whose files have lines that look like markers: merge again with longer markers.
  const again = [...new Set(wanted.filter((w) => w.left !== undefined && !ranges.has(w.file)).map((w) => w.merge))]
  await runPool(again, maxParallel, async (merge) => {
    const m = merges[merge]!
    const files = wanted.filter((w) => w.merge === merge && w.left !== undefined)
    const size = Math.max(DEFAULT_MARKER_SIZE, ...files.map((w) => Math.max(longestLine(w.left!), longestLine(w.right!)))) + 1
    const outcome = await mergeOne(sandbox, { leftSha: m.leftSha, rightSha: m.rightSha }, size)
    if (!outcome.ok) return files.forEach((w) => skip(w, outcome.error))
    const blobs = await readObjects(
      sandbox.git,
      files.map((w) => mergedName(outcome.record.tree, w.file)),
    )
    files.forEach((w, i) => (blobs[i] ? parse(w, blobs[i]!.toString('latin1'), size) : skip(w, 'the merged blob is missing')))
  })

  function parse(w: Wanted, merged: string, size: number): void {
    const m = merges[w.merge]!
    try {
      ranges.set(w.file, conflictLineRanges({ merged, left: w.left!, right: w.right! }, { left: m.leftSha, right: m.rightSha }, size))
    } catch (e) {
      skip(w, messageOf(e))
    }
  }

  return classified.map(({ files, messages }) => ({
    files: files.map((f) => ({
      path: f.path,
      ...(f.pathBase64 === undefined ? {} : { pathBase64: f.pathBase64 }),
      kind: f.kind,
      leftRanges: ranges.get(f)?.leftRanges ?? [],
      rightRanges: ranges.get(f)?.rightRanges ?? [],
      ...(f.message ? { message: f.message } : {}),
    })),
    messages,
  }))
}

/** `<tree>:<path>` as the bytes cat-file must get (the path may be any bytes). */
function mergedName(tree: string, file: ClassifiedFile): Buffer {
  return Buffer.concat([Buffer.from(`${tree}:`, 'latin1'), Buffer.from(file.rawPath, 'latin1')])
}
