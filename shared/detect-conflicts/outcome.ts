import { trialOutputs } from '../trials'
import type { DetectConflictsResult } from './detect-conflicts'

/** The action outputs of a scan; `clean` is the verdict's (which knows whether conflicts fail the step). */
export function scanOutputs(result: DetectConflictsResult, clean: boolean): Record<string, string> {
  const conflicts = result.report.pairs.filter((p) => p.status === 'conflicted')
  return {
    'conflict-count': String(conflicts.length),
    conflicts: JSON.stringify(
      conflicts.map((p) => ({
        left: p.left,
        right: p.right,
        leftSha: p.leftSha,
        rightSha: p.rightSha,
        files: p.files,
        ...(p.messages ? { messages: p.messages } : {}),
      })),
    ),
    'report-path': result.reportPath,
    clean: String(clean),
    'state-commit': result.stateCommit ?? '',
    ...trialOutputs(result.report),
  }
}

/** The scan as `--json` prints it: the report, then what this run recorded and posted. */
export function scanJson(result: DetectConflictsResult): unknown {
  return { ...result.report, ...runFields(result) }
}

function runFields(result: DetectConflictsResult) {
  return {
    reportPath: result.reportPath,
    newConflicts: result.newConflicts,
    resolvedConflicts: result.resolvedConflicts,
    recorded: result.recorded,
    stateCommit: result.stateCommit,
    notices: result.notices,
    causes: result.causes,
    causeNotices: result.causeNotices,
    timings: result.timings,
  }
}

/**
 * `JSON.stringify(scanJson(result), null, 2)`, made from the report's text as written to report-path
 * (the same two-space form): the megabyte of pairs is serialized once per run, not twice.
 */
export function scanJsonText(result: DetectConflictsResult): string {
  const report = result.reportText.trimEnd()
  const run = JSON.stringify(runFields(result), null, 2)
  // `{\n  "version": …\n}` and `{\n  "reportPath": …\n}`: one object, the run's fields after the report's.
  return `${report.slice(0, -2)},\n${run.slice(2)}`
}
