import { AgentBranch, ConflictReport, PairResult } from '../conflicts/types'
import { messageOf } from '../errors'
import type { Logger } from '../logger'
import { conflictId, EventDataByKind, OrchestratorEvent } from '../state/events'
import { makeEvent } from '../state/events'
import { Projection, OpenConflict, openConflicts } from '../state/projection'
import { C0, C1, DEL, charPattern } from '../text/controls'

function sortedPair(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a]
}

function pairId(a: string, b: string): string {
  return sortedPair(a, b).join('\u0000')
}

/** The features a pair belongs to: one, or both for a cross-feature pair. */
function featuresOf(p: { left: string; right: string }, specs: ReadonlyMap<string, string>): string[] {
  return [...new Set([specs.get(p.left), specs.get(p.right)].filter((s): s is string => Boolean(s)))].sort()
}

export interface ConflictChanges {
  /** Only what the state does not hold yet: an unchanged re-scan gives none. */
  events: OrchestratorEvent[]
  /** Pairs conflicting now that were not open before this scan. */
  newPairs: PairResult[]
  /** Open conflicts this scan ends (the pair merges cleanly now, or a branch is gone). */
  resolved: Array<OpenConflict & { reason?: string }>
  /** Conflicts open before this scan (for notices). */
  previous: OpenConflict[]
  /** Pairs whose event could not be built even in reduced form (each also logged). */
  skipped: string[]
}

export interface ConflictEventOptions {
  /** Read only when an event is made: a re-scan that finds nothing new never looks the actor up (a git process). */
  actor: string
  now: Date
  /**
   * Every agent branch on the remote now (whatever the scan was narrowed to);
   * an open conflict whose branch is not among them is resolved as
   * "branch deleted". Unknown (undefined): that check is not made.
   */
  present?: ReadonlySet<string>
  logger?: Logger
}

// Events are bounded: a pair with thousands of conflicted files keeps the first ones.
const MAX_FILES = 200
const MAX_RANGES = 50
const MAX_MESSAGES = 20

const CONTROL_EXCEPT_BREAKS = charPattern([C0, DEL, C1], { except: '\t\n\r', flags: 'g' })

