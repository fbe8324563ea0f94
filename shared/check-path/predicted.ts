import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { replaceConfined } from '../confine-path'
import { dirname, join } from 'node:path'
import { type EventDataByKind, sha256Hex } from '../state/events'
import type { CheckPathResult, Located } from './check-path'

/** What this checkout already asked to record (`recorded`) or handed to a recorder still running (`pending`). */
export interface PredictedFile {
  recorded: Record<string, string>
  pending: Record<string, PendingEvent>
}

/** An event waiting for the background recorder: conflict-predicted (check-path), or one another hook queued. */
export type PendingEvent = { since: string; feature: string; actor: string; time: string } & (
  | { kind?: 'conflict-predicted'; data: EventDataByKind['conflict-predicted'] }
  | { kind: 'brief-delivered'; data: EventDataByKind['brief-delivered'] }
)

/** A recorder that has not finished in this long is taken as dead: the next warning hands its work to a new one. */
const PENDING_TIMEOUT_MS = 10 * 60_000
/** Recorded facts older than this are forgotten locally (a repeat would find its key in the store anyway). */
const FORGET_AFTER_MS = 30 * 24 * 3600_000

export function predictedFile(located: Located): string {
  return join(dirname(located.cachePath), 'conflict-predicted.json')
}

export function readPredicted(path: string): PredictedFile {
  try {
    const f = JSON.parse(readFileSync(path, 'utf8')) as PredictedFile
    if (f && typeof f.recorded === 'object' && typeof f.pending === 'object') return f
  } catch {
    /* missing or broken: start again; the store's keys still keep events unique */
  }
  return { recorded: {}, pending: {} }
}

export function writePredicted(path: string, f: PredictedFile): void {
  // It lives in <git folder>/orchestrator/: written through the one gate, no link followed.
  replaceConfined(dirname(dirname(path)), path, `${JSON.stringify(f)}\n`)
}

/** The local key of a fact: the event's own key fields (agent, path, sibling, sibling tip). */
function localKey(d: EventDataByKind['conflict-predicted']): string {
  return sha256Hex(JSON.stringify([d.agent, d.pathBase64 ?? d.path, d.sibling, d.siblingSha]))
}

/**
 * Queues a `conflict-predicted` event for every (path, sibling) of the answer
 * not asked for before, and starts one detached recorder for them; returns how
 * many were queued. Nothing here waits for the network: the recorder pushes
 * after the hook has answered. A repeat of a known fact does not even spawn.
 */
export function queuePredictions(
  located: Located,
  result: CheckPathResult,
  options: { now: Date; startRecorder: (() => void) | null },
): number {
  const path = predictedFile(located)
  const file = readPredicted(path)
  const now = options.now.getTime()
  let queued = 0
  for (const answer of result.answers) {
    for (const hit of answer.siblings) {
      const data: EventDataByKind['conflict-predicted'] = {
        agent: result.caller.branch,
        path: answer.path,
        ...(answer.pathBase64 ? { pathBase64: answer.pathBase64 } : {}),
        sibling: hit.branch,
        siblingSha: hit.tip,
        base: hit.base,
        ranges: hit.ranges.slice(0, 500),
      }
      const key = localKey(data)
      const pending = file.pending[key]
      if (file.recorded[key] || (pending && now - Date.parse(pending.since) < PENDING_TIMEOUT_MS)) continue
      file.pending[key] = {
        since: options.now.toISOString(),
        feature: result.caller.spec,
        // The agent about to edit is the one who learns the fact: its branch is the event's actor.
        actor: result.caller.branch,
        time: options.now.toISOString(),
        data,
      }
      queued++
    }
  }
  if (queued === 0 || !options.startRecorder) return 0
  // What was recorded long ago is about sibling tips long gone: forgotten, so the file stays small.
  for (const [key, at] of Object.entries(file.recorded)) if (now - Date.parse(at) > FORGET_AFTER_MS) delete file.recorded[key]
  writePredicted(path, file)
  options.startRecorder()
  return queued
}

/** Starts `check-path --record-pending` (the CLI at `cliScript`) as a detached process that outlives the hook. */
export function detachedRecorder(cliScript: string, toplevel: string, remote: string, configPath?: string): () => void {
  return () => {
    const args = [cliScript, 'check-path', '--record-pending', '--remote', remote, ...(configPath ? ['--config', configPath] : [])]
    const child = spawn(process.execPath, args, { cwd: toplevel, detached: true, stdio: 'ignore' })
    child.on('error', () => undefined)
    child.unref()
  }
}

/**
 * Queues one event for the background recorder under `key` (a fact queued or recorded before is not queued
 * again) and starts the recorder: the hook that asks never waits for the network. True when it was queued.
 */
export function queueEvent(located: Located, key: string, event: PendingEvent, startRecorder: () => void, now: Date): boolean {
  const path = predictedFile(located)
  const file = readPredicted(path)
  const pending = file.pending[key]
  if (file.recorded[key] || (pending && now.getTime() - Date.parse(pending.since) < PENDING_TIMEOUT_MS)) return false
  file.pending[key] = event
  writePredicted(path, file)
  startRecorder()
  return true
}

export interface WarningRecording {
  /** The CLI to start the recorder with; without it (in-process use) nothing is queued. */
  cliScript?: string
  remote: string
  configPath?: string
  now: Date
}

/** Queues the answer's warnings and starts the recorder (when a sibling changed a path); how many were queued. */
export function recordWarnings(located: Located, result: CheckPathResult, o: WarningRecording): number {
  if (!result.collision || !o.cliScript) return 0
  return queuePredictions(located, result, {
    now: o.now,
    startRecorder: detachedRecorder(o.cliScript, located.toplevel, o.remote, o.configPath),
  })
}
