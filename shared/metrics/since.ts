import { InputError } from '../errors'
import { quote } from '../text/quote'

const FORMS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?Z)?$/

/**
 * `--since`: a UTC date (`2026-03-01`, its midnight) or a UTC time (`2026-03-01T12:00Z`,
 * seconds and milliseconds optional), as the canonical ISO time events carry. Nothing else
 * (no offsets, no "yesterday", no day 31 of February): a bad value is an InputError (exit 2).
 */
export function parseSince(value: string, option = '--since'): string {
  const m = FORMS.exec(value)
  const bad = () =>
    new InputError(
      `${option} ${quote(value)} is not a UTC date or time: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.mmm]]Z, e.g. 2026-03-01`,
    )
  if (!m) throw bad()
  const [year, month, day, hour, minute, second, ms] = m.slice(1).map((x) => Number(x ?? 0))
  const t = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms))
  // Date.UTC rolls 2026-02-31 over to March and 24:00 to the next day: a value that does not come back as written is not a date.
  const back = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds()]
  if (year < 1970 || back.join() !== [year, month, day, hour, minute, second].join()) throw bad()
  return t.toISOString()
}
