import { MergeSandbox } from '../conflicts/merge-sandbox'
import { GitError } from '../errors'
import { Git } from '../git/git'
import { readBlobs } from '../git/cat-file'
import type { ChangedPath, EntryKind } from './types'
import { rawDiff } from '../git/diff'

/**
 * Every path that differs between two commits, with the modes on both sides,
 * from `git diff --raw -z` (paths are untrusted: spaces, newlines, non-ASCII
 * all survive NUL separation). Renames are detected so they can be shown as
 * such, but both their source and target are listed, so nothing hides in a
 * rename. Sorted by path for stable output.
 */
export async function changedPaths(source: Git, from: string, to: string): Promise<ChangedPath[]> {
  // Computed on git objects only, in a sandbox with no work tree, index, attributes or user
  // configuration: nothing the branch under test ships (a .gitattributes, say) can change the answer.
  const [fromSha, toSha] = await Promise.all([source.resolveCommit(from), source.resolveCommit(to)])
  if (!fromSha || !toSha)
    throw new GitError(`cannot compare ${from} with ${to}: ${fromSha ? to : from} names no commit here`, ['rev-parse', from, to], '', 0)
  const sandbox = await MergeSandbox.open(source)
  try {
    return await changedPathsIn(sandbox.git, fromSha, toSha)
  } finally {
    sandbox.close()
  }
}

async function changedPathsIn(git: Git, from: string, to: string): Promise<ChangedPath[]> {
  const changes = parseRawDiff(await rawDiff(git, from, to))
  await attachLinkTargets(git, changes)
  return changes.map(toChangedPath).sort((a, b) => compare(a.path, b.path) || compare(a.fromPath ?? '', b.fromPath ?? ''))
}

interface RawChange extends ChangedPath {
  newBlob: string
}

/** Parses `git diff --raw -z --no-abbrev` output: `:<modes> <ids> <status>\0<path>\0[<path>\0]`. */
export function parseRawDiff(output: Buffer): RawChange[] {
  const fields = splitNul(output)
  const out: RawChange[] = []
  for (let i = 0; i < fields.length;) {
    const header = fields[i++].toString('utf8')
    const m = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(header)
    if (!m) throw new Error(`unexpected git diff --raw line ${JSON.stringify(header.slice(0, 120))}`)
    const [, oldMode, newMode, , newBlob, status] = m
    const twoPaths = status === 'R' || status === 'C'
    const first = fields[i++]?.toString('utf8')
    const second = twoPaths ? fields[i++]?.toString('utf8') : undefined
    if (first === undefined || (twoPaths && second === undefined)) throw new Error('truncated git diff --raw output')
    const change: RawChange = {
      status,
      path: twoPaths ? second! : first,
      before: kindOf(oldMode),
      after: kindOf(newMode),
      newBlob,
    }
    if (twoPaths) change.fromPath = first
    out.push(change)
  }
  return out
}

export function kindOf(mode: string): EntryKind {
  switch (mode) {
    case '000000':
      return 'none'
    case '100644':
      return 'file'
    case '100755':
      return 'executable'
    case '120000':
      return 'symlink'
    case '160000':
      return 'submodule'
    default:
      return 'other'
  }
}

function splitNul(buffer: Buffer): Buffer[] {
  const parts: Buffer[] = []
  let start = 0
  for (let i = buffer.indexOf(0, start); i !== -1; i = buffer.indexOf(0, start)) {
    parts.push(buffer.subarray(start, i))
    start = i + 1
  }
  if (start < buffer.length) parts.push(buffer.subarray(start))
  return parts
}

/** Reads what every new or changed symlink points to, with one `git cat-file --batch`. */
async function attachLinkTargets(git: Git, changes: RawChange[]): Promise<void> {
  const links = changes.filter((c) => c.after === 'symlink')
  if (links.length === 0) return
  const targets = await readBlobs(
    git,
    links.map((c) => c.newBlob),
  )
  links.forEach((link, i) => (link.linkTarget = targets[i]!.toString('utf8')))
}

function toChangedPath(raw: RawChange): ChangedPath {
  const out: ChangedPath = { status: raw.status, path: raw.path, before: raw.before, after: raw.after }
  if (raw.fromPath !== undefined) out.fromPath = raw.fromPath
  if (raw.linkTarget !== undefined) out.linkTarget = raw.linkTarget
  return out
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
