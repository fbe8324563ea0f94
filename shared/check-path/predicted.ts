import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { loadConfig } from '../config/config'
import { Git } from '../git/git'
import type { Logger } from '../logger'
import type { EventDataByKind } from '../state/event-schema'
import { makeEvent } from '../state/events'
import { sha256Hex } from '../state/digest'
import { StateStore } from '../state/store'
import type { CheckPathResult, Located } from './check-path'

/** What this checkout already asked to record (`recorded`) or handed to a recorder still running (`pending`). */
interface PredictedFile {
  recorded: Record<string, string>
  pending: Record<string, { since: string; feature: string; actor: string; time: string; data: EventDataByKind['conflict-predicted'] }>
}

/** A recorder that has not finished in this long is taken as dead: the next warning hands its work to a new one. */
const PENDING_TIMEOUT_MS = 10 * 60_000

export function predictedFile(located: Located): string {
  return join(dirname(located.cachePath), 'conflict-predicted.json')
}

function read(path: string): PredictedFile {
  try {
    const f = JSON.parse(readFileSync(path, 'utf8')) as PredictedFile
    if (f && typeof f.recorded === 'object' && typeof f.pending === 'object') return f
  } catch {
    /* missing or broken: start again; the store's keys still keep events unique */
  }
  return { recorded: {}, pending: {} }
}

function write(path: string, f: PredictedFile): void {
  mkdirSync(dirname(path), { recursive: true })
  const temp = `${path}.${process.pid}.tmp`
  writeFileSync(temp, `${JSON.stringify(f)}\n`)
  renameSync(temp, path)
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
  options: { actor: string; now: Date; startRecorder: (() => void) | null },
): number {
  const path = predictedFile(located)
  const file = read(path)
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
        actor: options.actor,
        time: options.now.toISOString(),
        data,
      }
      queued++
    }
  }
  if (queued === 0 || !options.startRecorder) return 0
  write(path, file)
  options.startRecorder()
  return queued
}

/** Starts `check-path --record-pending` as a detached process that outlives the hook. */
export function detachedRecorder(cliScript: string, toplevel: string, remote: string, configPath?: string): () => void {
  return () => {
    const args = [cliScript, 'check-path', '--record-pending', '--remote', remote, ...(configPath ? ['--config', configPath] : [])]
    const child = spawn(process.execPath, args, { cwd: toplevel, detached: true, stdio: 'ignore' })
    child.on('error', () => undefined)
    child.unref()
  }
}

/**
 * The recorder: appends every pending event through the store (compare and
 * swap; a fact already there is not added again), then marks them recorded.
 * On failure they stay pending, so a later warning retries them.
 */
export async function recordPending(located: Located, remote: string, logger: Logger, configPath?: string): Promise<number> {
  const path = predictedFile(located)
  const pending = read(path).pending
  const keys = Object.keys(pending)
  if (keys.length === 0) return 0
  const config = loadConfig(located.toplevel, configPath)
  if (config.state.branch === 'current') return 0
  const events = keys.map((k) => {
    const p = pending[k]!
    return makeEvent('conflict-predicted', p.feature, p.data, { actor: p.actor, time: p.time })
  })
  const store = new StateStore({ git: await Git.open(located.toplevel), remote, branch: config.state.branch, logger })
  const result = await store.append(events)
  // Re-read: a hook may have queued more while this ran; only what was appended leaves `pending`.
  const after = read(path)
  const stamp = new Date().toISOString()
  for (const k of keys) {
    delete after.pending[k]
    after.recorded[k] = stamp
  }
  write(path, after)
  return result.added.length
}
