import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { Git } from './git'
import type { IndexedPack } from './pack'

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
 * Stores a pack's objects (see pack.ts) whatever their number and types, kept as one file with its index
 * (faster than a loose file per object, which unpack-objects writes). With the index made in process (the
 * one `git index-pack` would write, byte for byte), the two files are written into the object folder the
 * way git writes them, with no process: the pack first, its index last (git finds a pack by its index),
 * each under a temporary name, flushed to disk, then renamed. Without one, `git index-pack --stdin`.
 */
export async function storePack(git: Git, made: IndexedPack): Promise<void> {
  // A repository shared with a group (core.sharedRepository) gets the permissions git gives it; one whose
  // setting is not known here (no trace of it) is left to git as well.
  if (!made.idx || git.seenSharedRepository() !== false) {
    await git.exec(['index-pack', '--stdin'], { input: made.pack })
    return
  }
  const folder = join(await git.objectsDir(), 'pack')
  mkdirSync(folder, { recursive: true })
  const name = join(folder, `pack-${made.checksum}`)
  // The same name is the same pack (it is named by its checksum): already there whole, nothing to write.
  if (existsSync(`${name}.idx`) && existsSync(`${name}.pack`)) return
  writeWhole(folder, `${name}.pack`, made.pack)
  writeWhole(folder, `${name}.idx`, made.idx)
}

/** `content` at `path`: written to a new temporary file in `folder` (never through a link), synced, then renamed. */
function writeWhole(folder: string, path: string, content: Buffer): void {
  const temp = join(folder, `tmp_orch_${process.pid}_${randomBytes(6).toString('hex')}`)
  // Read-only, as git leaves its packs.
  const fd = openSync(temp, 'wx', 0o444)
  try {
    writeSync(fd, content)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  try {
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
