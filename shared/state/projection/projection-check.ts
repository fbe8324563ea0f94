import { PROJECTION_SCHEMA, type Projection } from './projection-types'

/**
 * The shape check of a stored projection.json. The projection is a cache:
 * anything in it that the code would trip over (a record that is a string, a
 * feature that is null, a count that is text) makes it unusable, and the
 * caller rebuilds it from the events instead of failing the write. Records
 * keyed by user data are copied into objects without a prototype, so that no
 * key (`__proto__`, `constructor`) can reach Object.prototype.
 */

class ShapeError extends Error {}

type Check = (value: unknown, at: string) => unknown

/**
 * Whether the checks spell out where they are (`projection.features["x"].tasks`).
 * A stored projection holds hundreds of thousands of values and is almost always
 * right: the first pass builds no location (one string per value, most of the
 * check's time), and only a failed pass runs again with them for its message.
 */
let locating = false
const child = (at: string, part: string): string => (locating ? at + part : at)

const fail = (at: string, expected: string): never => {
  throw new ShapeError(`${at} ${expected}`)
}

const str: Check = (v, at) => (typeof v === 'string' ? v : fail(at, 'is not a text'))
const int: Check = (v, at) => (Number.isSafeInteger(v) && (v as number) >= 0 ? v : fail(at, 'is not a whole number'))
const maybe =
  (check: Check): Check =>
  (v, at) =>
    v === undefined ? undefined : check(v, at)
const nullable =
  (check: Check): Check =>
  (v, at) =>
    v === null ? null : check(v, at)
/**
 * The checks work in place on what JSON.parse just made (nobody else holds it): a list or an object is
 * returned itself, with only the values a check replaced (records, below) set again. Copying every object
 * of a 1 MB projection cost more than the checks and left the garbage collector most of a re-scan's work.
 */
const list =
  (check: Check): Check =>
  (v, at) => {
    if (!Array.isArray(v)) return fail(at, 'is not a list')
    for (let i = 0; i < v.length; i++) {
      const checked = check(v[i], locating ? `${at}[${i}]` : at)
      if (checked !== v[i]) v[i] = checked
    }
    return v
  }

/**
 * A plain object with the given fields (other fields are kept as they are: a newer writer may add some).
 * Its fields are fixed names, never looked up by user data, so it keeps its prototype; JSON.parse made any
 * `__proto__` key an own field, which reaches no prototype.
 */
const object = (fields: Record<string, Check>): Check => {
  const checks = Object.entries(fields)
  return (v, at) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(at, 'is not an object')
    const out = v as Record<string, unknown>
    for (const [key, check] of checks) {
      const value = Object.hasOwn(out, key) ? out[key] : undefined
      const checked = check(value, child(at, `.${key}`))
      if (checked !== undefined && checked !== value) out[key] = checked
    }
    return out
  }
}

/** A record keyed by user data: a prototype-less copy, every value checked. */
const record =
  (check: Check): Check =>
  (v, at) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(at, 'is not an object')
    const out: Record<string, unknown> = Object.create(null)
    for (const [key, value] of Object.entries(v as object)) out[key] = check(value, locating ? `${at}[${JSON.stringify(key)}]` : at)
    return out
  }

const stamped = (fields: Record<string, Check>) => object({ stamp: str, time: str, ...fields })
const range = object({ start: int, end: int })
const summary = stamped({ kind: str, feature: str, actor: str, summary: str })

const usageTotals = object({
  inputTokens: int,
  outputTokens: int,
  cacheCreationTokens: int,
  cacheReadTokens: int,
  costMicroUsd: int,
  records: int,
  lastAt: str,
})

