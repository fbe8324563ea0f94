import { messageOf } from '../errors'
import type { Logger } from '../logger'
import { classifyConflicts, type ClassifiedFile } from './conflict-kinds'
import { linesStartingWith, longestLine, numberLines, type NumberedBlob } from './blob-lines'
import { DEFAULT_MARKER_SIZE, findConflictBlocks, hasMarkerLikeLines, MARKER_FIRST_CHARS } from './conflict-markers'
import { LineTable } from './line-diff'
import { conflictRangesOfIds } from './line-ranges'
import type { MergeSandbox } from './merge-sandbox'
import type { MergeTreeRecord } from './merge-tree-output'
import { runMerges } from './merge-tree-runner'
import { blobSizes, readObjects } from '../git/cat-file'
import { chunk, runPool } from './pool'
import { DEFAULT_RANGE_LIMITS, RangeBudget, type RangeLimits } from './range-budget'
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

/** One side's blob as the alignment needs it, made once per scan however many pairs share the blob. */
interface SideLines extends NumberedBlob {
  /** The only lines that could pass for a marker (see hasMarkerLikeLines). */
  candidates: string[]
}

/** A text file of a merge whose ranges are wanted, with its sides' contents once read. */
interface Wanted {
  merge: number
  file: ClassifiedFile
  left?: SideLines
  right?: SideLines
  merged?: Buffer
  markerSize?: number
}

type Ranges = { leftRanges: LineRange[]; rightRanges: LineRange[] }

/**
 * The sides' blobs read so far in one scan, by blob id, and their lines: a
 * branch's version of a file meets every other branch, in any slice of merges.
 * Every line of the scan gets one id (`table`), so a side's blob is numbered
 * once, mostly from the ids of other versions of its file (`versions`, by
 * path; see numberLines), and a merged file mostly from its sides'.
 */
export class SideBlobs {
  readonly blobs = new Map<string, Buffer | null>()
  readonly table = new LineTable()
  readonly lines = new Map<string, SideLines>()
  readonly versions = new Map<string, SideLines[]>()
}

/**
 * The conflicted files of each merge, with line ranges for text conflicts.
 *
 * Ranges never dominate a scan: the sizes of both sides come first (one
 * `cat-file --batch-check`), each pair's budget (`range-budget.ts`) decides which files
 * get ranges, and only those are read, with a few `cat-file --batch` processes
 * for all merges together. A file without ranges says why (`rangesSkipped`).
 * The ranges are exact: the markers are parsed at git's default size when no
 * line of either side could pass for one, and otherwise the pairs concerned are
 * merged again, batched, with markers longer than any line of their files.
 */
