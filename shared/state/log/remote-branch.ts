import { setTimeout as sleep } from 'node:timers/promises'
import { createHash } from 'node:crypto'
import type { Git } from '../../git/git'
import { GitError } from '../../errors'
import { isPermanentGitFailure, keyLine } from '../../git/git-failure'
import { deleteRef } from '../../git/refs'

/**
 * Fetching and compare-and-swap pushing of the state branch. Only a private
 * ref under refs/orchestrator/ is written locally: never the user's
 * branches, index, working tree or HEAD.
 */

/** Where the fetched state branch is kept: `refs/orchestrator/remote-state/<remote>/<branch>`. */
export function privateStateRef(remote: string, branch: string): string {
  const slug =
    /^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$/.test(remote) && !remote.includes('..') && !remote.endsWith('.lock')
      ? remote
      : `url-${createHash('sha256').update(remote).digest('hex').slice(0, 12)}`
  return `refs/orchestrator/remote-state/${slug}/${branch}`
}

/**
 * Fetches `branch` into `privateRef`; returns its commit, or null when the
 * remote has no such branch (the private ref is then removed too).
 */
export async function fetchBranch(git: Git, remote: string, branch: string, privateRef: string, shallow: boolean): Promise<string | null> {
  const args = [
    'fetch',
    '--quiet',
    '--no-tags',
    '--no-write-fetch-head',
    '--no-recurse-submodules',
    '--no-auto-maintenance',
    // Without this, fetching from a named remote also moves the user's refs/remotes/<remote>/<branch>.
    '--refmap=',
    ...(shallow ? ['--depth=1'] : []),
    '--',
    remote,
    `+refs/heads/${branch}:${privateRef}`,
  ]
  for (let attempt = 1; ; attempt++) {
    const r = await git.exec(args, { allowedExitCodes: [0, 1, 128] })
    if (r.exitCode === 0) return git.resolveCommit(privateRef)
    if (/couldn't find remote ref/i.test(r.stderr)) {
      await deleteRef(git, privateRef)
      return null
    }
    // Another process of ours updating the same private ref at this moment: try again shortly.
    if (/cannot lock ref|unable to update local ref|some local refs could not be updated/i.test(r.stderr) && attempt < 6) {
      await sleep(20 * attempt + Math.floor(Math.random() * 30))
      continue
    }
    const error = new GitError(`git fetch of ${branch} from ${remote} failed: ${keyLine(r.stderr)}`, args, r.stderr, r.exitCode)
    if (isPermanentGitFailure(r.stderr)) throw new PermanentGitFailure(error.message, args, r.stderr, r.exitCode)
    throw error
  }
}

export type PushOutcome =
  | { status: 'pushed' }
  /** The branch moved (or was force-pushed) since we read it: re-read and retry. */
  | { status: 'stale'; detail: string }
  /** The server refused for a reason retrying will not fix (hook, protection, permission). */
  | { status: 'refused'; detail: string }
  /** No answer (network, timeout): the push may or may not have landed. */
  | { status: 'unknown'; detail: string }

/**
 * The state push's packing sends whole objects (no delta search): the state's large files (projection, views,
 * caches) change a little on every append, and searching deltas for them cost more than the bytes saved (a corpus
 * with 1,160 conflicting pairs, one branch moved: 630 ms for a 143 KB pack, 175 ms for 1.1 MB). Given in the
 * environment, after any config entries the Git has (a token's header), so only this push's own packing changes.
 */
const WHOLE_OBJECTS = { 'pack.window': '0' } as const

/**
 * Compare-and-swap: move `branch` to `commit` only if it is still exactly at
 * `expected` (null: only if it does not exist). A plain fast-forward push is
 * not enough: it would succeed after the branch was force-pushed back to an
 * ancestor and resurrect the commits that were removed.
 */
export async function pushWithLease(
  git: Git,
  remote: string,
  branch: string,
  commit: string,
  expected: string | null,
): Promise<PushOutcome> {
  const target = `refs/heads/${branch}`
  const args = [
    'push',
    '--porcelain',
    '--no-verify',
    '--no-recurse-submodules',
    `--force-with-lease=${target}:${expected ?? ''}`,
    '--',
    remote,
    `${commit}:${target}`,
  ]
  let r
  try {
    r = await git.exec(args, { allowedExitCodes: [0, 1, 128], env: git.configEnv(WHOLE_OBJECTS) })
  } catch (error) {
    return { status: 'unknown', detail: error instanceof Error ? error.message : String(error) }
  }
  const line = r.stdout.split('\n').find((l) => l.includes(`:${target}\t`))
  if (!line) {
    if (isPermanentGitFailure(r.stderr)) return { status: 'refused', detail: keyLine(r.stderr) }
    return { status: 'unknown', detail: lastLines(r.stderr) || `git push exited with ${r.exitCode}` }
  }
  const [flag, , summary = ''] = line.split('\t')
  // `=`: the remote already held this very commit, so git checked no lease and sent nothing. Another writer
  // built a byte-identical commit (the same events on the same head in the same second) and pushed it
  // first: the facts are recorded, but not by this push. Read again (the events are then already there),
  // so that only one of the two writers reports them as added, and announces them.
  if (flag === '=') return { status: 'stale', detail: 'another writer pushed this same commit first' }
  if (r.exitCode === 0 && flag !== '!') return { status: 'pushed' }
  if (/hook declined|protected branch|permission|denied|not allowed/i.test(summary)) {
    return { status: 'refused', detail: `${summary}${r.stderr ? `: ${keyLine(r.stderr)}` : ''}` }
  }
  return { status: 'stale', detail: summary }
}

/** A fetch failure that no retry can fix (no such remote, credentials or permission refused). */
export class PermanentGitFailure extends GitError {}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' / ')
}
