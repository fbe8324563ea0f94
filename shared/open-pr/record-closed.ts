import { RunContext } from '../context'
import { InputError } from '../errors'
import { BranchNaming, parseBranch } from '../naming/branch-pattern'
import { quote } from '../text/quote'
import { makeEvent } from '../state/events'
import type { OrchestratorEvent } from '../state/events'

export interface ClosedPullRequest {
  spec: string
  event: OrchestratorEvent
  action: 'merged' | 'closed'
  number: number
  head: string
  base: string
  url: string
}

/**
 * A `pull_request` event with action `closed` (GitHub's payload: `pull_request.merged`
 * tells a merge from a close): the `pr-updated` event that records it, or null when
 * neither the head nor the base is an agent branch (not a pull request of ours).
 * Squash and rebase merges are merges too: the payload says so, whatever the commits.
 */
export function closedPullRequest(naming: BranchNaming, ctx: RunContext): ClosedPullRequest | null {
  const gh = ctx.github
  if (!gh.eventName?.startsWith('pull_request') || gh.event?.action !== 'closed') return null
  const pr = objectOf(gh.event.pull_request)
  const head = objectOf(pr.head).ref
  const base = objectOf(pr.base).ref
  const { number, html_url: url, title, merged } = pr
  if (typeof number !== 'number' || typeof head !== 'string' || typeof base !== 'string' || typeof url !== 'string')
    throw new InputError(
      `event ${quote(gh.eventName)}: pull_request.number, head.ref, base.ref and html_url are needed to record a closed pull request`,
    )
  const spec = (parseBranch(naming, head) ?? parseBranch(naming, base))?.spec
  if (!spec) return null
  const action = merged === true ? 'merged' : 'closed'
  const data = { action, number, url, head, base, ...(typeof title === 'string' ? { title: title.slice(0, 200) } : {}) } as const
  const event = makeEvent('pr-updated', spec, data, { actor: ctx.actor, time: timeOf(pr, action) ?? ctx.now() })
  return { spec, event, action, number, head, base, url }
}

/** When GitHub says it happened, so a re-run records the same fact at the same time. */
function timeOf(pr: Record<string, unknown>, action: 'merged' | 'closed'): Date | null {
  const at = action === 'merged' ? (pr.merged_at ?? pr.closed_at) : pr.closed_at
  const date = typeof at === 'string' ? new Date(at) : null
  return date && !Number.isNaN(date.getTime()) ? date : null
}

function objectOf(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}
