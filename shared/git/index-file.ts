import type { Git } from './git'

/**
 * Plumbing on an index of the caller's own: `env` names it (GIT_INDEX_FILE,
 * and GIT_WORK_TREE for a checkout), so the user's index and working tree
 * are never touched.
 */
export type IndexEnv = Record<string, string | undefined>

/** Loads `treeish` into the index (`--end-of-options` when the name comes from elsewhere). */
export async function readTree(git: Git, treeish: string, env: IndexEnv, options: { endOfOptions?: boolean } = {}): Promise<void> {
  if (options.endOfOptions) await git.exec(['read-tree', '--end-of-options', treeish], { env })
  else await git.run(['read-tree', treeish], { env })
}

/** Puts `blob` at `path` with `mode` (`add`: the path may be new to the index). */
export async function setIndexEntry(
  git: Git,
  entry: { mode: string; blob: string; path: string; add?: boolean },
  env: IndexEnv,
): Promise<void> {
  await git.run(['update-index', ...(entry.add ? ['--add'] : []), '--cacheinfo', `${entry.mode},${entry.blob},${entry.path}`], { env })
}

/** The tree the index holds, written to the object store. */
export async function writeTree(git: Git, env: IndexEnv): Promise<string> {
  return git.run(['write-tree'], { env })
}

/** A commit of `tree` on `parent`; names and dates come from `env` (GIT_AUTHOR_*, GIT_COMMITTER_*). */
export async function commitTree(git: Git, tree: string, parent: string, message: string, env: IndexEnv): Promise<string> {
  return git.run(['commit-tree', tree, '-p', parent, '-m', message], { env })
}

/** Writes every file of the index into the work tree `env` names (run from `cwd`). */
export async function checkoutIndex(git: Git, env: IndexEnv, cwd: string): Promise<void> {
  await git.exec(['checkout-index', '--all', '--force'], { env, cwd })
}
