import { md, section, sha, table, when } from '../text/markdown'
import { makeEvent } from '../state/events'
import type { GuardViolationKind, OrchestratorEvent } from '../state/events'
import { guardId, type FeatureProjection, type GuardState } from '../state/projection'
import { C0, C1, DEL, LINE_SEPARATORS, charPattern, unicodeEscape } from '../text/controls'

/** A violation the guard found in this run, as role-ci reports it. */
export interface FoundViolation {
  kind: GuardViolationKind
  /** The path, or for a pull request target the target branch. */
  subject: string
  detail: string
}

const UNSHOWABLE = charPattern([C0, DEL, C1, LINE_SEPARATORS], { flags: 'g' })

/**
 * A path as an event may hold it: one line, with line terminators and
 * control characters written as `\uXXXX` (the guard must record exactly the
 * names it could otherwise not show). Deterministic, so the key is stable.
 */
export function guardSubject(path: string): string {
  const escaped = path.replace(UNSHOWABLE, unicodeEscape)
  return escaped.length > 1000 ? `${escaped.slice(0, 997)}...` : escaped
}

/**
 * The events that bring the recorded guard state of `branch` in line with
 * this run: a violation not open yet is recorded (with its occurrence when it
 * happened before and was cleared), an open one that this run no longer has
 * is cleared. An unchanged re-run records nothing.
 */
export function guardEvents(
  feature: FeatureProjection | undefined,
  spec: string,
  branch: string,
  found: readonly FoundViolation[],
  commit: string,
  stamp: { actor: string; time: Date },
): OrchestratorEvent[] {
  const guards = feature?.guards ?? {}
  const events: OrchestratorEvent[] = []
  const now = new Set<string>()
  for (const v of found) {
    const subject = guardSubject(v.subject)
    const id = guardId(branch, v.kind, subject)
    if (now.has(id)) continue
    now.add(id)
    const g = guards[id]
    if (g && g.raised > g.cleared) continue
    const occurrence = (g?.raised ?? 0) + 1
    const detail = guardSubject(v.detail)
    events.push(makeEvent('guard-violation', spec, { branch, kind: v.kind, subject, detail, commit, ...occurrenceOf(occurrence) }, stamp))
  }
  for (const g of Object.values(guards)) {
    if (g.branch !== branch || g.raised <= g.cleared || now.has(guardId(g.branch, g.kind, g.subject))) continue
    events.push(
      makeEvent(
        'guard-cleared',
        spec,
        { branch, kind: g.kind as GuardViolationKind, subject: g.subject, commit, ...occurrenceOf(g.raised) },
        stamp,
      ),
    )
  }
  return events
}

function occurrenceOf(n: number): { occurrence?: number } {
  return n >= 2 ? { occurrence: n } : {}
}

/** The "Role guard" section of a view: every open violation, or a sentence saying there is none. */
export function guardSection(guards: readonly GuardState[], showBranch: boolean): string[] {
  const rows = guards.map((g) => [
    ...(showBranch ? [md(g.branch)] : []),
    g.kind === 'pr-target' ? 'pull request target' : 'protected path',
    md(g.subject, 300),
    sha(g.detected?.commit),
    when(g.detected?.time),
  ])
  const headers = [...(showBranch ? ['Branch'] : []), 'Rule', 'Path or target', 'Commit', 'Since']
  return section('Role guard', table(headers, rows), 'No open role guard violation.')
}
