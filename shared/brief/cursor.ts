import { dirname, join } from 'node:path'
import { readConfined, replaceConfined } from '../confine-path'

/**
 * What each agent of this clone was already told: the ids of the facts in its last briefs, the review comments
 * it saw, and the last fail-open note (said once, not on every prompt). A local file in the git folder
 * (`.git/orchestrator/brief-cursor.json`): never committed, never an event; deleting it only repeats one brief.
 */
export interface BriefCursor {
  version: 1
  agents: Record<string, AgentCursor>
}

export interface AgentCursor {
  /** Ids of the facts told that are still true (a fact that ends is forgotten: if it comes back, it is told). */
  seen: string[]
  /** Review comment ids told (the newest few hundred). */
  comments: number[]
  note?: string
}

const MAX_COMMENTS = 500

/** The cursor file beside check-path's cache (`<git folder>/orchestrator/`). */
export function cursorPath(cacheFile: string): string {
  return join(dirname(cacheFile), 'brief-cursor.json')
}

/** The cursor, or an empty one when missing or unreadable (then the next brief tells everything once). */
export function readCursor(path: string): BriefCursor {
  try {
    const parsed = JSON.parse(readConfined(dirname(dirname(path)), path, 'brief cursor') ?? 'null') as BriefCursor | null
    if (parsed && parsed.version === 1 && parsed.agents && typeof parsed.agents === 'object') return parsed
  } catch {
    /* a broken cursor costs one repeated brief, nothing more */
  }
  return { version: 1, agents: Object.create(null) as BriefCursor['agents'] }
}

export function agentCursor(cursor: BriefCursor, branch: string): AgentCursor {
  const known = Object.hasOwn(cursor.agents, branch) ? cursor.agents[branch] : undefined
  return {
    seen: Array.isArray(known?.seen) ? known.seen.filter((s) => typeof s === 'string') : [],
    comments: Array.isArray(known?.comments) ? known.comments.filter((n) => typeof n === 'number') : [],
    ...(typeof known?.note === 'string' ? { note: known.note } : {}),
  }
}

/** Written whole and renamed into place, through the one write gate (no link followed). */
export function writeCursor(path: string, cursor: BriefCursor, branch: string, next: AgentCursor): void {
  const agents = { ...cursor.agents, [branch]: { ...next, comments: next.comments.slice(-MAX_COMMENTS) } }
  replaceConfined(dirname(dirname(path)), path, `${JSON.stringify({ version: 1, agents })}\n`, 'brief cursor')
}
