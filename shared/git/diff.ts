import type { Git } from './git'

/** What changed between two commits: names, patches and raw entries. */

/** Paths changed from `from` to `to` (no rename detection); with `allowMissing`, none when git cannot compare them. */
export async function changedNames(git: Git, from: string, to: string, options: { allowMissing?: boolean } = {}): Promise<string[]> {
  const r = await git.exec(['diff', '--name-only', '--no-renames', '-z', from, to, '--'], {
    allowedExitCodes: options.allowMissing ? [0, 128] : [0],
  })
  return r.exitCode === 0 ? r.stdout.split('\0').filter(Boolean) : []
}

/** What both tree diffs share: every file (no renames, no external or text-converting drivers, submodules seen). */
function treeDiff(base: string, tip: string): string[] {
  return ['--no-renames', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none', '-r', base, tip]
}

/** `diff-tree -z --name-only`: the exact bytes of every changed path, NUL-separated. */
export async function diffTreeNames(git: Git, base: string, tip: string): Promise<Buffer> {
  return (await git.execBuffer(['diff-tree', '-z', '--name-only', ...treeDiff(base, tip)])).stdout
}

/** git's own zero-context patch (`a/` and `b/` prefixes, names quoted), as bytes. */
export async function diffTreeZeroContext(git: Git, base: string, tip: string): Promise<Buffer> {
  const args = ['-c', 'core.quotePath=true', 'diff-tree', '-p', '-U0', '--no-color', '--src-prefix=a/', '--dst-prefix=b/']
  return (await git.execBuffer([...args, ...treeDiff(base, tip)])).stdout
}

/** `diff --raw -z -M --no-abbrev` from `from` to `to`: modes, full ids, status and paths. */
export async function rawDiff(git: Git, from: string, to: string): Promise<Buffer> {
  const { stdout } = await git.execBuffer([
    'diff',
    '--raw',
    '-z',
    '-M',
    '--no-abbrev',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    // A user's `diff.ignoreSubmodules` must not hide a gitlink change.
    '--ignore-submodules=none',
    from,
    to,
    '--',
  ])
  return stdout
}

/** Named in the errors of a reader of diffTreeStatusBatch's output. */
export const STATUS_BATCH_ARGS = [
  'diff-tree',
  '--stdin',
  '--always',
  '-r',
  '--no-renames',
  '--ignore-submodules=none',
  '--name-status',
  '-z',
]

/** `diff-tree --stdin --name-status -z` of many "<tip> <base>" lines in one process; each range's output starts with its line. */
export async function diffTreeStatusBatch(git: Git, input: string): Promise<Buffer> {
  return (await git.execBuffer(STATUS_BATCH_ARGS, { input })).stdout
}
