import { canonicalJson } from './canonical-json'
import { sha256Hex } from './digest'
import { sortedPair } from './conflict-pair'
import {
  EVENT_KINDS,
  EVENT_SCHEMA,
  KEY_FIELDS,
  OCCURRENCE_FIELD,
  SCHEMA_VERSIONS,
  dataCheck,
  time as timeCheck,
  type EventDataByKind,
  type EventKind,
  type EventOf,
  type Occurrence,
  type OrchestratorEvent,
  type SchemaVersion,
} from './event-schema'
import { describeValue, fail, InvalidEventError, oneOf, text } from './field-checks'
import { assertSafeSegment } from './safe-segment'

export interface MakeEventOptions {
  /** Who records the fact: a workflow, the CLI user, an agent. */
  actor: string
  /** When it happened; default now. */
  time?: Date | string
}

/** Builds a validated event with its derived key. Throws InvalidEventError (exit 2) naming the bad field. */
export function makeEvent<K extends EventKind>(
  kind: K,
  feature: string,
  data: EventDataByKind[K] & Occurrence,
  options: MakeEventOptions,
): EventOf<K> {
  const where = `${kind} event`
  const when = normalizeTime(options.time ?? new Date(), where)
  const checkedKind = kindCheck(kind, 'kind', where) as K
  checkFeature(feature, where)
  const checked = dataCheck(checkedKind)(data, 'data', where)
  const event = {
    schema: EVENT_SCHEMA,
    kind: checkedKind,
    key: eventKey(checkedKind, feature, checked),
    time: when,
    feature,
    actor: options.actor,
    data: checked,
  }
  return validateEvent(event, where) as EventOf<K>
}

const kindCheck = oneOf(EVENT_KINDS)
const actorCheck = text({ max: 100 })
const keyCheck = text({ max: 64, pattern: /^[0-9a-f]{64}$/, expected: 'must be 64 lowercase hex digits' })
const TOP_FIELDS = ['schema', 'kind', 'key', 'time', 'feature', 'actor', 'data']
const TOP_FIELD_SET = new Set(TOP_FIELDS)

/**
 * Checks every field of an event read from anywhere (a file, user JSON).
 * Messages start with `where` and name the field and the bad value.
 */
export function validateEvent(raw: unknown, where: string): OrchestratorEvent {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(where, 'event', 'must be a JSON object', raw)
  const input = raw as Record<string, unknown>
  const schema = input.schema as SchemaVersion
  if (!(SCHEMA_VERSIONS as readonly unknown[]).includes(schema)) {
    if (typeof input.schema === 'number') {
      throw new InvalidEventError(
        where,
        'schema',
        `unknown schema version ${describeValue(input.schema)}: this agent-orchestrator reads versions ${SCHEMA_VERSIONS.join(', ')} (a newer version wrote it? upgrade agent-orchestrator)`,
      )
    }
    fail(where, 'schema', `must be a schema version number (${SCHEMA_VERSIONS.join(', ')})`, input.schema)
  }
  for (const name of Object.keys(input)) {
    if (!TOP_FIELD_SET.has(name)) fail(where, name, `is not a known field (known: ${TOP_FIELDS.join(', ')})`, input[name])
  }
  const kind = kindCheck(input.kind, 'kind', where)
  const time = timeCheck(input.time, 'time', where)
  const feature = checkFeature(input.feature, where)
  const actor = actorCheck(input.actor, 'actor', where)
  const data = dataCheck(kind)(input.data, 'data', where)
  if (kind === 'feature-registered' && (data as EventDataByKind['feature-registered']).spec !== feature) {
    fail(where, 'data.spec', `must equal the event's feature ${JSON.stringify(feature)}`, (data as { spec: string }).spec)
  }
  const expected = eventKey(kind, feature, data)
  // Equal to a computed key means well-formed: the format is looked at only when they differ.
  const key = input.key === expected ? expected : keyCheck(input.key, 'key', where)
  if (key !== expected) fail(where, 'key', `does not match the event's content (expected ${expected})`, key)
  return { schema, kind, key, time, feature, actor, data } as OrchestratorEvent
}

/**
 * The version number hashed into every key. It is not the event format's version:
 * a fact keeps one key whatever version of the format records it, so a fact
 * recorded before an upgrade is still found (and not stored twice) after it.
 */
const KEY_VERSION = 1

/**
 * sha256 over the key version, the kind, feature and the fields that identify the
 * fact (see KEY_FIELDS), plus its occurrence when present.
 */
