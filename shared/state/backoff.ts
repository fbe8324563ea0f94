export const BACKOFF_BASE_MS = 100
export const BACKOFF_CAP_MS = 2000
/** When attempts are slow, the cap grows to this many of them. */
const CAP_SLOTS = 8

/**
 * The wait before retry number `retry` (1 = the first retry) of a lost
 * compare-and-swap race: exponential, capped, with "equal jitter" (half
 * fixed, half random) so that a loser never retries at once into the same
 * crowd. The slot is the base or, when longer, the time our last attempt
 * took, and the cap is 2 s or, when longer, 8 such attempts: on a slow
 * machine or network the writers spread out as fast as they collide.
 * (Simulated with 20 writers on 2 cores: full jitter on a fixed 100 ms slot
 * lost a writer in about half of the runs; this in none, even with attempts
 * several times slower.)
 */
export function backoffDelay(retry: number, lastAttemptMs: number, random: () => number): number {
  const slot = Math.max(BACKOFF_BASE_MS, lastAttemptMs)
  const span = Math.min(Math.max(BACKOFF_CAP_MS, CAP_SLOTS * lastAttemptMs), slot * 2 ** (retry - 1))
  return Math.floor(span / 2 + random() * (span / 2))
}
