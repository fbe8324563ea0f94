import { isAbsolute } from 'node:path'

/** The prompt and session hooks we answer (Claude Code's and Codex's payloads carry the same fields). */
export type BriefHookEvent = 'SessionStart' | 'UserPromptSubmit'

export interface BriefHookInput {
  event: BriefHookEvent
  cwd: string
}

/**
 * The documented payload on stdin: `session_id`, `transcript_path`, `cwd`, `hook_event_name`, and `prompt`
 * (UserPromptSubmit) or `source` (SessionStart: startup, resume, clear, compact). Only the event and the folder
 * matter here; anything we cannot read is taken as a prompt in the folder the hook was started in (fail open).
 */
export function parseBriefHookInput(text: string, fallbackCwd: string): BriefHookInput {
  let raw: unknown = null
  try {
    raw = JSON.parse(text)
  } catch {
    /* not JSON: a prompt hook all the same */
  }
  const input = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as { hook_event_name?: unknown; cwd?: unknown }
  const event = input.hook_event_name === 'SessionStart' ? 'SessionStart' : 'UserPromptSubmit'
  const cwd = typeof input.cwd === 'string' && isAbsolute(input.cwd) ? input.cwd : fallbackCwd
  return { event, cwd }
}
