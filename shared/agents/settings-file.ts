import { InputError } from '../errors'
import { quotePath } from '../text/quote'
import type { RoleRules } from './claude-rules'
import { EDIT_TOOL_MATCHER } from '../check-path'

/**
 * Merges our rules into a Claude Code settings file without taking anything
 * of the person's: every other key and every rule they wrote stays, in their
 * order; our rules follow, sorted. Rules we wrote before (`previous`) and no
 * longer want are removed; nothing else is. The result is canonical (2-space
 * JSON, final newline), so a re-run with the same rules writes the same bytes.
 * With `hook`, our PreToolUse hook joins the person's hooks the same way.
 */
export function mergeSettings(
  existing: string | null,
  ours: RoleRules,
  previous: RoleRules | null,
  file: string,
  hook: ClaudeHook | null = null,
  usageHook: string | null = null,
  brief: string | null = null,
): string {
  let settings: Record<string, unknown> = {}
  if (existing !== null && existing.trim() !== '') {
    try {
      settings = JSON.parse(existing) as Record<string, unknown>
    } catch (error) {
      throw new InputError(`${quotePath(file)} is not valid JSON (${(error as Error).message}): fix or move it; nothing was written`)
    }
    if (!settings || typeof settings !== 'object' || Array.isArray(settings))
      throw new InputError(`${quotePath(file)} is not a JSON object: fix or move it; nothing was written`)
  }
  const permissions = (settings.permissions ?? {}) as Record<string, unknown>
  if (typeof permissions !== 'object' || Array.isArray(permissions))
    throw new InputError(`${quotePath(file)}: "permissions" is not an object; nothing was written`)
  const merged: Record<string, unknown> = { ...permissions }
  for (const key of ['allow', 'deny'] as const) {
    const theirs = permissions[key] === undefined ? [] : permissions[key]
    if (!Array.isArray(theirs) || theirs.some((r) => typeof r !== 'string'))
      throw new InputError(`${quotePath(file)}: "permissions.${key}" is not a list of rules; nothing was written`)
    const stale = new Set(previous?.[key] ?? [])
    const wanted = new Set(ours[key])
    const kept = (theirs as string[]).filter((r) => !wanted.has(r) && !stale.has(r))
    merged[key] = [...kept, ...ours[key]]
  }
  let mergedHooks = hook ? mergeHook(settings.hooks, hook, file) : settings.hooks
  if (usageHook) for (const event of USAGE_HOOK_EVENTS) mergedHooks = mergeEventHook(mergedHooks, event, usageHook, file)
  if (brief) mergedHooks = mergeBriefHooks(mergedHooks, brief, file)
  const hooks = hook || usageHook || brief ? { hooks: mergedHooks } : {}
  return `${JSON.stringify({ ...settings, permissions: merged, ...hooks }, null, 2)}\n`
}

/** Our brief hook: `orchestrator agents brief --hook`, however the CLI is started. */
const OUR_BRIEF_HOOK = /\bagents brief --hook\b/

/** The events the brief answers: a new (or resumed, cleared, compacted) session, and every prompt. */
export const BRIEF_EVENTS = ['SessionStart', 'UserPromptSubmit'] as const

/**
 * Our brief entry under SessionStart and UserPromptSubmit (no matcher: every source, every prompt), replaced where
 * it stands; the person's entries stay. Claude Code and Codex read the same `hooks` object (settings, hooks.json).
 */
export function mergeBriefHooks(existing: unknown, command: string, file: string): Record<string, unknown> {
  if (existing !== undefined && (typeof existing !== 'object' || existing === null || Array.isArray(existing)))
    throw new InputError(`${quotePath(file)}: "hooks" is not an object; nothing was written`)
  const hooks = { ...((existing ?? {}) as Record<string, unknown>) }
  for (const event of BRIEF_EVENTS) {
    const list = hooks[event] ?? []
    if (!Array.isArray(list)) throw new InputError(`${quotePath(file)}: "hooks.${event}" is not a list; nothing was written`)
    const entry = { hooks: [{ type: 'command', command, timeout: 10 }] }
    const ours = (e: unknown) =>
      Array.isArray((e as { hooks?: unknown })?.hooks) &&
      ((e as { hooks: unknown[] }).hooks as Array<{ command?: unknown }>).some(
        (h) => typeof h?.command === 'string' && OUR_BRIEF_HOOK.test(h.command),
      )
    const at = list.findIndex(ours)
    hooks[event] = at < 0 ? [...list, entry] : list.filter((e, i) => i === at || !ours(e)).map((e) => (ours(e) ? entry : e))
  }
  return hooks
}