export function eventKey<K extends EventKind>(kind: K, feature: string, data: EventDataByKind[K]): string {
  return sha256Hex(identityJson(kind, feature, data, KEY_VERSION))
}

/**
 * The hashed text: the compact canonical JSON of
 * `[schema, kind, feature, [[field, value ?? null], ...]]` (conflicts: their unordered pair).
 * It is computed for every event of a rebuild, so the common case is written out directly.
 */
function identityJson<K extends EventKind>(kind: K, feature: string, data: EventDataByKind[K], schema: number): string {
  const record = data as Record<string, unknown>
  const occurrence = record[OCCURRENCE_FIELD]
  // The first occurrence hashes exactly what version 1 hashed; a later one adds itself at the end.
  const withOccurrence = (identityValue: unknown): unknown =>
    occurrence === undefined ? identityValue : [identityValue, [OCCURRENCE_FIELD, occurrence]]
  // Only feature-registered has objects in its identity (the task list); for arrays of
  // scalars, as all other identities are, JSON.stringify is already canonical.
  if (kind === 'feature-registered') return canonicalJson([schema, kind, feature, withOccurrence(identity(kind, data))])
  if (kind === 'conflict-detected' || kind === 'conflict-resolved' || occurrence !== undefined)
    return JSON.stringify([schema, kind, feature, withOccurrence(identity(kind, data))])
  let out = `[${schema},${KIND_JSON[kind]},${JSON.stringify(feature)},[`
  const fields = KEY_FIELD_PREFIX[kind]
  for (let i = 0; i < fields.length; i++) {
    const value = record[KEY_FIELDS[kind][i] as string]
    out += `${i ? ',' : ''}${fields[i]}${value === undefined || value === null ? 'null' : JSON.stringify(value)}]`
  }
  return `${out}]]`
}

const KIND_JSON = Object.fromEntries(EVENT_KINDS.map((k) => [k, JSON.stringify(k)])) as Record<EventKind, string>
const KEY_FIELD_PREFIX = Object.fromEntries(
  EVENT_KINDS.map((k) => [k, (KEY_FIELDS[k] as readonly string[]).map((f) => `[${JSON.stringify(f)},`)]),
) as Record<EventKind, string[]>

function identity<K extends EventKind>(kind: K, data: EventDataByKind[K]): unknown {
  // Either branch may report a conflict as left: both orders are one fact.
  if (kind === 'conflict-detected') {
    const d = data as EventDataByKind['conflict-detected']
    const left = JSON.stringify([d.left, d.leftSha])
    const right = JSON.stringify([d.right, d.rightSha])
    const pair =
      left < right
        ? [
            [d.left, d.leftSha],
            [d.right, d.rightSha],
          ]
        : [
            [d.right, d.rightSha],
            [d.left, d.leftSha],
          ]
    // A conflict logged by hand is another fact than a scan's finding at the same commits.
    return d.manual ? [...pair, ['manual']] : pair
  }
  if (kind === 'conflict-resolved') {
    const d = data as EventDataByKind['conflict-resolved']
    return [sortedPair(d.left, d.right), d.detectedAt]
  }
  const record = data as Record<string, unknown>
  return KEY_FIELDS[kind].map((field) => [field, record[field as string] ?? null])
}

/** The bytes of an event file: canonical, indented, newline-terminated. */
export function serializeEvent(event: OrchestratorEvent): string {
  return `${canonicalJson(event, 2)}\n`
}

/** Parses an event file; throws InvalidEventError naming `where` for bad JSON or bad fields. */
export function parseEvent(content: string, where: string): OrchestratorEvent {
  let raw: unknown
  try {
    raw = JSON.parse(content)
  } catch (cause) {
    throw new InvalidEventError(where, 'event', `is not valid JSON: ${(cause as Error).message}`)
  }
  return validateEvent(raw, where)
}

export function normalizeTime(value: Date | string, where: string): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) fail(where, 'time', 'must be a valid date', value instanceof Date ? 'Invalid Date' : value)
  return date.toISOString()
}

/** `(time, key)` as one string that sorts like the pair: the order used for "latest". */
export function stampOf(event: { time: string; key: string }): string {
  return `${event.time} ${event.key}`
}

function checkFeature(value: unknown, where: string): string {
  try {
    return assertSafeSegment(value as string, 'feature id')
  } catch {
    fail(
      where,
      'feature',
      'must be a feature id usable as a folder name (1 to 100 letters, digits, ".", "_" or "-", not starting with "." or "-", no "..")',
      value,
    )
  }
}
