import { closeSync, lstatSync, openSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { makeFoldersConfined, replaceConfined } from '../confine-path'
import type { EventDataByKind } from '../state/events'
import type { LogCursor } from './transcript'

/** One stretch of usage a hook read and handed to the recorder. */
export interface PendingUsage {
  since: string
  /** The branch checked out when the hook ran: whose usage it is. */
  branch: string
  time: string
  /** The event's data without what the recorder adds (tasks, cost, prices). */
  data: Omit<EventDataByKind['agent-usage'], 'tasks' | 'costMicroUsd' | 'prices'>
}

/**
 * `<git folder>/orchestrator/agent-usage.json`: where each session's log was read
 * up to (`sessions`, by `source:session`), the stretches read and not yet recorded
 * (`pending`), and when recorded ones were (`recorded`, forgotten after a while:
 * the store's keys keep a repeat out anyway).
 */
export interface UsageFile {
  sessions: Record<string, { cursor: LogCursor; at: string }>
  pending: Record<string, PendingUsage>
  recorded: Record<string, string>
}

export const USAGE_FILE = 'orchestrator/agent-usage.json'
/** Sessions and records older than this are forgotten locally. */
const FORGET_AFTER_MS = 30 * 24 * 3600_000

export function readUsageFile(path: string): UsageFile {
  try {
    const f = JSON.parse(readFileSync(path, 'utf8')) as UsageFile
    if (f && typeof f.sessions === 'object' && typeof f.pending === 'object' && typeof f.recorded === 'object') return f
  } catch {
    /* missing or broken: start again; the store's keys still keep events unique */
  }
  return { sessions: {}, pending: {}, recorded: {} }
}

export function writeUsageFile(root: string, path: string, f: UsageFile, now: Date): void {
  const cut = now.getTime() - FORGET_AFTER_MS
  for (const [k, s] of Object.entries(f.sessions)) if (Date.parse(s.at) < cut) delete f.sessions[k]
  for (const [k, at] of Object.entries(f.recorded)) if (Date.parse(at) < cut) delete f.recorded[k]
  replaceConfined(root, path, `${JSON.stringify(f)}\n`)
}

/** How long a lock may stand before it is taken as left by a dead process. */
const STALE_LOCK_MS = 30_000
const sleeper = new Int32Array(new SharedArrayBuffer(4))

/**
 * Runs `fn` holding `<path>.lock` (created exclusively): the Stop and SessionEnd hooks
 * and the recorder may run at once, and each reads, changes and writes the file.
 */
export function withUsageLock<T>(root: string, path: string, fn: () => T): T {
  makeFoldersConfined(root, dirname(path))
  const lock = `${path}.lock`
  for (let attempt = 0; ; attempt++) {
    try {
      closeSync(openSync(lock, 'wx'))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const st = lstatSync(lock, { throwIfNoEntry: false })
      if (st && Date.now() - st.mtimeMs > STALE_LOCK_MS) rmSync(lock, { force: true })
      else if (attempt > 200) throw new Error(`${lock} is held by another process`)
      else Atomics.wait(sleeper, 0, 0, 10)
    }
  }
  try {
    return fn()
  } finally {
    rmSync(lock, { force: true })
  }
}

export function usageFilePath(gitDir: string): string {
  return join(gitDir, USAGE_FILE)
}
