import type { NoticeConflict } from './conflict-notice-plan'
import { markdownLink, md } from '../text/markdown'

/** Finds our comment among a pull request's comments; people never start a comment with it. */
export const CONFLICT_MARKER = '<!-- agent-orchestrator:conflicts -->'

/** Rows beyond this are summarised, so the comment stays far below GitHub's 65536-character limit. */
const MAX_ROWS = 150

export interface ConflictCommentOptions {
  /** The pull request's head branch; the table lists the other side of each conflict. */
  head?: string
  /** With `repository` ("owner/name"), turns branch names into links, e.g. https://github.com. */
  serverUrl?: string
  repository?: string
}

/** The comment for a pull request: a table of conflicts, or a note that they are resolved. */
export function renderConflictComment(conflicts: NoticeConflict[], options: ConflictCommentOptions = {}): string {
  if (conflicts.length === 0) {
    return [
      CONFLICT_MARKER,
      '### ✅ Predicted merge conflicts resolved',
      '',
      'The last scan found no conflicts between this branch and the other open branches of the feature.',
      '',
    ].join('\n')
  }
  const rows: string[] = []
  let files = 0
  for (const conflict of conflicts) {
    const other = options.head !== undefined && conflict.right === options.head ? conflict.left : conflict.right
    const branch = branchCell(other, options)
    if (conflict.kind) {
      files += 1
      const what = `the merge fails ${conflict.kind === 'build' ? 'to build' : 'its tests'}${conflict.check ? ` (check ${conflict.check})` : ''}`
      if (rows.length < MAX_ROWS) rows.push(`| ${branch} | ${md(what, 1000)} | — |`)
      continue
    }
    const entries = conflict.files.length ? conflict.files : [{ path: '', ranges: undefined }]
    for (const file of entries) {
      files += 1
      if (rows.length >= MAX_ROWS) continue
      const path = file.path ? md(file.path, 1000) : '—'
      const ranges = file.ranges ? md(file.ranges, 1000) : '—'
      rows.push(`| ${branch} | ${path} | ${ranges} |`)
    }
  }
  const branches = conflicts.length === 1 ? 'another branch' : `${conflicts.length} other branches`
  // Proven before shown: no marker left, only the conflicting files changed, the trial checks pass on the merge.
  const suggested = conflicts
    .filter((c) => c.suggestion)
    .slice(0, MAX_ROWS)
    .map(
      (c) =>
        `- ${md(c.left, 1000)} × ${md(c.right, 1000)}: ${branchCell(c.suggestion!, options)} — \`git merge origin/${c.suggestion!.replace(/`/g, '')}\``,
    )
  const briefs = conflicts.filter((c) => c.brief).slice(0, MAX_ROWS)
  return [
    CONFLICT_MARKER,
    '### ⚠️ Predicted merge conflicts',
    '',
    `Merging this branch with ${branches} of the feature would conflict. ` +
      'Coordinate with the owners of those branches, or rebase after theirs are merged.',
    '',
    '| Conflicting branch | File | Lines |',
    '| --- | --- | --- |',
    ...rows,
    ...(files > rows.length ? ['', `…and ${files - rows.length} more conflicting files not shown.`] : []),
    ...(suggested.length
      ? ['', '**Proven resolutions** (no marker left, only the conflicting files changed, the checks pass on the merge):', '', ...suggested]
      : []),
    ...(briefs.length ? ['', '**How to resolve**', '', ...briefs.map((c) => briefLine(c, options))] : []),
    '',
  ].join('\n')
}

/** One conflict's brief, collapsed: hunks, who rebases onto whom, the command that prints it whole (its id is hex). */
function briefLine(conflict: NoticeConflict, options: ConflictCommentOptions): string {
  const b = conflict.brief!
  const other = options.head !== undefined && conflict.right === options.head ? conflict.left : conflict.right
  const command = /^[\w ./-]+$/.test(b.command) ? `\`${b.command}\`` : md(b.command, 300)
  return `- with ${md(other, 300)}: ${b.hunks} hunk(s) in ${b.files} file(s); **${md(b.rebases, 300)}** rebases onto **${md(b.onto, 300)}**. Full brief: ${command}`
}

function branchCell(branch: string, options: ConflictCommentOptions): string {
  if (options.serverUrl && options.repository) {
    return markdownLink(branch, options.serverUrl, [...options.repository.split('/'), 'tree', ...branch.split('/')])
  }
  return md(branch, 1000)
}
