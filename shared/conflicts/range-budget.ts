/**
 * How much a scan may spend on the line ranges of one pair, so that they never
 * dominate it: bytes read per file and per pair (decided from the blob sizes
 * before anything is read), and alignment work per file and per pair (the
 * steps of the line alignment, see `line-diff.ts`). Each pair has its own
 * budget and admits its files in a fixed order, so a pair gets the same ranges
 * whether it is scanned with every other pair or alone after its branch moved,
 * and every file dropped says why.
 */
export interface RangeLimits {
  /** Both sides of one file together. */
  fileBytes: number
  pairBytes: number
  fileWork: number
  pairWork: number
}

// Measured at rest on flask (670 conflicting files) and curl (3198), ranges time of a cold scan: at 256 KiB a
// pair, 28 of flask's files lost their ranges (their pair's bytes were spent); at 1 MiB none does. The
// alignment steps cost curl's time: 200k a pair gives 1989 of its files ranges in 4.6 s, 1M gives 2493 in
// 7.4 s (a budget per scan gave 876). Measured with the string aligner; on line ids (blobs numbered once per
// scan, hopeless alignments charged without being run) the same ranges (1853 files, all of curl's 2016 pairs
// as of the corpus in scripts/bench/build-large-corpus.ts) take 2.7-2.9 s in process instead of 5.2-6.0 s.
export const DEFAULT_RANGE_LIMITS: RangeLimits = {
  fileBytes: 1024 * 1024,
  pairBytes: 1024 * 1024,
  fileWork: 200_000,
  pairWork: 200_000,
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`
}

export class RangeBudget {
  private bytes = 0
  private work = 0

  constructor(readonly limits: RangeLimits = DEFAULT_RANGE_LIMITS) {}

  /** null when the file's two sides may be read; else why not. */
  admit(leftSize: number | null, rightSize: number | null): string | null {
    if (leftSize === null || rightSize === null) return 'a blob is missing'
    const size = leftSize + rightSize
    if (size > this.limits.fileBytes)
      return `the file is too large for line ranges (${mib(size)} on both sides; the limit is ${mib(this.limits.fileBytes)})`
    if (this.bytes + size > this.limits.pairBytes)
      return `this pair's budget for reading files for line ranges (${mib(this.limits.pairBytes)}) is spent`
    this.bytes += size
    return null
  }

  /** The alignment work the next file may use (0: none left). */
  alignment(): number {
    return Math.max(0, Math.min(this.limits.fileWork, this.limits.pairWork - this.work))
  }

  spend(work: number): void {
    this.work += work
  }

  spentReason(): string {
    return `this pair's budget for aligning lines (${this.limits.pairWork} steps) is spent`
  }

  tooCostlyReason(allowance: number): string {
    return allowance < this.limits.fileWork
      ? `aligning this file's lines would exceed what is left of this pair's budget (${allowance} steps)`
      : `aligning this file's lines is too costly (more than ${this.limits.fileWork} steps: huge or very different versions)`
  }
}
