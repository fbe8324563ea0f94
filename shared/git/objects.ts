import type { Git } from './git'

/** Reading files and trees at a commit, and writing objects, without a checkout. */

/** The text of `path` at `commit`, or null when the commit has no such file. */
export async function readFileAt(git: Git, commit: string, path: string): Promise<string | null> {
  const r = await git.exec(['cat-file', 'blob', `${commit}:${path}`], { allowedExitCodes: [0, 128] })
  return r.exitCode === 0 ? r.stdout : null
}

/** Like readFileAt, as bytes. */
export async function readFileBytesAt(git: Git, commit: string, path: string): Promise<Buffer | null> {
  const r = await git.execBuffer(['cat-file', 'blob', `${commit}:${path}`], { allowedExitCodes: [0, 128] })
  return r.exitCode === 0 ? r.stdout : null
}

/** The `ls-tree -z` entry of `path` in `treeish` (`<mode> <type> <oid>\t<path>`), empty when there is none. */
export async function lsTreeEntry(git: Git, treeish: string, path: string): Promise<string> {
  return (await git.run(['ls-tree', '-z', treeish, '--', path])).split('\0')[0]!
}

/** Like lsTreeEntry, with `path` from the root of the tree whatever the working folder. */
export async function lsTreeRootEntry(git: Git, treeish: string, path: string): Promise<string> {
  return (await git.execBuffer(['ls-tree', '-z', '--full-tree', treeish, '--', path])).stdout.toString('utf8').split('\0')[0]!
}

/** The NUL-separated `ls-tree -z` listing of `tree` (of every file below it when `recursive`). */
export async function lsTree(git: Git, tree: string, options: { recursive?: boolean } = {}): Promise<string> {
  return git.run(['ls-tree', ...(options.recursive ? ['-r'] : []), '-z', '--end-of-options', tree])
}

/** The names of the folders directly in `path` at `treeish`; null when there is no such folder. */
export async function subfolderNames(git: Git, treeish: string, path: string): Promise<string[] | null> {
  const r = await git.exec(['ls-tree', '-d', '-z', '--name-only', `${treeish}:${path}`], { allowedExitCodes: [0, 128] })
  return r.exitCode === 0 ? r.stdout.split('\0').filter(Boolean) : null
}

/**
 * Stores a pack's objects (see pack.ts) with one `git index-pack --stdin`, whatever their number and types:
 * the pack is kept as one file with its index (faster than a loose file per object, which unpack-objects
 * writes); git computes every id again as it indexes.
 */
export async function storePack(git: Git, pack: Buffer): Promise<void> {
  await git.exec(['index-pack', '--stdin'], { input: pack })
}
