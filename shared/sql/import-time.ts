/**
 * Times as a hand-made store writes them, turned into the log's one form
 * (`Date.toISOString()`, UTC). Accepted: ISO 8601 with a zone (`Z`, `+02:00`)
 * or without one, SQLite's own `YYYY-MM-DD HH:MM:SS[.fff]`, a bare date, and
 * unix time as a number or a string of digits: seconds, or milliseconds when
 * it is larger than any second count before the year 5000. A time without a
 * zone is UTC, as SQLite's date functions take it.
 */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?$/
const DIGITS = /^-?\d{1,16}(?:\.\d+)?$/
const MAX_SECONDS = 95_617_584_000 // 5000-01-01: a larger count is milliseconds
const EARLIEST = Date.UTC(1970, 0, 1)
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

export const TIME_EXPECTED =
  'must be a time: ISO 8601 (2026-03-01T10:00:00Z, with or without a zone), "2026-03-01 10:00:00", or unix seconds or milliseconds'

/** The ISO form of a time cell, or null when it is not one. */
export function parseImportTime(value: unknown): string | null {
  let ms: number
  if (typeof value === 'number' || (typeof value === 'string' && DIGITS.test(value.trim()))) {
    const n = Number(value)
    if (!Number.isFinite(n)) return null
    ms = Math.abs(n) > MAX_SECONDS ? n : n * 1000
  } else if (typeof value === 'string') {
    const m = ISO_LIKE.exec(value.trim())
    if (!m) return null
    const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m
    const fraction = frac ? `.${frac.slice(1, 4).padEnd(3, '0')}` : '.000'
    const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`
    const text = `${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${offset}`
    ms = Date.parse(text)
    // Date.parse rolls 2026-02-30 over to March: a day or hour out of range is refused instead.
    if (Number.isNaN(ms) || !sameFields(ms, offset, [y, mo, d, h, mi, s])) return null
  } else return null
  ms = Math.round(ms)
  if (!(ms >= EARLIEST && ms <= LATEST)) return null
  return new Date(ms).toISOString()
}

function sameFields(ms: number, offset: string, fields: string[]): boolean {
  const shift = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
  const local = new Date(ms + shift * 60_000)
  const got = [
    local.getUTCFullYear(),
    local.getUTCMonth() + 1,
    local.getUTCDate(),
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
  ]
  return got.every((n, i) => n === Number(fields[i]))
}
