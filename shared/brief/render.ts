import type { BriefResult } from './brief'
import type { BriefKind } from './items'

const HEADINGS: Record<BriefKind, string> = {
  conflict: 'Conflicts with your branch',
  check: 'Failing checks',
  guard: 'Role guard',
  drift: 'Scope drift',
  blocker: 'Blockers',
  assignment: 'Tasks assigned to you',
  'merge-order': 'Merge order',
  review: 'New comments on your pull request',
}

/** The brief as the agent reads it: one heading per kind, the facts under it; empty when nothing is new. */
export function renderBrief(result: BriefResult): string {
  if (!result.items.length) return ''
  const lines = [
    `agent-orchestrator: new since your last prompt, for ${result.agent ?? 'this checkout'} (from the shared state; act on what concerns your task):`,
  ]
  let kind: BriefKind | null = null
  for (const item of result.items) {
    if (item.kind !== kind) {
      kind = item.kind
      lines.push('', `## ${HEADINGS[kind]}`)
    }
    lines.push(`- ${item.lines[0]}`, ...item.lines.slice(1))
  }
  return lines.join('\n')
}

/** What Claude Code (and Codex, same wire format) reads from a prompt or session hook on exit 0. */
export function hookJson(event: 'SessionStart' | 'UserPromptSubmit', result: BriefResult): string {
  const context = renderBrief(result)
  const note = result.note ? `agent-orchestrator brief: ${result.note}` : null
  if (!context && !note) return ''
  return JSON.stringify({
    ...(context ? { hookSpecificOutput: { hookEventName: event, additionalContext: context } } : {}),
    // The note is for the person: the agent has nothing to act on in it.
    ...(note ? { systemMessage: note } : {}),
  })
}
