import { InputError } from '../errors'
import { quote } from '../text/quote'

/** What a push event says about the pushed branch: the commit to judge, or that there is none. */
export interface PushInfo {
  /** The pushed commit (`after`, else GITHUB_SHA); absent when the branch was deleted. */
  after?: string
  /** The commit the branch was at before (absent for a new branch: `before` is all zeros). */
  before?: string
  created: boolean
  deleted: boolean
  forced: boolean
}

const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const ZEROS = /^0+$/

/**
 * The push the run is about, from the event payload GitHub sends: a new branch has `before` all
 * zeros (`created: true`), a deleted one `after` all zeros (`deleted: true`), a forced push
 * `forced: true` (its `before` need not be an ancestor). The head is taken from here, never from
 * what is checked out: a step before ours could have moved HEAD or a local ref.
 */
export function pushOf(
  eventName: string | undefined,
  event: Record<string, unknown> | undefined,
  sha: string | undefined,
): PushInfo | undefined {
  if (eventName !== 'push') return undefined
  const after = commitField(event?.after, 'after') ?? commitField(sha, 'GITHUB_SHA')
  const before = commitField(event?.before, 'before')
  const deleted = event?.deleted === true || (typeof event?.after === 'string' && ZEROS.test(event.after))
  const out: PushInfo = {
    created: event?.created === true || (typeof event?.before === 'string' && ZEROS.test(event.before)),
    deleted,
    forced: event?.forced === true,
  }
  if (after && !deleted) out.after = after
  if (before) out.before = before
  return out
}

function commitField(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string' || !COMMIT.test(value))
    throw new InputError(`event "push": ${name} ${quote(String(value).slice(0, 80))} is not a commit id (expected 40 hexadecimal digits)`)
  return ZEROS.test(value) ? undefined : value
}
