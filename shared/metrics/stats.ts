/** A distribution of whole seconds: how many, the median, the 90th percentile and the longest (nearest rank; null when empty). */
export interface Durations {
  count: number
  medianSeconds: number | null
  p90Seconds: number | null
  maxSeconds: number | null
}

/** Nearest-rank percentile: the smallest value with at least `p` % of the values at or below it. No interpolation, so whole seconds stay whole. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
}

export function durations(values: readonly number[]): Durations {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    count: sorted.length,
    medianSeconds: percentile(sorted, 50),
    p90Seconds: percentile(sorted, 90),
    maxSeconds: sorted.length ? sorted[sorted.length - 1] : null,
  }
}

/** Whole seconds from `from` to `to` (both canonical ISO times), rounded down; null when `to` comes first. */
export function secondsBetween(from: string, to: string): number | null {
  const s = Math.floor((Date.parse(to) - Date.parse(from)) / 1000)
  return s >= 0 ? s : null
}

/** The smaller of two ISO times (they compare as strings); `undefined` counts as none. */
export function earliest(a: string | undefined, b: string): string {
  return a === undefined || b < a ? b : a
}
