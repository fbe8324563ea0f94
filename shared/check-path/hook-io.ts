import { isAbsolute } from 'node:path'
import type { CheckPathResult, PathAnswer } from './check-path'
import type { LineRange } from '../state/events'

/**
 * What Claude Code sends a `PreToolUse` command hook on stdin (the fields we
 * use): `hook_event_name` "PreToolUse", `tool_name` (Edit, Write, MultiEdit
 * here, by the matcher), `tool_input.file_path` (absolute), `cwd`, and
 * `session_id`, `transcript_path`, `permission_mode`, `tool_use_id` (unused).
 */
export interface HookInput {
  cwd: string
  toolName: string
  filePath: string
}

/**
 * Claude Code's editing tools and the field of `tool_input` that names the file
 * (its documented PreToolUse payloads): `Write` {file_path, content}, `Edit`
 * {file_path, old_string, new_string, replace_all}, `MultiEdit` {file_path,
 * edits}, `NotebookEdit` {notebook_path, cell_id, new_source, cell_type, edit_mode}.
 */
export const EDIT_TOOLS: Readonly<Record<string, 'file_path' | 'notebook_path'>> = {
  Write: 'file_path',
  Edit: 'file_path',
  MultiEdit: 'file_path',
  NotebookEdit: 'notebook_path',
}

/** The hook's matcher in the settings: every editing tool above. */
export const EDIT_TOOL_MATCHER = Object.keys(EDIT_TOOLS).join('|')

/**
 * The edit the hook is asked about, or null when it is not an edit (another event, a tool that names no file):
 * then we stay silent. Input we cannot judge throws, naming why: not JSON, not an object, an editing tool
 * without its path, a `cwd` that is not an absolute path. The hook logs why, and under --block denies.
 */
export function parseHookInput(text: string, fallbackCwd: string): HookInput | null {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new Error(
      `the input on stdin (${Buffer.byteLength(text)} bytes) is not JSON (${error instanceof Error ? error.message : String(error)}); expected Claude Code's PreToolUse payload`,
    )
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error(
      `the input on stdin is JSON but not an object (${Array.isArray(raw) ? 'an array' : raw === null ? 'null' : typeof raw}); expected Claude Code's PreToolUse payload`,
    )
  const input = raw as { hook_event_name?: unknown; tool_name?: unknown; tool_input?: unknown; cwd?: unknown }
  if (input.hook_event_name !== undefined && input.hook_event_name !== 'PreToolUse') return null
  const tool = typeof input.tool_name === 'string' ? input.tool_name : ''
  const toolInput = (input.tool_input && typeof input.tool_input === 'object' ? input.tool_input : {}) as Record<string, unknown>
  if (tool === '') throw new Error("the payload names no tool_name; expected Claude Code's PreToolUse payload")
  // Another tool is not an edit we judge (the matcher sends only these); an editing tool without its path is input we cannot judge.
  const field = EDIT_TOOLS[tool]
  if (!field) return null
  const filePath = toolInput[field]
  if (typeof filePath !== 'string' || filePath === '')
    throw new Error(
      `the ${tool || 'edit'} payload has no tool_input.${field} (a non-empty string); expected Claude Code's PreToolUse payload`,
    )
  if (input.cwd !== undefined && (typeof input.cwd !== 'string' || !isAbsolute(input.cwd)))
    throw new Error(`the payload's cwd ${JSON.stringify(input.cwd)} is not an absolute path`)
  const cwd = typeof input.cwd === 'string' ? input.cwd : fallbackCwd
  return { cwd, toolName: tool, filePath }
}

/**
 * Under --block, an edit the hook cannot judge is denied (fail closed), with the reason: a hook that lets
 * through what it could not check is no guard. Claude Code shows the reason to the agent.
 */
export function cannotJudgeOutput(why: string): string {
  const reason = `agent-orchestrator check-path (--block) cannot judge this edit, so it is denied: ${why}. Edit files inside this repository, from inside it; if this is wrong, tell the overseer (\`npx orchestrator events raise-blocker\`).`
  return JSON.stringify({
    hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: reason },
    systemMessage: `check-path: edit denied, cannot judge it (${why})`,
  })
}

export function formatRanges(ranges: readonly LineRange[]): string {
  return ranges
    .map((r) => (r.end < r.start ? `lines removed after ${r.end}` : r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`))
    .join(', ')
}

/** How old the data is, for a person or an agent: "fetched 3 min ago (2026-…Z)". */
export function describeAge(result: CheckPathResult): string {
  const s = result.data.ageSeconds
  const ago = s < 90 ? `${s} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${Math.round(s / 3600)} h`
  return result.data.fetchedAt
    ? `branches fetched ${ago} ago (${result.data.fetchedAt})`
    : `never fetched by check-path; cache built ${ago} ago (${result.data.builtAt})`
}

/** One line per sibling that touched the path. */
export function describeHits(answer: PathAnswer): string[] {
  return answer.siblings.map(
    (h) =>
      `${h.branch} (${h.role}, at ${h.tip.slice(0, 12)}): ${h.binary ? 'binary file changed' : h.ranges.length ? `lines ${formatRanges(h.ranges)}` : 'changed (no lines: mode or empty file)'}`,
  )
}

/**
 * The hook's stdout: Claude Code reads JSON on exit 0. A warning is
 * `hookSpecificOutput.additionalContext` (given to the agent before the tool
 * runs; the edit goes ahead under the normal permission rules) plus a
 * `systemMessage` for the person; `--block` answers `permissionDecision:
 * "deny"` with the reason, which Claude Code shows to the agent.
 */
export function hookOutput(result: CheckPathResult, answer: PathAnswer, block: boolean, remote: string, drift?: string): string {
  const scope = drift
    ? [
        `agent-orchestrator: ${drift}, outside the paths of your tasks.`,
        'If the change belongs to your task, go ahead; if not, leave it to its owner or tell the overseer (`npx orchestrator events raise-blocker`).',
      ]
    : []
  if (answer.siblings.length === 0) {
    // Scope drift alone: a note for the agent, never a denial (role-ci is where scope.mode: fail fails).
    const specific = { hookEventName: 'PreToolUse', additionalContext: scope.join('\n') }
    return JSON.stringify({ hookSpecificOutput: specific, systemMessage: `check-path: ${answer.path} is outside the agent's tasks` })
  }
  const lines = [
    `agent-orchestrator: ${answer.path} was also changed by ${answer.siblings.length === 1 ? 'a sibling' : `${answer.siblings.length} siblings`} of ${result.caller.branch} since your branches diverged:`,
    ...describeHits(answer).map((l) => `- ${l}`),
    `Data: ${describeAge(result)}.`,
    "To coordinate: keep your change away from those lines if you can; if you need the sibling's change, merge it first" +
      ` (git fetch ${remote} && git merge ${remote}/${answer.siblings[0]!.branch}); run \`npx orchestrator check-conflicts\` to see whether the branches conflict;` +
      ' and tell the overseer which file you both change (e.g. `npx orchestrator events raise-blocker`).',
    ...scope,
  ]
  const text = lines.join('\n')
  const short = `check-path: ${answer.path} also changed on ${answer.siblings.map((h) => h.branch).join(', ')}`
  const specific = block
    ? { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: text }
    : { hookEventName: 'PreToolUse', additionalContext: text }
  return JSON.stringify({ hookSpecificOutput: specific, systemMessage: short })
}
