import { InputError } from '../../errors'

/*
 * A feature id becomes a folder of the state branch (events/<spec>/…,
 * features/<spec>/…): an event is refused when it names one that could climb
 * out. The event format checks it, so it lives here; log/paths builds with it.
 */

/** Letters, digits, ".", "_", "-"; not starting with "." or "-"; no "..". */
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/

/** Refuses anything that could escape a folder when used as one path segment. */
export function assertSafeSegment(value: string, what: string): string {
  if (typeof value !== 'string' || !SAFE_SEGMENT.test(value) || value.includes('..') || value.toLowerCase() === '.git') {
    throw new InputError(
      `${what} ${JSON.stringify(value)} cannot be used in a path: expected 1 to 100 letters, digits, ".", "_" or "-", not starting with "." or "-" and without ".."`,
    )
  }
  return value
}
