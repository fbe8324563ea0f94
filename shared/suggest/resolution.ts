import { join } from 'node:path'
import { rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import type { PairResult } from '../conflicts/types'
import { leftoverMarkerLines, splitLines } from '../conflicts/conflict-markers'
import type { Git } from '../git/git'
import { readBlobs } from '../git/cat-file'
import { commitMergeTree, indexChangesFrom, readTree, removeIndexEntry, setIndexEntry, stageWorkTree, writeTree } from '../git/index-file'
import { lsTreeRootEntry, readFileBytesAt } from '../git/objects'
import { quote } from '../text/quote'
import { SUGGEST_IDENTITY } from './sandbox'
import type { ResolvedFile } from './types'

/** A resolution carried in a report is bounded: a suggestion is a few files, not a vendored tree. */
export const MAX_RESOLUTION_BYTES = 2 * 1024 * 1024

export type Resolution = { ok: true; tree: string; files: ResolvedFile[] } | { ok: false; reason: string }

/** The paths a resolver may change: the pair's conflicting files (those with a plain path). */
export function conflictingPaths(pair: PairResult): Set<string> {
  return new Set(pair.files.filter((f) => f.pathBase64 === undefined).map((f) => f.path))
}

function indexEnv(indexFolder: string, workTree?: string): Record<string, string> {
  return {
    GIT_INDEX_FILE: join(indexFolder, `suggest-${randomBytes(8).toString('hex')}`),
    ...(workTree ? { GIT_WORK_TREE: workTree } : {}),
  }
}

/**
 * What the resolver left in `work`, as a tree: the conflicted merge's tree
 * (`conflicted`, as merge-tree wrote it) with the work tree staged over it
 * (its ignore rules apply: products of a build the resolver ran do not count).
 * Refused when a path outside the conflicting files differs, a conflicting
 * file is no longer a regular file, or a marker is left (see judgeFiles).
 */
export async function resolutionOfWorkTree(
  git: Git,
  at: { indexFolder: string; work: string; conflicted: string },
  pair: PairResult,
): Promise<Resolution> {
  const env = indexEnv(at.indexFolder, at.work)
  try {
    await readTree(git, at.conflicted, env, { endOfOptions: true })
    await stageWorkTree(git, env, at.work)
    const allowed = conflictingPaths(pair)
    const changed = await indexChangesFrom(git, at.conflicted, env)
    const outside = changed.filter((p) => !allowed.has(p))
    if (outside.length)
      return {
        ok: false,
        reason: `touched ${outside.slice(0, 5).map(quote).join(', ')}${outside.length > 5 ? ` and ${outside.length - 5} more` : ''} outside the conflicting files`,
      }
    const tree = await writeTree(git, env)
    return judgeFiles(git, tree, pair, changed)
  } finally {
    rmSync(env.GIT_INDEX_FILE!, { force: true })
  }
}

/**
 * The tree a reported resolution makes: the conflicted merge's tree with each
 * file of `files` put in (or removed), judged as the sandbox's was. The
 * recording job rebuilds every suggestion this way from the tips, never
 * taking a tree or a commit from the report.
 */
export async function resolutionOfFiles(
  git: Git,
  at: { indexFolder: string; conflicted: string },
  pair: PairResult,
  files: readonly ResolvedFile[],
): Promise<Resolution> {
  const allowed = conflictingPaths(pair)
  const outside = files.filter((f) => !allowed.has(f.path)).map((f) => f.path)
  if (outside.length) return { ok: false, reason: `changes ${outside.slice(0, 5).map(quote).join(', ')} outside the conflicting files` }
  const env = indexEnv(at.indexFolder)
  try {
    await readTree(git, at.conflicted, env, { endOfOptions: true })
    for (const f of files) {
      if (f.contentBase64 === null) await removeIndexEntry(git, f.path, env)
      else {
        const blob = await git.writeBlob(Buffer.from(f.contentBase64, 'base64'))
        await setIndexEntry(git, { mode: f.mode ?? '100644', blob, path: f.path, add: true }, env)
      }
    }
    const tree = await writeTree(git, env)
    return judgeFiles(
      git,
      tree,
      pair,
      files.map((f) => f.path),
    )
  } finally {
    rmSync(env.GIT_INDEX_FILE!, { force: true })
  }
}

/** Each changed conflicting file of `tree`: a regular file (or gone) with no marker left that neither side had. */
async function judgeFiles(git: Git, tree: string, pair: PairResult, changed: readonly string[]): Promise<Resolution> {
  const files: ResolvedFile[] = []
  let bytes = 0
  for (const path of [...changed].sort()) {
    const entry = /^(\d+) (\w+) ([0-9a-f]+)\t/.exec(await lsTreeRootEntry(git, tree, path))
    if (!entry) {
      files.push({ path, contentBase64: null })
      continue
    }
    const mode = entry[1]!
    if (mode !== '100644' && mode !== '100755')
      return { ok: false, reason: `left ${quote(path)} as a ${entry[2]} of mode ${mode}, not a file` }
    const [content] = await readBlobs(git, [entry[3]!])
    bytes += content!.length
    if (bytes > MAX_RESOLUTION_BYTES) return { ok: false, reason: `resolved files exceed ${MAX_RESOLUTION_BYTES} bytes` }
    const sides = await Promise.all([pair.leftSha, pair.rightSha].map((sha) => readFileBytesAt(git, sha, path)))
    const own = new Set(sides.flatMap((b) => (b ? splitLines(b.toString('utf8')).map((l) => l.replace(/\r$/, '')) : [])))
    const markers = leftoverMarkerLines(content!.toString('utf8'), own)
    if (markers.length) return { ok: false, reason: `conflict marker left in ${quote(path)} (line ${markers.slice(0, 3).join(', ')})` }
    files.push({ path, mode, contentBase64: content!.toString('base64') })
  }
  return { ok: true, tree, files }
}

/** The suggestion's merge commit: both tips as parents, a fixed author and the scan's time, so the same resolution is the same commit. */
export async function suggestionCommit(git: Git, tree: string, pair: PairResult, at: string, command: string): Promise<string> {
  const date = `${Math.floor(Date.parse(at) / 1000)} +0000`
  const env = {
    GIT_AUTHOR_NAME: SUGGEST_IDENTITY.name,
    GIT_AUTHOR_EMAIL: SUGGEST_IDENTITY.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: SUGGEST_IDENTITY.name,
    GIT_COMMITTER_EMAIL: SUGGEST_IDENTITY.email,
    GIT_COMMITTER_DATE: date,
  }
  const message = [
    `Suggested resolution: merge ${pair.right} into ${pair.left}`,
    '',
    'Proven before it was shown: no conflict marker left, only the conflicting files changed, the trial checks pass on this merge.',
    '',
    `Resolver-Command: sha256:${command}`,
  ].join('\n')
  return commitMergeTree(git, tree, [pair.leftSha, pair.rightSha], message, env)
}
