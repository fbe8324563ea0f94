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

/** Stages every file of the work tree `env` names (`add -A`, its ignore rules apply), run from `cwd` (that work tree). */
export async function stageWorkTree(git: Git, env: IndexEnv, cwd: string): Promise<void> {
  await git.run(['add', '-A', '--', '.'], { env, cwd })
}

/** The paths (NUL-separated, raw bytes as latin1) where the index differs from `tree`, renames not followed. */
export async function indexChangesFrom(git: Git, tree: string, env: IndexEnv): Promise<string[]> {
  const out = await git.execBuffer(['diff-index', '--cached', '--no-renames', '--name-only', '-z', tree, '--'], { env })
  return out.stdout
    .toString('utf8')
    .split('\0')
    .filter((p) => p !== '')
}

/** A merge commit of `tree` with `parents` in that order; names and dates come from `env` (GIT_AUTHOR_*, GIT_COMMITTER_*). */
export async function commitMergeTree(git: Git, tree: string, parents: readonly string[], message: string, env: IndexEnv): Promise<string> {
  return git.run(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-m', message], { env })
}

/** Removes `path` from the index (a resolution that deletes the file). */
export async function removeIndexEntry(git: Git, path: string, env: IndexEnv): Promise<void> {
  await git.run(['update-index', '--force-remove', '--', path], { env })
}
