export const BACKOFF_BASE_MS = 100
export const BACKOFF_CAP_MS = 2000
/** When attempts are slow, the cap grows to this many of them (50 writers x 4 appends on 2 cores: 8 let one append need 25 attempts, 20 keeps the worst at about 14; npm run bench:writers). */
const CAP_SLOTS = 20

/**
 * The wait before the next attempt after a lost compare-and-swap race, with
 * "decorrelated jitter": a random time between the base and three times the
 * previous wait, capped. Each writer's waits drift apart from the others'
 * instead of marching in step, which full or equal jitter on a shared
 * exponential schedule does not prevent. The base is 100 ms or, when longer,
 * half the time our last attempt took, and the cap is 2 s or, when longer,
 * 20 such attempts: on a slow machine or network the writers spread out as
 * fast as they collide. `previousMs` is 0 before the first retry.
 */
export function backoffDelay(previousMs: number, lastAttemptMs: number, random: () => number): number {
  const base = Math.max(BACKOFF_BASE_MS, Math.floor(lastAttemptMs / 2))
  const cap = Math.max(BACKOFF_CAP_MS, CAP_SLOTS * lastAttemptMs)
  const upper = Math.max(base, 3 * Math.max(previousMs, base))
  return Math.floor(Math.min(cap, base + random() * (upper - base)))
}
