import type { Git } from '../git/git'
import { readObjects } from '../git/cat-file'
import { runMergeTree } from '../git/merge-tree'
import { messageOf } from '../errors'
import { classifyConflicts, type ClassifiedFile } from './conflict-kinds'
import { diff3Hunks, safeMarkerSize, type Diff3Hunk } from './diff3-hunks'
import { DiffBudgetExceeded } from './line-diff'
import { MergeSandbox } from './merge-sandbox'
import { parseMergeTree, type MergeTreeRecord } from './merge-tree-output'
import { decodeBytes } from './raw-path'
import type { ConflictKind, ConflictMessage } from './types'

/** A side's entry of a conflicted path: mode and blob (absent: the side has no such file, e.g. deleted). */
export interface StageBlob {
  mode: string
  oid: string
}

/** A conflicted file of a merge with its diff3 hunks (text conflicts), or why it has none. */
export interface FileHunks {
  path: string
  pathBase64?: string
  kind: ConflictKind
  message?: string
  base?: StageBlob
  ours?: StageBlob
  theirs?: StageBlob
  hunks: Diff3Hunk[]
  /** Why `hunks` is empty for a conflicted file: binary content, a deleted side, too large... */
  noHunks?: string
  /** The merged file as git wrote it (diff3 markers, latin1 bytes), for those who compare a resolution with it. */
  mergedText?: string
  /** The size of the markers in `mergedText`. */
  markerSize?: number
}

export interface PairHunks {
  clean: boolean
  files: FileHunks[]
  messages: ConflictMessage[]
}

/** Files larger than this (either side) get no hunks: a brief is for people and agents, not for dumps. */
export const MAX_HUNK_FILE_BYTES = 1024 * 1024
/** Alignment work per file before its line numbers are given up (see matchLines). */
const ALIGN_BUDGET = 20_000_000

const TEXT_MODES = new Set(['100644', '100755'])

function looksBinary(data: Buffer): boolean {
  return data.subarray(0, 8000).includes(0)
}

/** Why a conflicted file has no hunks, when that is known from its kind and stages alone. */
function withoutHunks(f: ClassifiedFile): string | undefined {
  if (!f.left || !f.right) return `${f.left ? 'theirs' : 'ours'} ${f.base ? 'deleted' : 'does not have'} the file`
  if (!TEXT_MODES.has(f.left.mode) || !TEXT_MODES.has(f.right.mode))
    return `not a regular file on both sides (${f.left.mode}, ${f.right.mode})`
  if (f.kind === 'binary') return 'binary content'
  if (f.kind !== 'content' && f.kind !== 'add/add') return `a ${f.kind} conflict: no line hunks`
  return undefined
}

function stage(e: { mode: string; oid: string } | undefined): StageBlob | undefined {
  return e ? { mode: e.mode, oid: e.oid } : undefined
}

async function merge(sandbox: MergeSandbox, left: string, right: string, size: number): Promise<MergeTreeRecord> {
  const r = await runMergeTree(sandbox.git, sandbox.pins(size === 7 ? undefined : size, 'diff3'), ['--write-tree', '-z', left, right])
  if ((r.exitCode !== 0 && r.exitCode !== 1) || !r.stdout)
    throw new Error(`git merge-tree of ${left.slice(0, 12)} and ${right.slice(0, 12)} failed: ${r.stderr.trim().slice(0, 300)}`)
  return parseMergeTree(r.stdout, r.exitCode)
}

/**
 * Every conflicted file of merging `right` into `left`, each text conflict
 * with its hunks in the diff3 style (base, ours = left, theirs = right) and
 * line numbers in each side's own file. The merge runs in a sandbox
 * (MergeSandbox: no attributes, settings or drivers of the clone), as scans do.
 */
export async function pairHunks(git: Git, leftRev: string, rightRev: string): Promise<PairHunks> {
  // The sandbox has the clone's objects, not its refs: commits are named by id there.
  const commit = async (rev: string) => (await git.run(['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).trim()
  const [left, right] = [await commit(leftRev), await commit(rightRev)]
  const sandbox = await MergeSandbox.open(git)
  try {
    let record = await merge(sandbox, left, right, 7)
    const classified = classifyConflicts(record)
    type Read = { file: FileHunks; base: string; ours: string; theirs: string; raw: string }
    const reads: Read[] = []
    const files: FileHunks[] = classified.files.map((f) => {
      const file: FileHunks = {
        path: f.path,
        ...(f.pathBase64 === undefined ? {} : { pathBase64: f.pathBase64 }),
        kind: f.kind,
        ...(f.message ? { message: f.message } : {}),
        ...(f.base ? { base: stage(f.base) } : {}),
        ...(f.left ? { ours: stage(f.left) } : {}),
        ...(f.right ? { theirs: stage(f.right) } : {}),
        hunks: [],
      }
      const why = withoutHunks(f)
      if (why) file.noHunks = why
      else reads.push({ file, base: f.base?.oid ?? '', ours: f.left!.oid, theirs: f.right!.oid, raw: f.rawPath })
      return file
    })
    const blobs = await readObjects(
      sandbox.git,
      reads.flatMap((r) => [r.base || r.ours, r.ours, r.theirs]),
    )
    const texts: { read: Read; base: string; ours: string; theirs: string }[] = []
    reads.forEach((read, i) => {
      const [base, ours, theirs] = blobs.slice(i * 3, i * 3 + 3)
      if (!base || !ours || !theirs) return (read.file.noHunks = 'a blob is missing')
      if ([base, ours, theirs].some(looksBinary)) return (read.file.noHunks = 'binary content')
      if (Math.max(ours.length, theirs.length, base.length) > MAX_HUNK_FILE_BYTES)
        return (read.file.noHunks = `larger than ${MAX_HUNK_FILE_BYTES} bytes`)
      texts.push({ read, base: read.base ? base.toString('latin1') : '', ours: ours.toString('latin1'), theirs: theirs.toString('latin1') })
    })
    // One marker size for the whole merge: long enough that no line of any side looks like a marker.
    const size = safeMarkerSize(texts.flatMap((t) => [t.base, t.ours, t.theirs]))
    if (size !== 7) record = await merge(sandbox, left, right, size)
    const merged = await readObjects(
      sandbox.git,
      texts.map((t) => Buffer.concat([Buffer.from(`${record.tree}:`, 'latin1'), Buffer.from(t.read.raw, 'latin1')])),
    )
    texts.forEach((t, i) => {
      const text = merged[i]
      if (!text) return (t.read.file.noHunks = 'the merged file is missing')
      try {
        const mergedText = text.toString('latin1')
        t.read.file.hunks = diff3Hunks({ merged: mergedText, base: t.base, ours: t.ours, theirs: t.theirs }, size, ALIGN_BUDGET).map(
          decodeHunk,
        )
        t.read.file.mergedText = mergedText
        t.read.file.markerSize = size
        if (t.read.file.hunks.length === 0) t.read.file.noHunks = 'git wrote no conflict hunk (whitespace or end-of-line only)'
      } catch (error) {
        t.read.file.noHunks = error instanceof DiffBudgetExceeded ? 'too costly to align' : messageOf(error)
      }
    })
    return { clean: record.clean, files, messages: classified.messages }
  } finally {
    sandbox.close()
  }
}

/** Lines as text: the bytes were carried as latin1 so that alignment compared them exactly. */
function decodeHunk(h: Diff3Hunk): Diff3Hunk {
  const side = (s: Diff3Hunk['base']) => ({ start: s.start, lines: s.lines.map(decodeBytes) })
  return { base: side(h.base), ours: side(h.ours), theirs: side(h.theirs) }
}
