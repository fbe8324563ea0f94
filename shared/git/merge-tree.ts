import type { Git } from './git'

/**
 * `git merge-tree --write-tree`: a merge computed in the object store,
 * without a working tree or an index. `pins` are `-c` options put before the
 * command (a sandbox's fixed configuration).
 */

/** Every exit code, including -1 (killed): merge-tree's code is data (0 clean, 1 conflicted), and the caller reads stderr. */
const ANY_EXIT = Array.from({ length: 257 }, (_, i) => i - 1)

/** Whether this git takes `merge-tree --stdin` (batch merges): by trying it with no merges. */
export async function mergeTreeTakesStdin(git: Git): Promise<boolean> {
  const r = await git.exec(['merge-tree', '--write-tree', '--stdin'], { input: '', allowedExitCodes: ANY_EXIT })
  return r.exitCode === 0
}

/** `merge-tree` with `args`, whatever its exit code; stdout as a byte string (latin1), so paths that are not UTF-8 survive. */
export async function runMergeTree(git: Git, pins: readonly string[], args: readonly string[], input?: string) {
  const r = await git.execBuffer([...pins, 'merge-tree', ...args], {
    allowedExitCodes: ANY_EXIT,
    ...(input === undefined ? {} : { input }),
  })
  return { stdout: r.stdout.toString('latin1'), stderr: r.stderr, exitCode: r.exitCode }
}

/** The tree of a clean merge of two commits, or null when they conflict. */
export async function cleanMergeTree(git: Git, pins: readonly string[], left: string, right: string): Promise<string | null> {
  const r = await git.exec([...pins, 'merge-tree', '--write-tree', '--no-messages', left, right], { allowedExitCodes: [0, 1] })
  return r.exitCode === 0 ? r.stdout.split('\n')[0]!.trim() : null
}

/** True when merging the two commits conflicts, false when clean, null when git could not tell. */
export async function mergeConflicts(git: Git, a: string, b: string): Promise<boolean | null> {
  const r = await git.exec(['merge-tree', '--write-tree', '--name-only', a, b], { allowedExitCodes: [0, 1, 128] })
  return r.exitCode === 0 ? false : r.exitCode === 1 ? true : null
}

/** The tree `merge-tree --write-tree` makes of two commits, conflicted files holding markers (exit 1 is a result here). */
export async function conflictedMergeTree(git: Git, pins: readonly string[], left: string, right: string): Promise<string> {
  const r = await git.exec([...pins, 'merge-tree', '--write-tree', '--no-messages', left, right], { allowedExitCodes: [0, 1] })
  return r.stdout.split('\n')[0]!.trim()
}
