import { availableParallelism } from 'node:os'
import { InputError } from '../errors'

/** The number of concurrent git processes to use: the caller's choice, else one per CPU. */
export function resolveParallelism(maxParallel: number | undefined): number {
  if (maxParallel === undefined) return Math.max(1, availableParallelism())
  if (!Number.isInteger(maxParallel) || maxParallel < 1 || maxParallel > 256) {
    throw new InputError(`max-parallel ${JSON.stringify(maxParallel)} is not valid: expected a whole number from 1 to 256`)
  }
  return maxParallel
}

/** Runs `fn` over `items` with at most `limit` running at once; results in input order. */
export async function runPool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i]!, i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** Consecutive slices of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
