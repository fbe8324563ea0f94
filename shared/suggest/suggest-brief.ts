import type { ConflictReport, PairResult } from '../conflicts/types'

/**
 * What the resolver reads on stdin: the task, then the scan's own data about
 * the pair (files, kinds, line ranges on each side, the two branches and
 * commits) as JSON. The one place the brief is made: the full conflicts brief
 * (diff3 hunks, the tasks behind each side) replaces it here.
 */
export function suggestBrief(pair: PairResult, report: ConflictReport): string {
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
    'The scan (JSON):',
    JSON.stringify(data, null, 2),
    '',
  ].join('\n')
}
