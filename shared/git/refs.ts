import { dirname, resolve as resolvePath, sep as pathSep } from 'node:path'
import type { Git } from './git'

/**
 * `rev-parse`, `symbolic-ref`, `update-ref` and `for-each-ref`: naming
 * commits, refs and the repository's own files. Each verb runs exactly the
 * command its callers ran before it had a name.
 */

/** Where git keeps `path` (`rev-parse --git-path`), as git prints it: relative to the repository folder unless absolute. */
export async function gitPath(git: Git, path: string): Promise<string> {
  return git.run(['rev-parse', '--git-path', path])
}

/** The root of the working tree the repository folder is in. */
export async function toplevel(git: Git): Promise<string> {
  return (await git.run(['rev-parse', '--show-toplevel'])).trim()
}

/** `sha1` or `sha256`, as git names the repository's object format. */
export async function objectFormat(git: Git): Promise<string> {
  return git.objectFormat()
}

/** The commit HEAD is at (throws when there is none). */
export async function headId(git: Git): Promise<string> {
  return git.run(['rev-parse', 'HEAD'])
}

/** The short name of the branch HEAD points at; empty when HEAD is detached. */
export async function symbolicHead(git: Git): Promise<string> {
  return (await git.exec(['symbolic-ref', '--short', '-q', 'HEAD'], { allowedExitCodes: [0, 1] })).stdout.trim()
}

/** The object id `spec` names (`<commit>:<path>` for a tree or blob), or null when it names nothing. */
export async function objectIdOf(git: Git, spec: string): Promise<string | null> {
  const r = await git.exec(['rev-parse', '--verify', '--quiet', spec], { allowedExitCodes: [0, 1, 128] })
  return r.exitCode === 0 ? r.stdout.trim() : null
}

/** The tree of a commit (throws when `sha` names none). */
export async function treeOf(git: Git, sha: string): Promise<string> {
  return git.run(['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`])
}

/** Moves `ref` to `value` only if it is still at `expected` ('' : only if absent); a lost race is not an error, the ref just stays. */
export async function updateRefIfAt(git: Git, ref: string, value: string, expected: string): Promise<void> {
  await git.exec(['update-ref', ref, value, expected], { allowedExitCodes: [0, 1, 128] })
}

/** Sets every `ref` to its commit with one `update-ref --stdin` (one transaction: all or none). */
export async function updateRefs(git: Git, updates: ReadonlyArray<readonly [ref: string, value: string]>): Promise<void> {
  if (updates.length === 0) return
  await git.run(['update-ref', '-z', '--stdin'], { input: updates.map(([ref, value]) => `update ${ref}\0${value}\0\0`).join('') })
}

/** Removes `ref`; one that is already gone is not an error. */
export async function deleteRef(git: Git, ref: string): Promise<void> {
  await git.exec(['update-ref', '-d', ref], { allowedExitCodes: [0, 1] })
}

/** `for-each-ref --format=<format>` over the patterns, one line per ref (only refs whose commit contains `contains`, when given). */
export async function listRefs(
  git: Git,
  format: string,
  patterns: readonly string[],
  options: { contains?: string } = {},
): Promise<string> {
  const contains = options.contains === undefined ? [] : ['--contains', options.contains]
  return git.run(['for-each-ref', ...contains, `--format=${format}`, ...patterns])
}

/**
 * What a hook needs to know of a checkout, with one process: the working
 * tree's root, where `cacheFile` and FETCH_HEAD are kept, the commit HEAD is
 * at and the ref it names (`HEAD` when detached). Null outside a repository.
 */
export async function checkoutFacts(git: Git, cacheFile: string): Promise<string[] | null> {
  const r = await git.exec(['rev-parse', ...checkoutFactArgs(cacheFile)], { allowedExitCodes: [0, 128] })
  return r.exitCode === 0 ? r.stdout.split('\n') : null
}

/** `checkoutFacts`' arguments to rev-parse (also asked with the repository's first rev-parse: `Git.isRepositoryWith`). */
export function checkoutFactArgs(cacheFile: string): string[] {
  return ['--show-toplevel', '--git-path', cacheFile, '--git-path', 'FETCH_HEAD', 'HEAD', '--symbolic-full-name', 'HEAD']
}

/**
 * A file in the git folder (`info/exclude`, `orchestrator/…`, `hooks/…`): its
 * absolute path and the git folder it lies in (the worktree's own, or the
 * common one, or for a file outside both, its own folder), the root below
 * which writes to it are confined.
 */
export async function gitFile(git: Git, path: string): Promise<{ root: string; path: string }> {
  const [gitDir, common, file] = (await git.run(['rev-parse', '--absolute-git-dir', '--git-common-dir', '--git-path', path]))
    .split('\n')
    .map((l) => resolvePath(git.cwd, l.trim()))
  const root = [gitDir!, common!].filter((r) => file!.startsWith(`${r}${pathSep}`)).sort((a, b) => b.length - a.length)[0]
  // Outside both (core.hooksPath naming a folder of the person's): that folder is the root, the file itself is checked.
  return { root: root ?? dirname(file!), path: file! }
}

/** What a repository's refs, HEAD and index say now, as one string: equal strings mean nothing there moved. */
export async function repositoryFacts(git: Git): Promise<string> {
  const refs = await git.run(['for-each-ref', '--format=%(refname) %(objectname)'])
  const head = await git.exec(['symbolic-ref', '-q', 'HEAD'], { allowedExitCodes: [0, 1] })
  const config = await git.exec(['config', '--local', '--list', '-z'], { allowedExitCodes: [0, 1] })
  const status = await git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=no'])
  return JSON.stringify([refs, head.stdout.trim(), (await git.resolveCommit('HEAD')) ?? '', config.stdout, status])
}
