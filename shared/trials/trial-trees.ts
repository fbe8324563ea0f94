import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { Git } from '../git/git'
import { MergeSandbox } from '../conflicts/merge-sandbox'
import { treeOf } from '../git/refs'
import { lsTree } from '../git/objects'
import { cleanMergeTree, conflictedMergeTree } from '../git/merge-tree'
import { checkoutIndex, readTree } from '../git/index-file'

// Files a dependency install reads: when a merge has the same ones as a tip, that tip's installed products fit it.
const MANIFESTS = new Set([
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  '.npmrc',
  '.nvmrc',
  'requirements.txt',
  'requirements-dev.txt',
  'pyproject.toml',
  'poetry.lock',
  'uv.lock',
  'Pipfile.lock',
  'go.mod',
  'go.sum',
  'Cargo.toml',
  'Cargo.lock',
  'Gemfile',
  'Gemfile.lock',
])

/**
 * Trees for trials, written out without touching the clone: merges run in the
 * scan's kind of private sandbox (`merge-sandbox.ts`, so a trial tries exactly
 * the tree the verdict was about), and a tree is written into a fresh folder
 * through the sandbox with an index file of its own (`read-tree` then
 * `checkout-index`). The clone's work tree, index, HEAD and branches are never
 * read or written; only the sandbox's objects grow, and go with it.
 */
export class TrialTrees {
  private constructor(
    private readonly sandbox: MergeSandbox,
    private readonly indexDir: string,
  ) {}

  static async open(git: Git): Promise<TrialTrees> {
    const sandbox = await MergeSandbox.open(git)
    const indexDir = join(sandbox.dir, 'indexes')
    mkdirSync(indexDir)
    return new TrialTrees(sandbox, indexDir)
  }

  /** The tree of a commit. */
  async tipTree(sha: string): Promise<string> {
    return treeOf(this.sandbox.git, sha)
  }

  /** The tree `git merge-tree --write-tree` makes of the two commits; throws when they conflict. */
  async mergeTree(leftSha: string, rightSha: string): Promise<string> {
    const tree = await cleanMergeTree(this.sandbox.git, this.sandbox.pins(), leftSha, rightSha)
    if (tree === null) throw new Error(`${leftSha.slice(0, 12)} and ${rightSha.slice(0, 12)} do not merge cleanly any more`)
    return tree
  }

  /** The git of the sandbox the trees live in (its own object store, borrowing the clone's objects). */
  get git(): Git {
    return this.sandbox.git
  }

  /** Where index files of the caller's own may go (removed with the sandbox). */
  get indexFolder(): string {
    return this.indexDir
  }

  /** The tree `git merge-tree --write-tree` makes of two commits that conflict: the conflicted files hold markers. */
  async conflictedTree(leftSha: string, rightSha: string): Promise<string> {
    return conflictedMergeTree(this.sandbox.git, this.sandbox.pins(), leftSha, rightSha)
  }

  /** Writes `tree` into the empty folder `dir` (created), with an index of its own that is removed after. */
  async checkout(tree: string, dir: string): Promise<void> {
    mkdirSync(dir, { recursive: true })
    const index = join(this.indexDir, `${tree}-${Math.random().toString(36).slice(2)}`)
    const env = { GIT_INDEX_FILE: index, GIT_WORK_TREE: dir }
    try {
      await readTree(this.sandbox.git, tree, env, { endOfOptions: true })
      await checkoutIndex(this.sandbox.git, env, dir)
    } finally {
      rmSync(index, { force: true })
    }
  }

  /** How many files (blobs and symlinks) `tree` holds; submodules are not written out and not counted. */
  async fileCount(tree: string): Promise<number> {
    const listing = await lsTree(this.sandbox.git, tree, { recursive: true })
    return listing.split('\0').filter((line) => / blob [0-9a-f]+\t/.test(line)).length
  }

  /** The blob ids of the dependency manifests at the root of `tree`, as one comparable string. */
  async manifests(tree: string): Promise<string> {
    const listing = await lsTree(this.sandbox.git, tree)
    return listing
      .split('\0')
      .map((line) => /^\d+ \w+ ([0-9a-f]+)\t(.*)$/s.exec(line))
      .filter((m): m is RegExpExecArray => m !== null && MANIFESTS.has(m[2]!))
      .map((m) => `${m[2]}=${m[1]}`)
      .sort()
      .join(' ')
  }

  close(): void {
    this.sandbox.close()
  }
}
