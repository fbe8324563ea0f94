import { Git } from '../git/git'
import { logText } from '../git/history'

export interface CommitInfo {
  sha: string
  author: string
  time: string
  message: string
}

/** Bounds what one sync reads, so a huge push cannot stall or flood the state. */
export const MAX_COMMITS_PER_SYNC = 5000
const MAX_MESSAGE = 64 * 1024

/**
 * Commits in `range` (e.g. `base..head`), oldest first. Fields are separated
 * by NUL and records by RS, which a commit message cannot smuggle in through
 * git log's formatting (NUL cannot appear in a message).
 */
export async function readCommits(git: Git, from: string | null, to: string): Promise<CommitInfo[]> {
  const range = from ? [`${from}..${to}`] : [to]
  const out = await logText(git, { format: '%H%x00%an%x00%cI%x00%B%x00%x1e', range, reverse: true, maxCount: MAX_COMMITS_PER_SYNC })
  const commits: CommitInfo[] = []
  for (const record of out.split('\x00\x1e')) {
    const trimmed = record.replace(/^\n/, '')
    if (!trimmed) continue
    const [sha, author, time, message = ''] = trimmed.split('\x00')
    if (!/^[0-9a-f]{40,64}$/.test(sha)) continue
    commits.push({ sha, author, time, message: message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE) : message })
  }
  return commits
}
