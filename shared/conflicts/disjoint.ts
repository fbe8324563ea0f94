import { GitError } from '../errors'
import type { Git } from '../git/git'
import { chunk, runPool } from './pool'
import { diffTreeStatusBatch, STATUS_BATCH_ARGS } from '../git/diff'

/**
 * Proving that a pair cannot conflict, from the exact changes of each side.
 *
 * With one merge base B, git's merge (ort) of L and R starts from two diffs:
 * diff(B, L) and diff(B, R). `git diff-tree -r --no-renames B L` lists every
 * leaf entry (file, symlink, submodule) whose content, mode or type differs,
 * or that exists on one side only; a file that became a folder shows as the
 * file deleted plus the folder's files added. Renames are a deletion plus an
 * addition, so both the old and the new path count as changed.
 *
 * Every way ort can produce a conflict needs the two sides to meet:
 * - content, add/add, modify/delete, mode or type conflicts, a submodule
 *   changed on both sides: the same path is changed on both sides;
 * - rename/rename, rename/delete, rename/add: the renamed path (old or new)
 *   is changed on the other side too, and it is in this side's set as well;
 * - file/directory: a path of one side is a folder of a path of the other;
 * - directory renames: ort moves the other side's new or renamed files out of
 *   a folder only when that folder vanished on one side, which takes deleting
 *   something in it, while the other side changed something in it.
 * So when no path of one side equals a path or a folder of the other, and no
 * folder one side deleted from holds a change of the other, each path of the
 * merged tree is taken unchanged from the one side that changed it: clean.
 *
 * With several merge bases (criss-cross merges) ort merges the bases first
 * into a virtual one, whose content depends on that inner merge: such pairs
 * are always merged, never settled here.
 */

const OID_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

/** The folders that hold `path`: "a/b/c" → "a/b", "a". */
export function parentDirs(path: string): string[] {
  const dirs: string[] = []
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) dirs.push(path.slice(0, i))
  return dirs
}

/** What one side changed since a merge base. */
export class ChangeSet {
  readonly paths = new Set<string>()
  /** Folders holding a changed path. */
  readonly dirs = new Set<string>()
  /** Folders holding a deleted path. */
  readonly deletedDirs = new Set<string>()

  add(status: string, path: string): void {
    this.paths.add(path)
    for (const dir of parentDirs(path)) {
      this.dirs.add(dir)
      if (status === 'D') this.deletedDirs.add(dir)
    }
  }

  /** True when the two sides meet in one of the ways the proof above lists. */
  meets(other: ChangeSet): boolean {
    const [small, large] = this.paths.size <= other.paths.size ? [this, other] : [other, this]
    for (const path of small.paths) if (large.paths.has(path) || large.dirs.has(path)) return true
    for (const dir of small.dirs) if (large.paths.has(dir) || large.deletedDirs.has(dir)) return true
    for (const dir of small.deletedDirs) if (large.dirs.has(dir)) return true
    return false
  }
}

function rangeKey(base: string, tip: string): string {
  return `${base} ${tip}`
}

/** The exact changes of many (merge base, tip) ranges, read with a few `git diff-tree --stdin` processes. */
export class ExactChanges {
  private readonly sets = new Map<string, ChangeSet>()

  static async load(git: Git, ranges: ReadonlyArray<{ base: string; tip: string }>, maxParallel: number): Promise<ExactChanges> {
    const changes = new ExactChanges()
    const unique = [...new Map(ranges.map((r) => [rangeKey(r.base, r.tip), r])).values()]
    for (const r of unique) if (!OID_RE.test(r.base) || !OID_RE.test(r.tip)) throw new Error(`not a commit id: ${rangeKey(r.base, r.tip)}`)
    const parts = chunk(unique, Math.max(50, Math.ceil(unique.length / maxParallel)))
    const outputs = await runPool(parts, maxParallel, async (part) => {
      // "<commit> <parent>": diff-tree compares the parent (the base) to the commit (the tip), so "D" is a deletion since the base.
      const input = part.map((r) => `${r.tip} ${r.base}\n`).join('')
      // latin1: one character per byte, so paths of any bytes compare exactly.
      return (await diffTreeStatusBatch(git, input)).toString('latin1')
    })
    parts.forEach((part, i) => changes.read(part, outputs[i]!))
    return changes
  }

  /** `--always` prints a header (the first commit id of the input line: the tip) for every range, then status/path fields. */
  private read(part: ReadonlyArray<{ base: string; tip: string }>, stdout: string): void {
    const fields = stdout.split('\0')
    let at = 0
    for (const { base, tip } of part) {
      if (fields[at] !== tip)
        throw new GitError(`git diff-tree output out of step: expected ${tip}, got ${JSON.stringify(fields[at])}`, STATUS_BATCH_ARGS, '', 0)
      at++
      const set = new ChangeSet()
      // A status is a letter (a score may follow); a commit id in that position starts the next range.
      while (at < fields.length && fields[at] !== '' && !OID_RE.test(fields[at]!)) {
        const status = fields[at++]!
        const path = fields[at++]
        if (path === undefined) throw new GitError('git diff-tree output ends inside an entry', STATUS_BATCH_ARGS, '', 0)
        set.add(status[0]!, path)
      }
      this.sets.set(rangeKey(base, tip), set)
    }
  }

  /** What changed from `base` to `tip`, when that range was loaded. */
  get(base: string, tip: string): ChangeSet | undefined {
    return this.sets.get(rangeKey(base, tip))
  }

  /** False only when merging `left` and `right` (single merge base `base`) provably cannot conflict. */
  mayConflict(left: string, right: string, base: string): boolean {
    const a = this.get(base, left)
    const b = this.get(base, right)
    if (!a || !b) return true
    return a.meets(b)
  }
}