const feature = object({
  spec: str,
  registration: nullable(
    stamped({ name: str, baseBranch: maybe(str), tasksFile: maybe(str), tasks: list(object({ id: str, description: str })) }),
  ),
  agents: record(stamped({ role: str, branch: str, index: maybe(int) })),
  tasks: record(stamped({ state: str, commit: str, agent: str, message: maybe(str) })),
  prs: record(stamped({ action: str, number: int, url: str, head: str, base: str })),
  conflicts: record(
    object({
      id: str,
      branches: list(str),
      detected: nullable(
        stamped({
          left: str,
          right: str,
          files: list(object({ path: str, kind: str, leftRanges: list(range), rightRanges: list(range) })),
        }),
      ),
      resolved: nullable(stamped({ detectedAt: str, lifetimeSeconds: int })),
      openSince: list(str),
      manualSince: list(str),
      resolutions: int,
      suggestion: maybe(stamped({ left: str, right: str, leftSha: str, rightSha: str, command: str, outcome: str })),
    }),
  ),
  divergence: record(record(stamped({ ahead: int, behind: int, sha: str }))),
  tests: record(stamped({ role: str, suite: str, passed: int, failed: int, skipped: int, durationMs: int, commit: str })),
  blockers: record(
    object({
      id: str,
      raised: nullable(stamped({ agent: maybe(str), reason: str })),
      cleared: nullable(stamped({ note: maybe(str) })),
      raisedCount: int,
      clearedCount: int,
    }),
  ),
  guards: record(
    object({ branch: str, kind: str, subject: str, raised: int, cleared: int, detected: nullable(stamped({ detail: str, commit: str })) }),
  ),
  synced: record(stamped({ sha: str })),
  merged: record(record(stamped({ into: str, pr: maybe(int) }))),
  scans: record(stamped({ at: str, pairs: int, conflicted: int, errors: int })),
  assignments: maybe(record(stamped({ agent: str, occurrences: record(int) }))),
  drift: maybe(
    record(
      object({
        branch: str,
        path: str,
        raised: int,
        cleared: int,
        detected: nullable(stamped({ commit: str, tasks: maybe(list(object({ id: str, agent: maybe(str), how: maybe(str) }))) })),
      }),
    ),
  ),
  predicted: maybe(record(stamped({ agent: str, path: str, sibling: str, siblingSha: str, ranges: list(range), warnings: int }))),
  trends: maybe(
    object({
      firstDone: record(str),
      scope: record(int),
      began: record(int),
      ended: record(int),
      leadTimes: record(int),
      cost: record(record(int)),
    }),
  ),
  usage: maybe(record(usageTotals)),
  taskUsage: maybe(record(usageTotals)),
  budgets: maybe(record(object({ scope: str, subject: str, budgetMicroUsd: int, spentMicroUsd: int, time: str }))),
  remembered: maybe(
    record(
      stamped({
        path: str,
        result: maybe(str),
        commit: str,
        branch: str,
      }),
    ),
  ),
  activity: record(str),
  counts: record(int),
  eventCount: int,
  recent: list(summary),
})

const projection = object({
  schema: (v, at) => (v === PROJECTION_SCHEMA ? v : fail(at, `is ${JSON.stringify(v)}, not format version ${PROJECTION_SCHEMA}`)),
  eventCount: int,
  eventsTree: nullable((v, at) => (typeof v === 'string' && /^[0-9a-f]{40,64}$/.test(v) ? v : fail(at, 'is not a tree id'))),
  features: (v, at) => {
    const out = record(feature)(v, at) as Record<string, { spec: string }>
    for (const [key, f] of Object.entries(out)) if (f.spec !== key) fail(`${at}[${JSON.stringify(key)}].spec`, 'is not its own key')
    return out
  },
  recent: list(summary),
  problems: list(object({ path: str, reason: str })),
})

/** The projection, checked and made prototype-safe, or the first reason it cannot be used. */
export function checkProjection(raw: unknown): { projection: Projection } | { problem: string } {
  try {
    return { projection: projection(raw, 'projection') as Projection }
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error
  }
  // Wrong somewhere: the same checks again, saying where.
  locating = true
  try {
    projection(raw, 'projection')
    return { problem: 'projection is not shaped like a projection' }
  } catch (error) {
    if (error instanceof ShapeError) return { problem: error.message }
    throw error
  } finally {
    locating = false
  }
}