/** Codex's `.codex/hooks.json` with our brief hooks merged in (same wire format as Claude Code's settings). */
export function mergeCodexHooks(existing: string | null, command: string, file: string): string {
  let doc: Record<string, unknown> = {}
  if (existing !== null && existing.trim() !== '') {
    try {
      doc = JSON.parse(existing) as Record<string, unknown>
    } catch (error) {
      throw new InputError(`${quotePath(file)} is not valid JSON (${(error as Error).message}): fix or move it; nothing was written`)
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
      throw new InputError(`${quotePath(file)} is not a JSON object: fix or move it; nothing was written`)
  }
  return `${JSON.stringify({ ...doc, hooks: mergeBriefHooks(doc.hooks, command, file) }, null, 2)}\n`
}

/**
 * Our PreToolUse hook before every file edit: `orchestrator-hook`, the small bundle of
 * `orchestrator check-path --hook` (see check-path/hook.ts), from the project's node_modules.
 */
export interface ClaudeHook {
  matcher: string
  command: string
}

export const CHECK_PATH_HOOK: ClaudeHook = {
  matcher: EDIT_TOOL_MATCHER,
  command: '"$CLAUDE_PROJECT_DIR"/node_modules/.bin/orchestrator-hook',
}

/** Ours is the entry whose command runs our hook; it is replaced where it stands, the person's entries stay. */
const OUR_HOOK = /\borchestrator-hook\b|\bcheck-path --hook\b/

/** The commands of our hook entries in a settings text (none when it is not JSON or has no hooks of ours). */
export function ourHookCommands(text: string | null): string[] {
  let settings: unknown
  try {
    settings = JSON.parse(text ?? 'null')
  } catch {
    return []
  }
  const list = (settings as { hooks?: { PreToolUse?: unknown } } | null)?.hooks?.PreToolUse
  if (!Array.isArray(list)) return []
  return list
    .flatMap((e) =>
      Array.isArray((e as { hooks?: unknown })?.hooks) ? ((e as { hooks: unknown[] }).hooks as Array<{ command?: unknown }>) : [],
    )
    .map((h) => h?.command)
    .filter((c): c is string => typeof c === 'string' && OUR_HOOK.test(c))
}

function mergeHook(existing: unknown, hook: ClaudeHook, file: string): Record<string, unknown> {
  if (existing !== undefined && (typeof existing !== 'object' || existing === null || Array.isArray(existing)))
    throw new InputError(`${quotePath(file)}: "hooks" is not an object; nothing was written`)
  const hooks = { ...((existing ?? {}) as Record<string, unknown>) }
  const list = hooks.PreToolUse ?? []
  if (!Array.isArray(list)) throw new InputError(`${quotePath(file)}: "hooks.PreToolUse" is not a list; nothing was written`)
  const entry = { matcher: hook.matcher, hooks: [{ type: 'command', command: hook.command, timeout: 10 }] }
  const ours = (e: unknown) =>
    Array.isArray((e as { hooks?: unknown })?.hooks) &&
    ((e as { hooks: unknown[] }).hooks as Array<{ command?: unknown }>).some(
      (h) => typeof h?.command === 'string' && OUR_HOOK.test(h.command),
    )
  const at = list.findIndex(ours)
  hooks.PreToolUse = at < 0 ? [...list, entry] : list.filter((e, i) => i === at || !ours(e)).map((e) => (ours(e) ? entry : e))
  return hooks
}

/** The hook events after which `agents record-usage` reads the session's transcript (both: a session cut short has no Stop). */
export const USAGE_HOOK_EVENTS = ['Stop', 'SessionEnd'] as const
/** The usage hook: the CLI's `agents record-usage`, as the CLI was started (default: the project's node_modules). */
export const USAGE_HOOK_COMMAND = '"$CLAUDE_PROJECT_DIR"/node_modules/.bin/orchestrator agents record-usage'
const OUR_USAGE_HOOK = /\bagents record-usage\b/

/** Our entry of a matcher-less hook event (Stop, SessionEnd) replaced where it stands, or added; the person's entries stay. */
function mergeEventHook(existing: unknown, event: string, command: string, file: string): Record<string, unknown> {
  if (existing !== undefined && (typeof existing !== 'object' || existing === null || Array.isArray(existing)))
    throw new InputError(`${quotePath(file)}: "hooks" is not an object; nothing was written`)
  const hooks = { ...((existing ?? {}) as Record<string, unknown>) }
  const list = hooks[event] ?? []
  if (!Array.isArray(list)) throw new InputError(`${quotePath(file)}: "hooks.${event}" is not a list; nothing was written`)
  const entry = { hooks: [{ type: 'command', command, timeout: 30 }] }
  const ours = (e: unknown) =>
    Array.isArray((e as { hooks?: unknown })?.hooks) &&
    ((e as { hooks: unknown[] }).hooks as Array<{ command?: unknown }>).some(
      (h) => typeof h?.command === 'string' && OUR_USAGE_HOOK.test(h.command),
    )
  const at = list.findIndex(ours)
  hooks[event] = at < 0 ? [...list, entry] : list.filter((e, i) => i === at || !ours(e)).map((e) => (ours(e) ? entry : e))
  return hooks
}

export const GUIDE_BEGIN = '<!-- agent-orchestrator:begin (generated by orchestrator agents setup; edit outside these markers) -->'
export const GUIDE_END = '<!-- agent-orchestrator:end -->'

/** `text` with our section between the markers replaced (or appended); the rest of the file stays byte for byte. */
export function mergeGuide(existing: string | null, section: string): string {
  const block = `${GUIDE_BEGIN}\n${section.trim()}\n${GUIDE_END}\n`
  if (existing === null || existing === '') return block
  const start = existing.indexOf(GUIDE_BEGIN)
  const end = existing.indexOf(GUIDE_END)
  if (start >= 0 && end > start) return existing.slice(0, start) + block + existing.slice(end + GUIDE_END.length).replace(/^\n/, '')
  return `${existing}${existing.endsWith('\n') ? '' : '\n'}\n${block}`
}
