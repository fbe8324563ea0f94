import { AgentBranch, ConflictReport, PairResult } from '../conflicts/types'
import { makeEvent } from '../state/events'
import { OrchestratorEvent } from '../state/event-schema'
import { Projection } from '../state/projection-types'
import { OpenConflict, openConflicts } from '../state/queries'

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
  events: OrchestratorEvent[]
  /** Pairs conflicting now that were not conflicting in the last scan. */
  newPairs: PairResult[]
  /** Pairs conflicting in the last scan that are clean now. */
  resolved: OpenConflict[]
  /** Conflicts open before this scan (for notices). */
  previous: OpenConflict[]
}

/**
 * Events for what changed since the last scan: a detection per conflicting
 * pair (keyed by both commits, so an unchanged re-scan records nothing), a
 * resolution for each pair that was conflicting and is clean now (with how
 * long it lived), and divergence measures (keyed by commit and counts).
 * Only pairs this scan looked at are judged: another shard's pairs are left alone.
 */
export function conflictEvents(report: ConflictReport, projection: Projection, actor: string, now: Date): ConflictChanges {
  const specs = new Map(report.branches.map((b: AgentBranch) => [b.name, b.spec]))
  const shas = new Map(report.branches.map((b: AgentBranch) => [b.name, b.sha]))
  const previous = openConflicts(projection)
  const openIds = new Set(previous.map((c) => pairId(c.left, c.right)))
  const events: OrchestratorEvent[] = []
  const newPairs: PairResult[] = []
  const resolved: OpenConflict[] = []
  for (const pair of report.pairs) {
    if (pair.status === 'conflicted') {
      if (!openIds.has(pairId(pair.left, pair.right))) newPairs.push(pair)
      for (const feature of featuresOf(pair, specs)) {
        events.push(
          makeEvent(
            'conflict-detected',
            feature,
            {
              left: pair.left,
              right: pair.right,
              leftSha: pair.leftSha,
              rightSha: pair.rightSha,
              files: pair.files.slice(0, 200).map((f) => ({
                path: f.path,
                kind: f.kind,
                leftRanges: f.leftRanges.slice(0, 50),
                rightRanges: f.rightRanges.slice(0, 50),
              })),
            },
            { actor, time: now },
          ),
        )
      }
    } else if (pair.status === 'clean') {
      for (const open of previous.filter((c) => pairId(c.left, c.right) === pairId(pair.left, pair.right))) {
        resolved.push(open)
        const lifetimeSeconds = Math.max(0, Math.round((now.getTime() - Date.parse(open.detectedAt)) / 1000))
        events.push(
          makeEvent(
            'conflict-resolved',
            open.feature,
            { left: open.left, right: open.right, detectedAt: open.detectedAt, lifetimeSeconds },
            { actor, time: now },
          ),
        )
      }
    }
  }
  for (const d of report.divergence) {
    const sha = shas.get(d.branch)
    const feature = specs.get(d.branch)
    if (d.ahead === null || d.behind === null || !sha || !feature) continue
    events.push(
      makeEvent(
        'divergence-measured',
        feature,
        { branch: d.branch, against: d.against, ahead: d.ahead, behind: d.behind, sha },
        { actor, time: now },
      ),
    )
  }
  events.push(...heartbeats(report, projection, actor, now))
  return { events, newPairs, resolved, previous }
}

/**
 * A scan that finds nothing new records nothing, so the scan's own run is recorded
 * (per feature scanned) to show the schedule is alive: at most once per
 * HEARTBEAT_MINUTES, so a re-run right after still records nothing.
 */
export const HEARTBEAT_MINUTES = 15

function heartbeats(report: ConflictReport, projection: Projection, actor: string, now: Date): OrchestratorEvent[] {
  const specs = new Map(report.branches.map((b: AgentBranch) => [b.name, b.spec]))
  const out: OrchestratorEvent[] = []
  for (const feature of [...new Set(specs.values())].sort()) {
    const last = projection.features[feature]?.scans?.conflicts
    if (last && now.getTime() - Date.parse(last.time) < HEARTBEAT_MINUTES * 60_000) continue
    const mine = report.pairs.filter((p) => featuresOf(p, specs).includes(feature))
    const count = (status: string) => mine.filter((p) => p.status === status).length
    const data = {
      scanner: 'conflicts',
      at: now.toISOString(),
      pairs: mine.length,
      conflicted: count('conflicted'),
      errors: count('error'),
    }
    out.push(makeEvent('scan-completed', feature, data, { actor, time: now }))
  }
  return out
}
