import { setTimeout as sleep } from 'node:timers/promises'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { StateError } from '../errors'
import { Git } from '../git/git'
import { fetchBranches, pushIfAt } from '../git/remote'
import { Logger } from '../logger'
import { lsTreeEntry } from '../git/objects'
import { commitTree, readTree, setIndexEntry, writeTree } from '../git/index-file'

/**
 * Rewrites one file on a code branch as a compare-and-swap: read the tip,
 * transform the file, commit with plumbing (a temporary index, so the user's
 * index and working tree are untouched), push leased on the tip we read, and
 * on a lost race start again from the new tip. Returns the new commit, or
 * null when the file already had the wanted content.
 */
export async function commitFileWithLease(
  git: Git,
  remote: string,
  branch: string,
  path: string,
  transform: (text: string) => string,
  message: string,
  logger: Logger,
  maxAttempts = 6,
): Promise<string | null> {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const tip = (await fetchBranches(git, remote, [branch])).get(branch)
    if (!tip) throw new StateError(`branch ${branch} is not on ${remote}; cannot update ${path}`)
    const entry = await lsTreeEntry(git, tip, path)
    const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(entry)
    if (!m) throw new StateError(`${path} is not a file on ${branch}`)
    const before = await git.readBlob(m[2])
    const after = transform(before)
    if (after === before) return null
    const blob = await git.writeBlob(after)
    const dir = mkdtempSync(join(tmpdir(), 'orch-index-'))
    let commit: string
    try {
      const env = { GIT_INDEX_FILE: join(dir, 'index') }
      await readTree(git, tip, env)
      await setIndexEntry(git, { mode: m[1]!, blob, path }, env)
      const tree = await writeTree(git, env)
      commit = await commitTree(git, tree, tip, message, {
        GIT_AUTHOR_NAME: 'agent-orchestrator',
        GIT_AUTHOR_EMAIL: 'agent-orchestrator@users.noreply.github.com',
        GIT_COMMITTER_NAME: 'agent-orchestrator',
        GIT_COMMITTER_EMAIL: 'agent-orchestrator@users.noreply.github.com',
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    if (await pushIfAt(git, remote, branch, tip, commit)) return commit
    logger.debug(`${branch} moved while updating ${path} (attempt ${attempt}); retrying`)
    await sleep(100 * attempt + Math.floor(Math.random() * 100))
  }
  throw new StateError(
    `could not update ${path} on ${branch} after ${maxAttempts} attempts: the branch kept moving. Nothing was overwritten.`,
  )
}
