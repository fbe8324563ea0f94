import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs'
import { isAbsolute } from 'node:path'
import { InputError } from '../errors'
import { quote } from '../text/quote'

/** Tokens of one model in one stretch of a session. */
export interface ModelTokens {
  model: string | null
  inputTokens: number
  outputTokens: number
  cacheCreationTokens: number
  cacheReadTokens: number
  /** Messages (Claude) or token reports (Codex) counted. */
  messages: number
  /** The last message id (Claude) or `line-N` (Codex) counted: the stretch's end. */
  through: string
}

/**
 * Where the last read of a session's log stopped: the byte offset after the
 * last whole line read, the ids of the last messages counted (a message is
 * written again in later lines with the same id), and for Codex the running
 * totals already counted.
 */
export interface LogCursor {
  offset: number
  seen: string[]
  lines: number
  totals?: { input: number; cached: number; output: number }
  model?: string
}

export interface ReadResult {
  byModel: ModelTokens[]
  cursor: LogCursor
  /** Lines that were not JSON or not of a known shape with usage: skipped, counted. */
  skipped: number
}

/** At most this much of a log is read per call; the rest is read by the next. */
export const MAX_READ_BYTES = 64 * 1024 * 1024
/** A log larger than this is not a transcript we read. */
export const MAX_LOG_BYTES = 2 * 1024 * 1024 * 1024
/** Message ids remembered per session (they repeat only in adjacent lines). */
const SEEN_LIMIT = 500

export function emptyCursor(): LogCursor {
  return { offset: 0, seen: [], lines: 0 }
}

/**
 * The new whole lines of a session log since `cursor`: the log must be an
 * absolute path to a regular file (not a link) ending in .jsonl, of bounded
 * size. A log shorter than the cursor was replaced: it is read from the start
 * (the remembered ids still keep a message from being counted twice).
 */
export function readNewLines(path: string, cursor: LogCursor): { lines: string[]; cursor: LogCursor } {
  if (!isAbsolute(path) || !path.endsWith('.jsonl'))
    throw new InputError(`transcript ${quote(path)} must be the absolute path of a .jsonl session log`)
  const st = lstatSync(path, { throwIfNoEntry: false })
  if (!st) throw new InputError(`transcript ${quote(path)} does not exist`)
  if (!st.isFile()) throw new InputError(`transcript ${quote(path)} is not a regular file (a link or a folder is not read)`)
  if (st.size > MAX_LOG_BYTES) throw new InputError(`transcript ${quote(path)} is larger than ${MAX_LOG_BYTES} bytes; not read`)
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    const start = cursor.offset > size ? 0 : cursor.offset
    const length = Math.min(size - start, MAX_READ_BYTES)
    const buffer = Buffer.alloc(length)
    let got = 0
    while (got < length) {
      const n = readSync(fd, buffer, got, length - got, start + got)
      if (n === 0) break
      got += n
    }
    // Only whole lines: a line still being written is read next time.
    const end = buffer.lastIndexOf(0x0a, got - 1)
    if (end < 0) return { lines: [], cursor: { ...cursor, offset: start } }
    const text = buffer.subarray(0, end).toString('utf8')
    return { lines: text.split('\n'), cursor: { ...cursor, offset: start + end + 1 } }
  } finally {
    closeSync(fd)
  }
}

const count = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0)
const ID = /^[A-Za-z0-9][A-Za-z0-9._:@/+=-]{0,199}$/
const MODEL = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,99}$/

function object(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null
}

function parse(line: string): Record<string, unknown> | null {
  if (line.trim() === '') return null
  try {
    return object(JSON.parse(line))
  } catch {
    return null
  }
}

/**
 * The usage of a Claude Code transcript since `cursor`: every assistant entry
 * carries `message.usage` and `message.model`; a message written over several
 * lines (one per content block, the same `message.id`) is counted once, with
 * the largest usage any of its lines reports. Lines that are not JSON or carry
 * no usage are skipped; one bad line never stops the rest.
 */
