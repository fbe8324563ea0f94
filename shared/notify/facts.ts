import { conflictId, stampOf } from '../state/events'
import { formatUsd, type FeatureProjection, type Projection } from '../state/projection'
import type { NotifyKind } from '../config/notify-settings'

/**
 * One new fact to announce, in plain text (each payload format escapes it).
 * `key` is the event's key: the dedupe key of the message.
 */
export interface Fact {
  kind: NotifyKind
  key: string
  feature: string
  time: string
  /** One line, e.g. "New conflict: impl-1 and impl-2". */
  title: string
  fields: { name: string; value: string }[]
  /** Green for good news, red for bad, in the formats that colour. */
  tone: 'good' | 'bad'
  data: Record<string, unknown>
}

/** An event as announced: any kind (kinds recorded by newer code than this are passed through by name). */
export interface AnnouncedEvent {
  kind: string
  key: string
  feature: string
  time: string
  data: unknown
}

type Builder = (
  event: AnnouncedEvent,
  data: Record<string, unknown>,
  projection: Projection,
) => Omit<Fact, 'key' | 'feature' | 'time' | 'data'> | null

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v))
const list = (items: string[], max = 10) =>
  items.length === 0 ? 'none' : items.slice(0, max).join(', ') + (items.length > max ? ` and ${items.length - max} more` : '')

/** Payload builders keyed by event kind name. */
export const FACT_BUILDERS: Record<string, Builder> = {
  'conflict-detected': (event, d, projection) => {
    const feature = projection.features[event.feature]
    const conflict = feature?.conflicts[conflictId(event.feature, str(d.left), str(d.right))]
    // A pair that stays in conflict at newer commits is not news: only the detection that opened it is
    // (still open, or resolved since: the resolution names when its conflict was detected).
    const stamp = stampOf(event)
    const opened =
      conflict?.openSince[0] === stamp ||
      (conflict?.resolved && conflict.resolved.stamp > stamp && conflict.resolved.detectedAt === event.time)
    if (conflict && !opened) return null
    const files = Array.isArray(d.files) ? d.files.map((f) => str((f as { path?: unknown }).path)) : []
    return {
      kind: 'conflict-detected',
      title: `New conflict: ${str(d.left)} and ${str(d.right)}`,
      tone: 'bad',
      fields: [
        { name: 'Files', value: list(files) },
        { name: 'Who should rebase', value: whoRebases(feature, str(d.left), str(d.right)) },
      ],
    }
  },
  'conflict-resolved': (_event, d) => ({
    kind: 'conflict-resolved',
    title: `Conflict resolved: ${str(d.left)} and ${str(d.right)}`,
    tone: 'good',
    fields: [
      { name: 'Lived', value: duration(Number(d.lifetimeSeconds)) },
      { name: 'Detected', value: str(d.detectedAt) },
    ],
  }),
  'test-result': (_event, d) => {
    if (!(Number(d.failed) > 0)) return null
    const branch = str(d.branch) || str(d.role)
    return {
      kind: 'test-failed',
      title: `Failing checks on ${branch}: ${str(d.suite)}`,
      tone: 'bad',
      fields: [
        { name: 'Result', value: `${str(d.failed)} failed, ${str(d.passed)} passed, ${str(d.skipped)} skipped` },
        { name: 'Commit', value: str(d.commit).slice(0, 12) },
        ...(d.runUrl ? [{ name: 'Run', value: str(d.runUrl) }] : []),
      ],
    }
  },
  // Recorded by role-ci's guard: { branch, violations | paths, reason }.
  'guard-violation': (_event, d) => {
    // The role guard's event: one fact per (branch, kind, subject); `subject` is the path, or the target of a pull request.
    const pullRequest = str(d.kind) === 'pr-target'
    return {
      kind: 'guard-violation',
      title: `Role guard violated on ${str(d.branch)}`,
      tone: 'bad',
      fields: [
        { name: 'Reason', value: str(d.detail) || (pullRequest ? 'pull request target' : 'protected path changed') },
        { name: pullRequest ? 'Target' : 'Path', value: str(d.subject) },
        ...(str(d.commit) ? [{ name: 'Commit', value: str(d.commit).slice(0, 12) }] : []),
      ],
    }
  },

  'budget-crossed': (_event, d) => ({
    kind: 'budget-crossed',
    title: `Budget crossed: ${str(d.scope)} ${str(d.subject)}`,
    tone: 'bad',
    fields: [
      { name: 'Spent', value: dollars(Number(d.spentMicroUsd)) },
      { name: 'Budget', value: dollars(Number(d.budgetMicroUsd)) },
    ],
  }),
  'blocker-raised': (_event, d) => ({
    kind: 'blocker-raised',
    title: `Blocker raised: ${str(d.id)}`,
    tone: 'bad',
    fields: [{ name: 'Reason', value: str(d.reason) }, ...(d.agent ? [{ name: 'Agent', value: str(d.agent) }] : [])],
  }),
}

/** The facts worth a message among the events this run added, oldest first. */
export function factsOf(events: readonly AnnouncedEvent[], projection: Projection, kinds: readonly NotifyKind[]): Fact[] {
  const facts: Fact[] = []
  for (const event of [...events].sort((a, b) => (stampOf(a) < stampOf(b) ? -1 : 1))) {
    const build = FACT_BUILDERS[event.kind]
    const data = (event.data ?? {}) as Record<string, unknown>
    const fact = build?.(event, data, projection)
    if (!fact || !kinds.includes(fact.kind)) continue
    facts.push({ ...fact, key: event.key, feature: event.feature, time: event.time, data })
  }
  return facts
}

/**
 * The overseer's side never rebases; between two implementors, the one with
 * fewer commits of its own (less to replay), then the higher index.
 */
function whoRebases(feature: FeatureProjection | undefined, left: string, right: string): string {
  const role = (b: string) => feature?.agents[b]?.role
  if (role(left) === 'overseer') return right
  if (role(right) === 'overseer') return left
  const ahead = (b: string) => Math.min(...Object.values(feature?.divergence[b] ?? {}).map((d) => d.ahead), Number.MAX_SAFE_INTEGER)
  const a = ahead(left)
  const b = ahead(right)
  if (a !== b) return a < b ? left : right
  const index = (x: string) => feature?.agents[x]?.index ?? 0
  return index(left) > index(right) ? left : index(right) > index(left) ? right : left > right ? left : right
}

/** Millionths of a US dollar as the views write them (formatUsd); a record too damaged to say is "unknown". */
function dollars(micro: number): string {
  return Number.isFinite(micro) ? formatUsd(micro) : 'unknown'
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return 'unknown'
  const d = Math.floor(seconds / 86400)
  const h = Math.floor((seconds % 86400) / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const parts = [d && `${d} d`, h && `${h} h`, m && `${m} min`].filter(Boolean)
  return parts.length ? parts.join(' ') : `${seconds} s`
}
