import type { PairHunks } from '../conflicts'
import type { ConflictReport, PairResult } from '../conflicts/types'

/** Lines of one section of one hunk given to the resolver: the rest is in the files themselves. */
const MAX_SECTION_LINES = 200

/**
 * What the resolver reads on stdin: the task, then the scan's own data about
 * the pair (files, kinds, line ranges on each side, the two branches and
 * commits) as JSON, and each conflicting hunk as `conflicts brief` reads it (pairHunks: base,
 * ours and theirs, with line numbers in each side's own file). The one place the brief is made.
 */
export function suggestBrief(pair: PairResult, report: ConflictReport, hunks: PairHunks | null = null): string {
  const side = (name: string) => report.branches.find((b) => b.name === name)
  const data = {
    left: { branch: pair.left, commit: pair.leftSha, role: side(pair.left)?.role },
    right: { branch: pair.right, commit: pair.rightSha, role: side(pair.right)?.role },
    mergeBase: pair.mergeBase ?? null,
    files: pair.files.map((f) => ({
      path: f.path,
      kind: f.kind,
      leftRanges: f.leftRanges,
      rightRanges: f.rightRanges,
      ...(f.message ? { message: f.message } : {}),
    })),
  }
  return [
    `Resolve the merge conflict between ${pair.left} and ${pair.right}.`,
    '',
    `This folder is a git repository with the merge in progress: ${pair.left} is checked out ("ours") and ${pair.right} ("theirs") is being merged into it; the conflicting files hold diff3 markers (<<<<<<< ours, ||||||| base, ======= , >>>>>>> theirs).`,
    'Edit only the conflicting files listed below, keep what each side meant, and leave no marker. Do not touch any other file and do not commit: the result is checked (no marker left, no other file changed) and then built and tested.',
    '',
    'Conflicting files:',
    ...pair.files.map((f) => `- ${f.path} (${f.kind})`),
    '',
    ...(hunks ? hunkLines(hunks) : []),
    'The scan (JSON):',
    JSON.stringify(data, null, 2),
    '',
  ].join('\n')
}

function hunkLines(hunks: PairHunks): string[] {
  const out = [
    'Conflicting hunks (diff3: base, ours = the checked-out side, theirs = the merged side; line numbers in each side’s own file):',
    '',
  ]
  const span = (start: number, lines: readonly string[]) =>
    lines.length ? `lines ${start}-${start + lines.length - 1}` : `nothing (before line ${start})`
  const section = (mark: string, lines: readonly string[]) => [
    ...lines.slice(0, MAX_SECTION_LINES).map((l) => `${mark} ${l}`),
    ...(lines.length > MAX_SECTION_LINES ? [`${mark} …${lines.length - MAX_SECTION_LINES} more line(s)`] : []),
  ]
  for (const f of hunks.files) {
    out.push(`== ${f.path} (${f.kind})${f.noHunks ? `: no hunks (${f.noHunks})` : ''}`)
    f.hunks.forEach((h, i) => {
      out.push(
        `-- hunk ${i + 1}: ours ${span(h.ours.start, h.ours.lines)}, base ${span(h.base.start, h.base.lines)}, theirs ${span(h.theirs.start, h.theirs.lines)}`,
        ...section('<', h.ours.lines),
        ...section('|', h.base.lines),
        ...section('>', h.theirs.lines),
      )
    })
    out.push('')
  }
  return out
}
