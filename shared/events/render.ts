import type { EventSummary } from '../state/projection/projection-types'
import type { AppendResult } from '../state/log/store'
import type { VerifyResult } from '../state/log/verify'

/** What `events <sub>` says after recording `what`: recorded (with the state commit), dry run, or already there. */
export function describeRecorded(r: AppendResult, what: string): { text: string; json: unknown } {
  const text = r.added.length
    ? `Recorded ${what} (${r.pushed ? `state ${r.commit?.slice(0, 7)}` : 'dry run, not pushed'})`
    : `Already recorded: ${what} (no change)`
  return {
    text,
    json: { added: r.added.length, skipped: r.skipped.length, commit: r.commit, pushed: r.pushed, attempts: r.attempts, events: r.added },
  }
}

/** `events recent`: one line per event, newest as the store lists them. */
export function renderRecent(list: readonly EventSummary[]): string {
  return list.length ? list.map((e) => `${e.time}  ${e.feature}  ${e.kind.padEnd(20)} ${e.summary}`).join('\n') : 'No events yet.'
}

/** `events verify`: consistent, or which files differ from a rebuild. */
export function describeVerify(r: VerifyResult): string {
  return r.ok
    ? `State ${r.commit?.slice(0, 7) ?? '(empty)'} is consistent with its events`
    : `Differs from a rebuild: ${r.mismatches.join(', ')}`
}
