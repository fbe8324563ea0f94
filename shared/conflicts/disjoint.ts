import { GitError } from '../errors'
import type { Git } from '../git/git'
import type { HistoryGraph } from './history-graph'
import { chunk, runPool } from './pool'

/**
 * Proving that a pair cannot conflict, from what each commit changed.
 *
 * What a side changed since the merge base, diff(base, tip), is contained in
 * the union of what each commit in base..tip changed against each of its
 * parents: along any parent chain from the tip down to the base, every
 * difference appears in some step, and every commit of that chain is in
 * base..tip and in the history graph. The union can only be larger than the
 * real diff, which makes the test more cautious, never wrong. Renames count
 * as a deletion plus an addition (no rename detection), so both paths count.
 *
 * A pair may conflict when: a path is changed on both sides; a path of one
 * side is a folder of the other (file/directory); or one side deleted from a
 * folder in which the other side changed something (git's directory-rename
 * detection may move the other side's new files).
 */

const DIFF_ARGS = [
  'diff-tree',
  '--stdin',
  '--always',
  '--root',
  '-m',
  '-r',
  '--no-renames',
  '--ignore-submodules=none',
  '--name-status',
  '-z',
]
const OID_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

/** Beyond this many commits in the graph, per-commit diffs cost more than merging every pair. */
export const MAX_INDEXED_COMMITS = 20_000

function parentDirs(path: string): string[] {
  const dirs: string[] = []
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) dirs.push(path.slice(0, i))
  return dirs
}

type Index = Map<string, number[]>

function addTo(index: Index, key: string, node: number): void {
  const list = index.get(key)
  if (!list) index.set(key, [node])
  else if (list[list.length - 1] !== node) list.push(node)
}

interface CommitChanges {
  paths: string[]
  deleted: string[]
}

export class ChangeIndex {
  /** path → graph nodes (commits) that changed it */
  private readonly byPath: Index = new Map()
  /** folder → commits that changed something below it */
  private readonly byDir: Index = new Map()
  /** folder → commits that deleted something below it */
  private readonly byDeletedDir: Index = new Map()
  private readonly perCommit: CommitChanges[] = []

  private constructor(private readonly graph: HistoryGraph) {}

  /** Reads what every commit of the graph changed, with a few `git diff-tree --stdin` processes. */
  static async load(git: Git, graph: HistoryGraph, maxParallel: number): Promise<ChangeIndex> {
    const index = new ChangeIndex(graph)
    const nodes = graph.ids.map((_, node) => node).filter((node) => node !== graph.common)
    const parts = chunk(nodes, Math.max(200, Math.ceil(nodes.length / maxParallel)))
    const outputs = await runPool(
      parts,
      maxParallel,
      async (part) => (await git.exec(DIFF_ARGS, { input: part.map((n) => `${graph.ids[n]}\n`).join('') })).stdout,
    )
    parts.forEach((part, i) => index.read(part, outputs[i]!))
    return index
  }

  /** Output of `diff-tree --stdin -m`: a header (the commit id, once per parent), then status/path fields. */
  private read(part: readonly number[], stdout: string): void {
    const fields = stdout.split('\0')
    let at = 0
    for (const node of part) {
      const id = this.graph.ids[node]!
      const changes: CommitChanges = { paths: [], deleted: [] }
      if (fields[at] !== id)
        throw new GitError(`git diff-tree output out of step: expected ${id}, got ${JSON.stringify(fields[at])}`, DIFF_ARGS, '', 0)
      // Status fields are a letter or two; a commit id in that position starts the next section.
      while (fields[at] === id) {
        at++
        while (at < fields.length && fields[at] !== '' && !OID_RE.test(fields[at]!)) {
          const status = fields[at++]!
          const path = fields[at++]!
          changes.paths.push(path)
          if (status === 'D') changes.deleted.push(path)
        }
      }
      this.add(node, changes)
    }
  }

  private add(node: number, changes: CommitChanges): void {
    this.perCommit[node] = changes
    for (const path of changes.paths) {
      addTo(this.byPath, path, node)
      for (const dir of parentDirs(path)) addTo(this.byDir, dir, node)
    }
    for (const path of changes.deleted) for (const dir of parentDirs(path)) addTo(this.byDeletedDir, dir, node)
  }

  /** False only when merging `left` and `right` (single merge base `base`) provably cannot conflict. */
  mayConflict(left: string, right: string, base: string): boolean {
    const inLeft: number[] = []
    const inRight: number[] = []
    let leftSize = 0
    let rightSize = 0
    const [leftRange, rightRange] = [this.graph.rangeTester(left, base), this.graph.rangeTester(right, base)]
    for (let node = 0; node < this.graph.ids.length; node++) {
      const size = this.perCommit[node]?.paths.length ?? 0
      if (leftRange(node)) {
        inLeft.push(node)
        leftSize += size
      }
      if (rightRange(node)) {
        inRight.push(node)
        rightSize += size
      }
    }
    // Walk the smaller side's changes; look each up in the other side's commits through the indexes.
    const [small, largeRange] = leftSize <= rightSize ? [inLeft, rightRange] : [inRight, leftRange]
    const inLarge = (index: Index, key: string): boolean => index.get(key)?.some(largeRange) ?? false
    const dirs = new Set<string>()
    const deletedDirs = new Set<string>()
    for (const node of small) {
      const changes = this.perCommit[node]
      if (!changes) continue
      for (const path of changes.paths) {
        if (inLarge(this.byPath, path) || inLarge(this.byDir, path)) return true
        for (const dir of parentDirs(path)) dirs.add(dir)
      }
      for (const path of changes.deleted) for (const dir of parentDirs(path)) deletedDirs.add(dir)
    }
    for (const dir of dirs) if (inLarge(this.byPath, dir) || inLarge(this.byDeletedDir, dir)) return true
    for (const dir of deletedDirs) if (inLarge(this.byDir, dir)) return true
    return false
  }
}
