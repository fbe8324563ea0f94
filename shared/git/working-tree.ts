import type { Git } from './git'

/**
 * The porcelain a person uses in a checkout: switching branches, committing
 * everything, pushing. These touch the working tree, the index and HEAD, so
 * only a repository of our own (the demo's) is given to them, never the user's.
 */

/** Switches to `branch`; with `startPoint`, (re)creates it there first. */
export async function switchBranch(git: Git, branch: string, startPoint?: string): Promise<void> {
  await git.run(startPoint === undefined ? ['checkout', '-q', branch] : ['checkout', '-q', '-B', branch, startPoint])
}

/** Stages every change of the working tree and commits it. */
export async function commitAll(git: Git, message: string): Promise<void> {
  await git.run(['add', '-A'])
  await git.run(['commit', '-q', '-m', message])
}

/** `git push -q <remote> <refspec>`. */
export async function push(git: Git, remote: string, refspec: string): Promise<void> {
  await git.run(['push', '-q', remote, refspec])
}

/** `git fetch -q <remote>` with its configured refspecs. */
export async function fetchAll(git: Git, remote: string): Promise<void> {
  await git.run(['fetch', '-q', remote])
}

/** What `git show <rev>:<path>` prints: the file's text, trailing newline removed. */
export async function showFile(git: Git, rev: string, path: string): Promise<string> {
  return git.run(['show', `${rev}:${path}`])
}

/** Copies commits (and their history) into the repository at `target` under the refs of `refspecs` (`<sha>:<ref>`); no hook runs. */
export async function pushCommitsTo(git: Git, target: string, refspecs: readonly string[]): Promise<void> {
  await git.run(['push', '-q', '--no-verify', target, ...refspecs])
}

/**
 * `git merge --no-commit --no-ff` of `theirs` into the checked-out branch, with the conflict style
 * `style`: true when it conflicted (the files then hold markers, the index the stages), false when clean.
 */
export async function mergeNoCommit(
  git: Git,
  theirs: string,
  style: 'merge' | 'diff3',
  env: Record<string, string> = {},
): Promise<boolean> {
  const r = await git.exec(['-c', `merge.conflictStyle=${style}`, 'merge', '-q', '--no-commit', '--no-ff', '--no-edit', theirs], {
    allowedExitCodes: [0, 1],
    env,
  })
  return r.exitCode === 1
}
