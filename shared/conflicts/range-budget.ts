/**
 * How much a scan may spend on line ranges, so that they never dominate it:
 * bytes read per file and per scan (decided from the blob sizes before
 * anything is read), and alignment work per file and per scan (the steps of
 * the line alignment, see `line-diff.ts`). Files are admitted in a fixed
 * order, so the same scan always drops the same files, each with the reason.
 */
export interface RangeLimits {
  /** Both sides of one file together. */
  fileBytes: number
  scanBytes: number
  fileWork: number
  scanWork: number
}

export const DEFAULT_RANGE_LIMITS: RangeLimits = {
  fileBytes: 4 * 1024 * 1024,
  scanBytes: 64 * 1024 * 1024,
  fileWork: 20_000_000,
  scanWork: 200_000_000,
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
    if (this.bytes + size > this.limits.scanBytes)
      return `this scan's budget for reading files for line ranges (${mib(this.limits.scanBytes)}) is spent`
    this.bytes += size
    return null
  }

  /** The alignment work the next file may use (0: none left). */
  alignment(): number {
    return Math.max(0, Math.min(this.limits.fileWork, this.limits.scanWork - this.work))
  }

  spend(work: number): void {
    this.work += work
  }

  spentReason(): string {
    return `this scan's budget for aligning lines (${this.limits.scanWork} steps) is spent`
  }

  tooCostlyReason(allowance: number): string {
    return allowance < this.limits.fileWork
      ? `aligning this file's lines would exceed what is left of this scan's budget (${allowance} steps)`
      : `aligning this file's lines is too costly (more than ${this.limits.fileWork} steps: huge or very different versions)`
  }
}
