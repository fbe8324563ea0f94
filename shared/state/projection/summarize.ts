import type { OrchestratorEvent } from '../events/event-schema'

const MAX_SUMMARY = 160

/** A one-line plain-text description of an event for "recent events" lists (escaped when rendered). */
export function summarizeEvent(event: OrchestratorEvent): string {
  return bound(describe(event))
}

function describe(event: OrchestratorEvent): string {
  switch (event.kind) {
    case 'feature-registered':
      return `registered "${event.data.name}"${event.data.tasks ? ` with ${plural(event.data.tasks.length, 'task')}` : ''}`
    case 'agent-assigned':
      return `${event.data.role}${event.data.index ? ` ${event.data.index}` : ''} assigned to ${event.data.branch}`
    case 'task-updated':
      return `${event.data.taskId} ${event.data.state} by ${event.data.agent} at ${short(event.data.commit)}`
    case 'pr-updated':
      return `PR #${event.data.number} ${event.data.action}: ${event.data.head} into ${event.data.base}`
    case 'conflict-detected':
      return `conflict ${event.data.left} / ${event.data.right}${event.data.manual ? ' logged by hand' : ''} in ${plural(event.data.files.length, 'file')}${event.data.reason ? `: ${event.data.reason}` : ''}`
    case 'conflict-resolved':
      return `conflict ${event.data.left} / ${event.data.right} resolved after ${event.data.lifetimeSeconds}s${event.data.reason ? ` (${event.data.reason})` : ''}`
    case 'divergence-measured':
      return `${event.data.branch} is ${event.data.ahead} ahead, ${event.data.behind} behind ${event.data.against}`
    case 'test-result':
      return `${event.data.suite} (${event.data.role}${event.data.branch ? `, ${event.data.branch}` : ''}): ${event.data.passed} passed, ${event.data.failed} failed, ${event.data.skipped} skipped`
    case 'blocker-raised':
      return `blocker ${event.data.id} raised${event.data.agent ? ` by ${event.data.agent}` : ''}`
    case 'blocker-cleared':
      return `blocker ${event.data.id} cleared`
    case 'branch-synced':
      return `${event.data.branch} synced at ${short(event.data.sha)}`
    case 'guard-violation':
      return `role guard: ${event.data.branch} ${event.data.kind === 'pr-target' ? 'targets' : 'changed'} ${event.data.subject}`
    case 'guard-cleared':
      return `role guard: ${event.data.branch} no longer ${event.data.kind === 'pr-target' ? 'targets' : 'changes'} ${event.data.subject}`
    case 'scan-completed':
      return `${event.data.scanner} scan: ${event.data.pairs} pair(s), ${event.data.conflicted} conflicting, ${event.data.errors} error(s)`
    case 'task-merged':
      return `${event.data.taskId} merged into ${event.data.into}${event.data.pr ? ` by PR #${event.data.pr}` : ''} at ${short(event.data.commit)}`
    case 'task-assigned':
      return `${event.data.taskId} assigned to ${event.data.agent}`
    case 'scope-drift':
      return `scope drift: ${event.data.branch} changed ${event.data.path}${event.data.tasks?.length ? ` (${event.data.tasks.map((t) => t.id).join(', ')})` : ''}`
    case 'scope-cleared':
      return `scope drift cleared: ${event.data.branch} no longer changes ${event.data.path}`
    case 'conflict-predicted':
      return `${event.data.agent} is editing ${event.data.path}, which ${event.data.sibling} changed at ${short(event.data.siblingSha)}`
    case 'resolution-remembered':
      return `resolution of a conflict in ${event.data.path} remembered from ${short(event.data.commit)} on ${event.data.branch}`
    case 'notification-pending':
      return `announcement of event ${event.data.event.slice(0, 12)} left for a later run: ${event.data.reason}`
    case 'notification-claimed':
      return `announcement of event ${event.data.event.slice(0, 12)} taken to be sent`
    case 'agent-usage':
      return `${event.data.agent} used ${event.data.inputTokens + event.data.outputTokens + event.data.cacheCreationTokens + event.data.cacheReadTokens} tokens${event.data.model ? ` of ${event.data.model}` : ''} (${formatUsd(event.data.costMicroUsd)})`
    case 'budget-crossed':
      return `${event.data.scope} ${event.data.subject} spent ${formatUsd(event.data.spentMicroUsd)} of its ${formatUsd(event.data.budgetMicroUsd)} budget`
    case 'resolution-suggested':
      return event.data.outcome === 'proven'
        ? `resolution of ${event.data.left} × ${event.data.right} suggested on ${event.data.branch ?? '(no branch)'}`
        : `resolution of ${event.data.left} × ${event.data.right} rejected: ${event.data.reason ?? 'no reason'}`
    case 'brief-delivered':
      return `${event.data.agent} was briefed on ${plural(event.data.items, 'fact')} (${event.data.kinds.join(', ')})`
  }
}

/** Millionths of a US dollar as dollars: "$1.23", and "$0.0042" below a cent. */
export function formatUsd(micro: number): string {
  const usd = micro / 1_000_000
  return `$${usd >= 0.01 || usd === 0 ? usd.toFixed(2) : usd.toFixed(4)}`
}

export function short(sha: string): string {
  return sha.slice(0, 7)
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function bound(text: string): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > MAX_SUMMARY ? `${line.slice(0, MAX_SUMMARY - 3)}...` : line
}
