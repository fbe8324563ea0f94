import { spawn } from 'node:child_process'
import { basename, dirname, join } from 'node:path'
import { checkedOutBranch } from '../agent-branches'
import { writeConfined } from '../confine-path'
import { InputError, messageOf } from '../errors'
import { Git } from '../git/git'
import { gitFile } from '../git/refs'
import { sha256Hex, type UsageSource } from '../state/events'
import { quote } from '../text/quote'
import { readUsageFile, USAGE_FILE, withUsageLock, writeUsageFile, type PendingUsage } from './queue'
import { emptyCursor, readClaudeUsage, readCodexUsage, type ReadResult } from './transcript'

/** What Claude Code sends a Stop or SessionEnd hook on stdin (the fields we read). */
export interface UsageHookInput {
  sessionId: string
  transcriptPath: string
  cwd: string
}

const SESSION = /^[A-Za-z0-9][A-Za-z0-9._:@/+=-]{0,199}$/

/** Parses the hook's JSON; a clear error for anything else (the hook logs it and exits 0). */
export function parseUsageHookInput(stdin: string, cwd: string): UsageHookInput {
  let input: unknown
  try {
    input = JSON.parse(stdin)
  } catch {
    throw new InputError(`hook input is not JSON (${quote(stdin.slice(0, 80))})`)
  }
  const o = (input ?? {}) as Record<string, unknown>
  if (typeof o.session_id !== 'string' || !SESSION.test(o.session_id))
    throw new InputError(`hook input: session_id must be a session id, got ${quote(String(o.session_id).slice(0, 80))}`)
  if (typeof o.transcript_path !== 'string' || o.transcript_path === '')
    throw new InputError('hook input: transcript_path must be the path of the session transcript')
  return { sessionId: o.session_id, transcriptPath: o.transcript_path, cwd: typeof o.cwd === 'string' && o.cwd ? o.cwd : cwd }
}

export interface QueueOptions {
  now: Date
  /** The CLI that starts the recorder (detached); without it nothing is started (in-process use and tests). */
  cliScript?: string
  remote: string
  configPath?: string
}

export interface QueueResult {
  /** Stretches (one per model) newly queued. */
  queued: number
  skippedLines: number
  /** Whether a recorder was started. */
  started: boolean
  /** Why nothing was read (not an agent checkout), when so. */
  reason?: string
}

/**
 * The Stop / SessionEnd hook: reads what is new in the session's transcript since
 * the last call for that session, queues it, and starts the detached recorder,
 * which prices and records it. Local files only: nothing here waits for the network.
 */
export async function queueClaudeUsage(input: UsageHookInput, o: QueueOptions): Promise<QueueResult> {
  return queueUsage(
    input.cwd,
    'claude',
    `claude:${input.sessionId}`,
    input.sessionId,
    (cursor) => readClaudeUsage(input.transcriptPath, cursor),
    o,
  )
}

/** A Codex session log (rollout-*.jsonl): the same, with its token_count totals. */
export async function queueCodexUsage(cwd: string, logPath: string, o: QueueOptions): Promise<QueueResult> {
  let session: string | null = null
  const result = await queueUsage(
    cwd,
    'codex',
    `codex:${logPath}`,
    () =>
      session ??
      basename(logPath, '.jsonl')
        .replace(/^rollout-/, '')
        .replace(/[^A-Za-z0-9._:@/+=-]/g, '-'),
    (cursor) => {
      const r = readCodexUsage(logPath, cursor)
      session = r.session ?? (cursor as { session?: string }).session ?? null
      return { ...r, cursor: { ...r.cursor, ...(session ? { session } : {}) } as typeof r.cursor }
    },
    o,
  )
  return result
}

async function queueUsage(
  cwd: string,
  source: UsageSource,
  sessionKey: string,
  session: string | (() => string),
  read: (cursor: ReturnType<typeof emptyCursor>) => ReadResult,
  o: QueueOptions,
): Promise<QueueResult> {
  const git = await Git.open(cwd)
  const branch = await checkedOutBranch(git)
  if (!branch) return { queued: 0, skippedLines: 0, started: false, reason: 'HEAD is detached: no agent branch to record for' }
  const file = await gitFile(git, USAGE_FILE)
  const time = o.now.toISOString()
  const outcome = withUsageLock(file.root, file.path, () => {
    const f = readUsageFile(file.path)
    const r = read(f.sessions[sessionKey]?.cursor ?? emptyCursor())
    const id = typeof session === 'string' ? session : session()
    let queued = 0
    for (const t of r.byModel) {
      const data: PendingUsage['data'] = {
        agent: branch,
        session: id,
        source,
        ...(t.model ? { model: t.model } : {}),
        inputTokens: t.inputTokens,
        outputTokens: t.outputTokens,
        cacheCreationTokens: t.cacheCreationTokens,
        cacheReadTokens: t.cacheReadTokens,
        through: t.through,
        messages: t.messages,
      }
      const key = sha256Hex(JSON.stringify([branch, source, id, t.model, t.through]))
      if (f.recorded[key] || f.pending[key]) continue
      f.pending[key] = { since: time, branch, time, data }
      queued++
    }
    f.sessions[sessionKey] = { cursor: r.cursor, at: time }
    writeUsageFile(file.root, file.path, f, o.now)
    return { queued, skippedLines: r.skipped, pending: Object.keys(f.pending).length }
  })
  let started = false
  if (outcome.pending > 0 && o.cliScript) {
    startRecorder(o.cliScript, cwd, o.remote, o.configPath)
    started = true
  }
  return { queued: outcome.queued, skippedLines: outcome.skippedLines, started }
}

/** Starts `agents record-usage --record-pending` (the CLI at `cliScript`), detached: it outlives the hook. */
function startRecorder(cliScript: string, cwd: string, remote: string, configPath?: string): void {
  const args = [
    cliScript,
    'agents',
    'record-usage',
    '--record-pending',
    '--remote',
    remote,
    ...(configPath ? ['--config', configPath] : []),
  ]
  const child = spawn(process.execPath, args, { cwd, detached: true, stdio: 'ignore' })
  child.on('error', () => undefined)
  child.unref()
}

/** One line in `<git folder>/orchestrator/usage.log`, where the hook and its recorder say what went wrong, silently. */
export async function logUsageProblem(cwd: string, line: string): Promise<void> {
  try {
    const file = await gitFile(await Git.open(cwd), USAGE_FILE)
    const log = join(dirname(file.path), 'usage.log')
    writeConfined(file.root, log, `${line.replace(/[\r\n]+/g, ' ')}\n`, 'log', { append: true })
  } catch {
    /* nowhere to write */
  }
}

export { messageOf }
