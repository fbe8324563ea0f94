import type { Git } from '../git/git'
import { readObjects } from '../git/cat-file'
import { matchLines, pairHunks, parseDiff3Blocks, splitLines, type Diff3Hunk } from '../conflicts'
import { encodeSection, hunkKey } from './hunk-key'
import type { RememberedResolutionData } from '../state/events'

/** A section larger than this (UTF-8 bytes) is not remembered: the event stays small. */
export const MAX_SECTION_BYTES = 8 * 1024
/** Hunks remembered from one merge at most. */
export const MAX_HUNKS_PER_MERGE = 100

/** The two parents of a merge commit, or null when it is not a merge of exactly two. */
async function parentsOf(git: Git, commit: string): Promise<[string, string] | null> {
  const line = (await git.run(['rev-list', '--parents', '-n', '1', commit])).trim().split(' ')
  return line.length === 3 ? [line[1]!, line[2]!] : null
}

function bytes(lines: readonly string[]): number {
  return lines.reduce((n, l) => n + Buffer.byteLength(l, 'utf8') + 1, 0)
}

/**
 * The resolution of each hunk of a merge of `ours` and `theirs`, read from the
 * merged file `result`: the lines between the context lines around the hunk,
 * found in the result by aligning it with git's merged file. A hunk whose
 * neighbouring context lines are not in the result (the resolver rewrote them
 * too), or a result that still holds markers, gives nothing: a resolution is
 * remembered only when it is certain which lines it is.
 */
export function resolvedHunks(mergedText: string, markerSize: number, resultText: string): (string[] | null)[] {
  const merged = splitLines(mergedText)
  const result = splitLines(resultText)
  const blocks = parseDiff3Blocks(merged, markerSize)
  const marker = new RegExp(`^(<{${markerSize}}|>{${markerSize}})( |\r?$)`)
  if (result.some((l) => marker.test(l))) return blocks.map(() => null)
  const toResult = matchLines(result, merged)
  return blocks.map((b) => {
    const before = b.open === 0 ? -1 : toResult[b.open - 1]!
    const after = b.close === merged.length - 1 ? result.length : toResult[b.close + 1]!
    if ((b.open > 0 && before < 0) || (b.close < merged.length - 1 && after < 0) || after < before + 1) return null
    return result.slice(before + 1, after)
  })
}

/**
 * What a merge commit on `branch` teaches: for each conflict hunk its parents
 * have (merged again with `git merge-tree`, diff3 style), the lines its own
 * tree has there. Nothing for a commit that is not a two-parent merge or whose
 * parents merge cleanly.
 */
export async function learnResolutions(git: Git, commit: string, branch: string): Promise<RememberedResolutionData[]> {
  const parents = await parentsOf(git, commit)
  if (!parents) return []
  const [ours, theirs] = parents
  const merge = await pairHunks(git, ours, theirs)
  if (merge.clean) return []
  const files = merge.files.filter((f) => f.hunks.length && f.mergedText !== undefined)
  const results = await readObjects(
    git,
    files.map((f) => Buffer.concat([Buffer.from(`${commit}:`), f.pathBase64 ? Buffer.from(f.pathBase64, 'base64') : Buffer.from(f.path)])),
  )
  const out: RememberedResolutionData[] = []
  files.forEach((file, i) => {
    const result = results[i]
    if (!result || result.subarray(0, 8000).includes(0)) return
    const resolved = resolvedHunks(file.mergedText!, file.markerSize!, result.toString('latin1'))
    file.hunks.forEach((hunk: Diff3Hunk, k) => {
      const lines = resolved[k]?.map((l) => Buffer.from(l, 'latin1').toString('utf8'))
      if (!lines || out.length >= MAX_HUNKS_PER_MERGE) return
      const sections = [hunk.base.lines, hunk.ours.lines, hunk.theirs.lines, lines]
      if (sections.some((s) => bytes(s) > MAX_SECTION_BYTES)) return
      const [base, oursText, theirsText, resultText] = sections.map(encodeSection)
      out.push({
        key: hunkKey({ base: hunk.base.lines, ours: hunk.ours.lines, theirs: hunk.theirs.lines }),
        path: file.path,
        ...(file.pathBase64 ? { pathBase64: file.pathBase64 } : {}),
        ...(base ? { base } : {}),
        ...(oursText ? { ours: oursText } : {}),
        ...(theirsText ? { theirs: theirsText } : {}),
        ...(resultText ? { result: resultText } : {}),
        commit,
        branch,
        oursCommit: ours,
        theirsCommit: theirs,
      })
    })
  })
  return out
}