export function readClaudeUsage(path: string, cursor: LogCursor): ReadResult {
  const { lines, cursor: next } = readNewLines(path, cursor)
  const seen = new Set(cursor.seen)
  const messages = new Map<string, { model: string | null; usage: number[] }>()
  let skipped = 0
  let lineNo = cursor.lines
  for (const line of lines) {
    lineNo++
    const entry = parse(line)
    if (!entry) {
      if (line.trim() !== '') skipped++
      continue
    }
    if (entry.type !== 'assistant') continue
    const message = object(entry.message)
    const usage = object(message?.usage)
    if (!message || !usage) {
      skipped++
      continue
    }
    const rawId = typeof message.id === 'string' ? message.id : typeof entry.uuid === 'string' ? entry.uuid : `line-${lineNo}`
    const id = ID.test(rawId) ? rawId : `line-${lineNo}`
    if (seen.has(id)) continue
    const model = typeof message.model === 'string' && MODEL.test(message.model) && message.model !== '<synthetic>' ? message.model : null
    const u = [
      count(usage.input_tokens),
      count(usage.output_tokens),
      count(usage.cache_creation_input_tokens),
      count(usage.cache_read_input_tokens),
    ]
    const known = messages.get(id)
    if (!known) messages.set(id, { model, usage: u })
    else known.usage = known.usage.map((v, i) => Math.max(v, u[i]!))
  }
  const byModel = new Map<string, ModelTokens>()
  for (const [id, m] of messages) {
    seen.add(id)
    const key = m.model ?? ''
    const t = byModel.get(key) ?? {
      model: m.model,
      inputTokens: 0,
      outputTokens: 0,
      cacheCreationTokens: 0,
      cacheReadTokens: 0,
      messages: 0,
      through: id,
    }
    t.inputTokens += m.usage[0]!
    t.outputTokens += m.usage[1]!
    t.cacheCreationTokens += m.usage[2]!
    t.cacheReadTokens += m.usage[3]!
    t.messages++
    t.through = id
    byModel.set(key, t)
  }
  const kept = [...seen].slice(-SEEN_LIMIT)
  return { byModel: [...byModel.values()].filter((t) => tokensOf(t) > 0), cursor: { ...next, seen: kept, lines: lineNo }, skipped }
}

/**
 * The usage of a Codex session log (a rollout file, ~/.codex/sessions/…/rollout-*.jsonl)
 * since `cursor`: its `event_msg` lines of type `token_count` carry the session's running
 * totals (`info.total_token_usage`: input_tokens, of them cached_input_tokens, output_tokens);
 * what is new is the latest total less the one counted before. The model is the latest
 * `turn_context`'s. Input here is the uncached part; cached input is a cache read.
 */
export function readCodexUsage(path: string, cursor: LogCursor): ReadResult & { session: string | null } {
  const { lines, cursor: next } = readNewLines(path, cursor)
  let skipped = 0
  let lineNo = cursor.lines
  let model = cursor.model ?? null
  let session: string | null = null
  const before = cursor.totals ?? { input: 0, cached: 0, output: 0 }
  let totals = before
  let through: string | null = null
  let reports = 0
  for (const line of lines) {
    lineNo++
    const entry = parse(line)
    if (!entry) {
      if (line.trim() !== '') skipped++
      continue
    }
    const payload = object(entry.payload)
    if (entry.type === 'session_meta' && typeof payload?.id === 'string' && ID.test(payload.id)) session = payload.id
    if (entry.type === 'turn_context' && typeof payload?.model === 'string' && MODEL.test(payload.model)) model = payload.model
    if (entry.type !== 'event_msg' || payload?.type !== 'token_count') continue
    const total = object(object(payload.info)?.total_token_usage)
    if (!total) continue
    const t = { input: count(total.input_tokens), cached: count(total.cached_input_tokens), output: count(total.output_tokens) }
    // Totals only grow within a session; a smaller one is a new count (a resumed log): nothing is subtracted below zero.
    if (t.input + t.output < totals.input + totals.output) continue
    totals = t
    through = `line-${lineNo}`
    reports++
  }
  const input = Math.max(0, totals.input - totals.cached - (before.input - before.cached))
  const cached = Math.max(0, totals.cached - before.cached)
  const output = Math.max(0, totals.output - before.output)
  const byModel: ModelTokens[] =
    through && input + cached + output > 0
      ? [{ model, inputTokens: input, outputTokens: output, cacheCreationTokens: 0, cacheReadTokens: cached, messages: reports, through }]
      : []
  return { byModel, cursor: { ...next, lines: lineNo, totals, ...(model ? { model } : {}) }, skipped, session }
}

export function tokensOf(t: Pick<ModelTokens, 'inputTokens' | 'outputTokens' | 'cacheCreationTokens' | 'cacheReadTokens'>): number {
  return t.inputTokens + t.outputTokens + t.cacheCreationTokens + t.cacheReadTokens
}