/** Text git wrote, made fit for an event: control characters other than line breaks and tabs shown as \xNN. */
function eventText(text: string, max: number): string {
  const clean = text.replace(CONTROL_EXCEPT_BREAKS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}

/** `build` or `test` when the pair's trial found a conflict git cannot see. */
function trialConflictKind(pair: PairResult): 'build' | 'test' | undefined {
  const v = pair.trial?.verdict
  return v === 'build-conflict' ? 'build' : v === 'test-conflict' ? 'test' : undefined
}

function detectionData(pair: PairResult, reduced: boolean): EventDataByKind['conflict-detected'] {
  const kind = trialConflictKind(pair)
  const check = pair.trial?.failure?.check
  return {
    ...(kind ? { kind, ...(check ? { check: eventText(check, 200).replace(/\s+/g, ' ') } : {}) } : {}),
    left: pair.left,
    right: pair.right,
    leftSha: pair.leftSha,
    rightSha: pair.rightSha,
    files: pair.files.slice(0, MAX_FILES).map((f) => ({
      path: reduced && f.path.length > 2000 ? `${f.path.slice(0, 1999)}…` : f.path,
      ...(f.pathBase64 !== undefined && !(reduced && f.pathBase64.length > 40_000) ? { pathBase64: f.pathBase64 } : {}),
      kind: f.kind,
      leftRanges: reduced ? [] : f.leftRanges.slice(0, MAX_RANGES),
      rightRanges: reduced ? [] : f.rightRanges.slice(0, MAX_RANGES),
      ...(f.message && !reduced ? { message: eventText(f.message, 2000) } : {}),
    })),
    ...(pair.messages?.length
      ? {
          messages: pair.messages.slice(0, MAX_MESSAGES).map((m) => ({
            paths: m.paths.slice(0, 20).map((p) => (p.length > 2000 ? `${p.slice(0, 1999)}…` : p)),
            type: eventText(m.type, 200).replace(/\s+/g, ' '),
            text: eventText(m.text, 2000),
          })),
        }
      : {}),
  }
}

/**
 * Events for what changed since the last scan, judged against the state:
 * - a detection per conflicting pair that is not open at these commits already
 *   (a pair seen again after its conflict was resolved, by hand or not, is a
 *   new occurrence of the fact: `occurrence` = resolutions so far + 1);
 * - a resolution for each open conflict whose pair merges cleanly now (never
 *   for one logged by hand: only `resolve-conflict` ends those), and for each
 *   open conflict whose branch no longer exists ("branch deleted");
 * - divergence measures that differ from the recorded ones.
 * Only pairs this scan looked at are judged: another shard's pairs are left alone.
 * No pair can stop the others: an event that cannot be built is retried
 * without ranges and messages, and else skipped with a warning.
 */
export function conflictEvents(report: ConflictReport, projection: Projection, options: ConflictEventOptions): ConflictChanges {
  const { now } = options
  const specs = new Map(report.branches.map((b: AgentBranch) => [b.name, b.spec]))
  const shas = new Map(report.branches.map((b: AgentBranch) => [b.name, b.sha]))
  const previous = openConflicts(projection)
  // By pair, once: a scan of 2016 pairs against a thousand open conflicts compared every pair with every conflict.
  const openByPair = new Map<string, OpenConflict[]>()
  for (const c of previous) {
    const id = pairId(c.left, c.right)
    openByPair.set(id, [...(openByPair.get(id) ?? []), c])
  }
  const events: OrchestratorEvent[] = []
  const newPairs: PairResult[] = []
  const resolved: ConflictChanges['resolved'] = []
  const skipped: string[] = []
  const resolve = (open: OpenConflict, reason?: string): void => {
    if (resolved.some((r) => r.id === open.id && r.feature === open.feature)) return
    resolved.push({ ...open, ...(reason ? { reason } : {}) })
    const lifetimeSeconds = Math.max(0, Math.round((now.getTime() - Date.parse(open.detectedAt)) / 1000))
    const data = { left: open.left, right: open.right, detectedAt: open.detectedAt, lifetimeSeconds, ...(reason ? { reason } : {}) }
    events.push(makeEvent('conflict-resolved', open.feature, data, { actor: options.actor, time: now }))
  }

  for (const pair of report.pairs) {
    const trialKind = trialConflictKind(pair)
    if (pair.status === 'conflicted' || trialKind) {
      if (!openByPair.has(pairId(pair.left, pair.right))) newPairs.push(pair)
      for (const feature of featuresOf(pair, specs)) {
        const state = projection.features[feature]?.conflicts[conflictId(feature, pair.left, pair.right)]
        const last = state?.detected
        const open = (state?.openSince.length ?? 0) > 0
        const sameCommits =
          !!last &&
          sortedPair(last.leftSha, last.rightSha).join() === sortedPair(pair.leftSha, pair.rightSha).join() &&
          !last.manual &&
          last.kind === trialKind
        if (open && sameCommits) continue
        const occurrence = (state?.resolutions ?? 0) + 1
        const event = buildDetection(pair, feature, occurrence, options)
        if (event) events.push(event)
        else skipped.push(`${pair.left} ↔ ${pair.right}`)
      }
    } else if (pair.status === 'clean') {
      for (const open of openByPair.get(pairId(pair.left, pair.right)) ?? []) {
        // A build or test conflict ends only when a trial passes: a text-only scan cannot see it either way.
        if (!open.manual && (!open.kind || pair.trial?.verdict === 'passed')) resolve(open)
      }
    }
  }
  if (options.present) {
    for (const open of previous) {
      const gone = [open.left, open.right].filter((b) => !options.present!.has(b))
      if (gone.length) resolve(open, `branch deleted: ${gone.join(', ')}`.slice(0, 200))
    }
  }
  for (const d of report.divergence) {
    const sha = shas.get(d.branch)
    const feature = specs.get(d.branch)
    if (d.ahead === null || d.behind === null || !sha || !feature) continue
    const known = projection.features[feature]?.divergence[d.branch]?.[d.against]
    if (known && known.sha === sha && known.ahead === d.ahead && known.behind === d.behind) continue
    events.push(
      makeEvent(
        'divergence-measured',
        feature,
        { branch: d.branch, against: d.against, ahead: d.ahead, behind: d.behind, sha },
        { actor: options.actor, time: now },
      ),
    )
  }
  events.push(...heartbeats(report, projection, options, now))
  return { events, newPairs, resolved, previous, skipped }
}

function buildDetection(pair: PairResult, feature: string, occurrence: number, options: ConflictEventOptions): OrchestratorEvent | null {
  const extra = occurrence > 1 ? { occurrence } : {}
  let firstError = ''
  for (const reduced of [false, true]) {
    try {
      return makeEvent(
        'conflict-detected',
        feature,
        { ...detectionData(pair, reduced), ...extra },
        { actor: options.actor, time: options.now },
      )
    } catch (error) {
      firstError ||= messageOf(error)
    }
  }
  options.logger?.warning(`the conflict between ${pair.left} and ${pair.right} is not recorded: ${firstError}`)
  return null
}

/**
 * A scan that finds nothing new records nothing, so the scan's own run is recorded
 * (per feature scanned) to show the schedule is alive: at most once per
 * HEARTBEAT_MINUTES, so a re-run right after still records nothing.
 */
export const HEARTBEAT_MINUTES = 15

function heartbeats(
  report: ConflictReport,
  projection: Projection,
  by: Pick<ConflictEventOptions, 'actor'>,
  now: Date,
): OrchestratorEvent[] {
  const specs = new Map(report.branches.map((b: AgentBranch) => [b.name, b.spec]))
  const due = [...new Set(specs.values())].sort().filter((feature) => {
    const last = projection.features[feature]?.scans?.conflicts
    return !(last && now.getTime() - Date.parse(last.time) < HEARTBEAT_MINUTES * 60_000)
  })
  if (due.length === 0) return []
  // Every feature's tally from one pass over the pairs (not one pass per feature): a pair counts for each of its features.
  const tally = new Map(due.map((f) => [f, { pairs: 0, conflicted: 0, errors: 0 }]))
  for (const p of report.pairs) {
    for (const feature of featuresOf(p, specs)) {
      const t = tally.get(feature)
      if (!t) continue
      t.pairs++
      // Build and test conflicts found by trials are conflicts too.
      t.conflicted += (p.status === 'conflicted' ? 1 : 0) + (trialConflictKind(p) ? 1 : 0)
      if (p.status === 'error') t.errors++
    }
  }
  return due.map((feature) => {
    const t = tally.get(feature)!
    const data = { scanner: 'conflicts', at: now.toISOString(), pairs: t.pairs, conflicted: t.conflicted, errors: t.errors }
    return makeEvent('scan-completed', feature, data, { actor: by.actor, time: now })
  })
}
