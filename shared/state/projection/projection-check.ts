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
const list =
  (check: Check): Check =>
  (v, at) =>
    Array.isArray(v) ? v.map((item, i) => check(item, `${at}[${i}]`)) : fail(at, 'is not a list')

/** A plain object with the given fields (other fields are kept as they are: a newer writer may add some). */
const object =
  (fields: Record<string, Check>): Check =>
  (v, at) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(at, 'is not an object')
    const out: Record<string, unknown> = Object.create(null)
    for (const [key, value] of Object.entries(v as object)) out[key] = value
    for (const [key, check] of Object.entries(fields)) {
      const checked = check(out[key], `${at}.${key}`)
      if (checked !== undefined) out[key] = checked
    }
    return out
  }

/** A record keyed by user data: a prototype-less copy, every value checked. */
const record =
  (check: Check): Check =>
  (v, at) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(at, 'is not an object')
    const out: Record<string, unknown> = Object.create(null)
    for (const [key, value] of Object.entries(v as object)) out[key] = check(value, `${at}[${JSON.stringify(key)}]`)
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
    if (error instanceof ShapeError) return { problem: error.message }
    throw error
  }
}
