import type { RunContext } from '../context'

/** Seconds between progress lines in a log; a terminal's status line is redrawn at most this often too. */
const LOG_EVERY_MS = 3000
const TTY_EVERY_MS = 200

export interface ScanProgress {
  /** For ScanOptions.onProgress. */
  update: (done: number, total: number, counts: { cached: number; merged: number }) => void
  /** Ends the progress display (the last line says where the scan ended). */
  stop: () => void
}

/**
 * Progress of a scan of many pairs: pairs done, answered by the cache, merged.
 * In a log a line every few seconds, also while one long batch runs (a timer
 * repeats the last counts), so a slow scan never looks stuck; on a terminal
 * one line updated in place.
 */
export function scanProgress(ctx: Pick<RunContext, 'progress' | 'statusLine'>): ScanProgress {
  let state = { done: 0, total: 0, cached: 0, merged: 0 }
  let shown = ''
  let lastAt = 0
  const text = (): string => `  ${state.done}/${state.total} pairs (${state.cached} cached, ${state.merged} merged)`
  const show = (force: boolean): void => {
    if (state.total === 0) return
    const now = Date.now()
    const line = text()
    if (ctx.statusLine) {
      if (force || now - lastAt >= TTY_EVERY_MS) ctx.statusLine(line)
    } else if (force || now - lastAt >= LOG_EVERY_MS) {
      if (line === shown && !force) ctx.progress?.(`${line}, still working`)
      else ctx.progress?.(line)
    } else return
    shown = line
    lastAt = now
  }
  const timer = setInterval(() => show(false), LOG_EVERY_MS)
  timer.unref()
  return {
    update: (done, total, counts) => {
      state = { done, total, cached: counts.cached, merged: counts.merged }
      show(false)
    },
    stop: () => {
      clearInterval(timer)
      if (state.total === 0) return
      if (ctx.statusLine) ctx.statusLine(text(), true)
      else if (shown !== text()) ctx.progress?.(text())
    },
  }
}
