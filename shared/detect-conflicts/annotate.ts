import { annotationLines, formatRanges, isEmptyRange } from '../conflicts/range-text'
import type { Logger } from '../logger'
import type { DetectConflictsResult } from './detect-conflicts'

const MAX_ANNOTATIONS = 50

/** A warning on each conflicting file and line range, on both sides, so they show on the pull requests' changed files. */
export function annotateConflicts(result: DetectConflictsResult, logger: Logger): void {
  let count = 0
  for (const pair of result.report.pairs) {
    if (pair.status === 'error' || pair.status === 'unrelated')
      logger.warning(`${pair.left} ↔ ${pair.right}: ${pair.error ?? 'could not be merged'}`)
    if (pair.status !== 'conflicted') continue
    for (const m of pair.messages ?? []) logger.warning(`conflict between ${pair.left} and ${pair.right}: ${m.text}`)
    for (const file of pair.files) {
      for (const [side, other, ranges] of [
        [pair.left, pair.right, file.leftRanges],
        [pair.right, pair.left, file.rightRanges],
      ] as const) {
        const list = ranges.length ? ranges : [null]
        for (const r of list) {
          if (count++ >= MAX_ANNOTATIONS) return
          const where = r ? (isEmptyRange(r) ? ` (${formatRanges([r])} of ${side})` : ` (lines ${formatRanges([r])} of ${side})`) : ''
          logger.warning(`${file.kind} conflict between ${side} and ${other}${where}`, {
            title: 'Predicted merge conflict',
            // A quoted path names no file of the repository: the annotation goes on the run instead.
            ...(file.pathBase64 === undefined ? { file: file.path, ...(r ? annotationLines(r) : {}) } : {}),
          })
        }
      }
    }
  }
}
