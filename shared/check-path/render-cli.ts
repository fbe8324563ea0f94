import type { CheckPathResult } from './check-path'
import { describeAge, describeHits } from './hook-io'
import type { ScopeAnswer } from './scope-answer'

/** The answer for a terminal: each path, then the files outside the agent's tasks, then how fresh the data is. */
export function renderCheckPathText(result: CheckPathResult, scope: ScopeAnswer | null): string {
  const lines: string[] = []
  for (const a of result.answers) {
    if (a.siblings.length === 0) lines.push(`${a.path}: no sibling changed it`)
    else lines.push(`${a.path}: changed by ${a.siblings.length} sibling(s)`, ...describeHits(a).map((l) => `  ${l}`))
  }
  // Outside the agent's tasks: a warning, or a failure where the trusted configuration says scope.mode: fail.
  for (const d of scope?.drift ?? []) lines.push(`scope: ${d.text}, outside the paths of your tasks`)
  lines.push(`Data: ${describeAge(result)}; ${result.siblings.length} sibling(s) of ${result.caller.branch}.`)
  return lines.join('\n')
}

/** Why check-path fails (exit 1): a sibling changed a path, or a path lies outside the tasks where scope.mode is fail. */
export function checkPathFailures(result: CheckPathResult, scope: ScopeAnswer | null): string[] {
  const touched = result.answers.filter((a) => a.siblings.length).map((a) => a.path)
  const drifted = scope?.mode === 'fail' && scope.drift.length > 0
  return [
    ...(result.collision ? [`a sibling changed ${touched.join(', ')}: coordinate before editing (see above)`] : []),
    ...(drifted ? [`${scope.drift.map((d) => d.path).join(', ')} lie outside your tasks' paths (scope.mode: fail)`] : []),
  ]
}

/** The machine-readable answer (`--json`). */
export function checkPathJson(result: CheckPathResult, queued: number, scope: ScopeAnswer | null): unknown {
  return {
    agent: result.caller.branch,
    feature: result.caller.spec,
    role: result.caller.role,
    collision: result.collision,
    paths: result.answers,
    siblings: result.siblings,
    data: result.data,
    /** Siblings whose changes were recomputed for this answer (their tip moved, or the merge base did). */
    refreshed: [...result.stats.diffed].sort(),
    queued,
    scope,
  }
}
