import { setTimeout as sleep } from 'node:timers/promises'
import { backoffDelay } from './backoff'

/**
 * The one retry loop of every write to the state branch (event appends and
 * derived files alike): an attempt reads the head, builds on it and pushes
 * with a lease; when the branch moved, the loop waits (backoffDelay: jitter
 * that spreads racing writers apart) and the attempt starts again from a new
 * read. What an attempt builds, and what a caller does after the last
 * attempt, stay with the caller.
 */

/** What one attempt came to: a result that ends the loop, or why it must run again. */
export type CasOutcome<T> =
  | { done: T }
  | {
      retry: string
      /**
       * False when the attempt failed before doing its work (the read itself failed):
       * its duration says nothing about how long an attempt takes, so it does not stretch the wait.
       */
      timed?: boolean
    }

export interface CasLoopOptions {
  maxAttempts: number
  random?: () => number
  sleep?: (ms: number) => Promise<void>
  /** Told before each wait (the store logs it). */
  onRetry?: (reason: string, ms: number, attempt: number) => void
}

export type CasLoopResult<T> = { done: T; attempts: number } | { done?: undefined; attempts: number; lastFailure: string }

/** Runs `attempt` (given its number, from 1) until it is done or `maxAttempts` ran. */
export async function compareAndSwapLoop<T>(
  options: CasLoopOptions,
  attempt: (n: number) => Promise<CasOutcome<T>>,
): Promise<CasLoopResult<T>> {
  let lastFailure = ''
  let lastDuration = 0
  let lastWait = 0
  for (let n = 1; n <= options.maxAttempts; n++) {
    if (n > 1) {
      lastWait = backoffDelay(lastWait, lastDuration, options.random ?? Math.random)
      options.onRetry?.(lastFailure, lastWait, n)
      await (options.sleep ?? sleep)(lastWait)
    }
    const started = Date.now()
    const outcome = await attempt(n)
    if ('done' in outcome) return { done: outcome.done, attempts: n }
    if (outcome.timed !== false) lastDuration = Date.now() - started
    lastFailure = outcome.retry
  }
  return { attempts: options.maxAttempts, lastFailure }
}