export async function describeConflicts(
  sandbox: MergeSandbox,
  merges: readonly ConflictedMerge[],
  maxParallel: number,
  logger: Logger,
  limits: RangeLimits = DEFAULT_RANGE_LIMITS,
  /** Sides already read by earlier calls of the same scan (one call per slice of merges). */
  memo: SideBlobs = new SideBlobs(),
): Promise<ConflictDetails[]> {
  const budgets = merges.map(() => new RangeBudget(limits))
  const classified = merges.map((m) => classifyConflicts(m.record))
  const ranges = new Map<ClassifiedFile, Ranges>()
  const skipped = new Map<ClassifiedFile, string>()
  const skip = (w: Wanted, why: string): void => {
    skipped.set(w.file, why)
    logger.debug(`no line ranges for ${JSON.stringify(w.file.path)}: ${why}`)
  }

  // 1. The budget picks files from their sizes, before anything is read.
  const candidates: Wanted[] = classified.flatMap((c, merge) => c.files.filter(wantsRanges).map((file) => ({ merge, file })))
  const sizes = await blobSizes(
    sandbox.git,
    candidates.flatMap((w) => [w.file.left!.oid, w.file.right!.oid]),
  )
  const wanted = candidates.filter((w, i) => {
    const why = budgets[w.merge]!.admit(sizes[i * 2] ?? null, sizes[i * 2 + 1] ?? null)
    if (why) skip(w, why)
    return !why
  })

  // 2. Both sides of every admitted file, and the merged file as written with default-size markers. A side's
  // blob is read once however many pairs share it (a branch's version of a file meets every other branch).
  const sides = [...new Set(wanted.flatMap((w) => [w.file.left!.oid, w.file.right!.oid]))].filter((oid) => !memo.blobs.has(oid))
  const names: Array<string | Buffer> = [...sides, ...wanted.map((w) => mergedName(merges[w.merge]!.record.tree, w.file))]
  const parts = chunk(names, Math.max(50, Math.ceil(names.length / maxParallel)))
  const blobs = (await runPool(parts, maxParallel, (part) => readObjects(sandbox.git, part))).flat()
  sides.forEach((oid, i) => memo.blobs.set(oid, blobs[i] ?? null))
  const sideBlob = memo.blobs
  const table = memo.table
  const linesOf = (blob: Buffer, oid: string, path: string): SideLines => {
    let known = memo.lines.get(oid)
    if (known === undefined) {
      const others = memo.versions.get(path) ?? []
      const { numbered } = numberLines(table, blob, others.length > 2 ? [others[0]!, others[others.length - 1]!] : others)
      known = { ...numbered, candidates: linesStartingWith(numbered, MARKER_FIRST_CHARS) }
      memo.lines.set(oid, known)
      memo.versions.set(path, [...others, known])
    }
    return known
  }
  wanted.forEach((w, i) => {
    const merged = blobs[sides.length + i]
    const left = sideBlob.get(w.file.left!.oid)
    const right = sideBlob.get(w.file.right!.oid)
    if (!merged || !left || !right) return skip(w, 'a blob is missing')
    if ([merged, left, right].some(looksBinary)) return skip(w, 'binary content')
    w.left = linesOf(left, w.file.left!.oid, w.file.path)
    w.right = linesOf(right, w.file.right!.oid, w.file.path)
    const labels = { left: merges[w.merge]!.leftSha, right: merges[w.merge]!.rightSha }
    if (hasMarkerLikeLines(w.left.candidates, labels) || hasMarkerLikeLines(w.right.candidates, labels)) return
    w.merged = merged
    w.markerSize = DEFAULT_MARKER_SIZE
  })

  // 3. Pairs whose files have lines that look like markers: merged again with longer markers, one batch per size class.
  const again = new Map<number, Wanted[]>()
  for (const w of wanted) if (w.left !== undefined && w.merged === undefined) again.set(w.merge, [...(again.get(w.merge) ?? []), w])
  const bySize = new Map<number, number[]>()
  for (const [merge, files] of again) {
    const needed = Math.max(DEFAULT_MARKER_SIZE, ...files.map((w) => Math.max(longestLine(w.left!), longestLine(w.right!)))) + 1
    // Powers of two: a longer marker than needed is as exact, and few sizes mean few batches.
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, needed)))
    bySize.set(size, [...(bySize.get(size) ?? []), merge])
  }
  for (const [size, list] of [...bySize].sort((a, b) => a[0] - b[0])) {
    const { outcomes } = await runMerges(
      sandbox,
      list.map((m) => merges[m]!),
      { strategy: 'auto', maxParallel, markerSize: size },
    )
    const reads: Array<{ w: Wanted; tree: string }> = []
    list.forEach((merge, i) => {
      const outcome = outcomes[i]!
      for (const w of again.get(merge)!) {
        if (!outcome.ok) skip(w, outcome.error)
        else reads.push({ w, tree: outcome.record.tree })
      }
    })
    const blobs = await readObjects(
      sandbox.git,
      reads.map((r) => mergedName(r.tree, r.w.file)),
    )
    reads.forEach(({ w }, i) => {
      if (!blobs[i]) return skip(w, 'the merged blob is missing')
      w.merged = blobs[i]!
      w.markerSize = size
    })
  }

  // 4. Alignment, in a fixed order so that a pair's budget ends at the same file every time.
  for (const w of wanted) {
    if (w.merged === undefined || w.left === undefined) continue
    const m = merges[w.merge]!
    const budget = budgets[w.merge]!
    const allowance = budget.alignment()
    if (allowance === 0) {
      skip(w, budget.spentReason())
      continue
    }
    const stats = { work: 0 }
    try {
      // Every marker is among the lines read as text: the others are lines of a side, and no side's line looks like one.
      const merged = numberLines(table, w.merged, [w.left, w.right!])
      const blocks = findConflictBlocks(merged.lines, { left: m.leftSha, right: m.rightSha }, w.markerSize, merged.first)
      const found =
        blocks.length === 0
          ? { leftRanges: [], rightRanges: [] }
          : conflictRangesOfIds({ merged: merged.numbered.ids, left: w.left.ids, right: w.right!.ids }, blocks, allowance, stats)
      if (found) ranges.set(w.file, found)
      else skip(w, budget.tooCostlyReason(allowance))
    } catch (e) {
      skip(w, messageOf(e))
    }
    budget.spend(stats.work)
    w.merged = w.left = w.right = undefined
  }

  return classified.map(({ files, messages }) => ({
    files: files.map((f) => ({
      path: f.path,
      ...(f.pathBase64 === undefined ? {} : { pathBase64: f.pathBase64 }),
      kind: f.kind,
      leftRanges: ranges.get(f)?.leftRanges ?? [],
      rightRanges: ranges.get(f)?.rightRanges ?? [],
      ...(skipped.has(f) ? { rangesSkipped: skipped.get(f)! } : {}),
      ...(f.message ? { message: f.message } : {}),
    })),
    messages,
  }))
}

/** `<tree>:<path>` as the bytes cat-file must get (the path may be any bytes). */
function mergedName(tree: string, file: ClassifiedFile): Buffer {
  return Buffer.concat([Buffer.from(`${tree}:`, 'latin1'), Buffer.from(file.rawPath, 'latin1')])
}
