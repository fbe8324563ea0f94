import type { Git } from './git'

/** Walking commits: rev-list, merge bases of many tips, log messages. */

/** `rev-list --left-right --count` of a symmetric range (`a...b`): "<ahead>\t<behind>". */
export async function leftRightCount(git: Git, range: string): Promise<string> {
  return git.run(['rev-list', '--left-right', '--count', '--end-of-options', range])
}

/** The first best common ancestor of all the tips, or null when they share none. */
export async function octopusMergeBase(git: Git, tips: readonly string[]): Promise<string | null> {
  const r = await git.exec(['merge-base', '--octopus', ...tips], { allowedExitCodes: [0, 1] })
  return r.exitCode === 0 ? r.stdout.trim().split('\n')[0] || null : null
}

/** `rev-list --topo-order --parents` of the revisions given on stdin (`<tip>` or `^<excluded>` lines): "<id> <parent>..." lines. */
export async function topoParents(git: Git, input: string): Promise<string> {
  return git.run(['rev-list', '--topo-order', '--parents', '--stdin'], { input })
}

/** Each commit of `range` with its parents (`[id, ...parents]`), newest first; null when git cannot walk the range. */
export async function commitParents(git: Git, range: string): Promise<string[][] | null> {
  const r = await git.exec(['rev-list', '--parents', range], { allowedExitCodes: [0, 128] })
  if (r.exitCode !== 0) return null
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(' '))
}

/** The commits `from..to` along first parents, oldest first. */
export async function firstParentLine(git: Git, from: string, to: string): Promise<string[]> {
  return (await git.run(['rev-list', '--first-parent', '--reverse', `${from}..${to}`])).split('\n').filter(Boolean)
}

export interface LogOptions {
  /** A `--format` string; records are separated as it says. */
  format: string
  /** Revisions (`base..head`, or one tip). */
  range: readonly string[]
  reverse?: boolean
  maxCount?: number
}

function logArgs(o: LogOptions): string[] {
  const reverse = o.reverse ? ['--reverse'] : []
  const max = o.maxCount === undefined ? [] : [`--max-count=${o.maxCount}`]
  return ['log', ...reverse, ...max, '--no-color', `--format=${o.format}`, ...o.range, '--']
}

/** `git log` formatted, as text (trailing newline removed). */
export async function logText(git: Git, options: LogOptions): Promise<string> {
  return git.run(logArgs(options))
}

/** `git log` formatted, as bytes. */
export async function logBytes(git: Git, options: LogOptions): Promise<Buffer> {
  return (await git.execBuffer(logArgs(options))).stdout
}

/** The author and committer dates of a commit, raw (`<seconds> <zone>`), on two lines. */
export async function rawDates(git: Git, commit: string): Promise<string> {
  return git.run(['log', '-1', '--format=%ad%n%cd', '--date=raw', commit])
}

/** Writes a commit-graph of every reachable commit, so that later walks read it instead of the objects. */
export async function writeCommitGraph(git: Git): Promise<void> {
  await git.run(['commit-graph', 'write', '--reachable', '--no-progress'])
}
