import { performance } from 'node:perf_hooks'
import { gitProcessCount } from '../git/git'

/** The phases a scan's time is reported in (`--json` `timings`, the job summary). */
export const SCAN_PHASES = ['refs', 'divergence', 'shortcut', 'merges', 'ranges', 'recording', 'cache'] as const
export type ScanPhase = (typeof SCAN_PHASES)[number]

export interface PhaseTiming {
  /** Wall time, milliseconds (rounded). */
  ms: number
  /** git processes started. */
  git: number
}

export type ScanTimings = Record<ScanPhase, PhaseTiming> & { total: PhaseTiming }

/** A moment to start a clock from: the time and the git processes started until then. */
export interface ClockMark {
  at: number
  git: number
}

/** Now, as a clock's start (a command takes it first, so that opening the repository is counted too). */
export function clockMark(): ClockMark {
  return { at: performance.now(), git: gitProcessCount() }
}

/**
 * Where a scan's time and git processes go. `lap(phase)` charges everything
 * since the previous lap (or the start) to `phase`; git processes are counted
 * where every one of them is started (`gitProcessCount`), so none is missed.
 */
export class PhaseClock {
  private readonly startedAt: number
  private readonly startGit: number
  constructor(since: ClockMark = clockMark()) {
    this.startedAt = since.at
    this.startGit = since.git
    this.at = since.at
    this.gitAt = since.git
  }
  private at: number
  private gitAt: number
  private readonly spent = new Map<ScanPhase, { ms: number; git: number }>()

  lap(phase: ScanPhase): void {
    const now = performance.now()
    const git = gitProcessCount()
    const was = this.spent.get(phase) ?? { ms: 0, git: 0 }
    this.spent.set(phase, { ms: was.ms + (now - this.at), git: was.git + (git - this.gitAt) })
    this.at = now
    this.gitAt = git
  }

  /** Every phase (zero when it did not happen) and the total since the clock started. */
  timings(): ScanTimings {
    const out = {} as ScanTimings
    for (const p of SCAN_PHASES) {
      const s = this.spent.get(p) ?? { ms: 0, git: 0 }
      out[p] = { ms: Math.round(s.ms), git: s.git }
    }
    out.total = { ms: Math.round(performance.now() - this.startedAt), git: gitProcessCount() - this.startGit }
    return out
  }
}

/** One line for a summary: `total 1.23 s, 7 git; refs 0.40 s/3, ...` (phases that took nothing left out). */
export function timingsLine(t: ScanTimings): string {
  const s = (p: PhaseTiming): string => `${(p.ms / 1000).toFixed(2)} s/${p.git} git`
  const parts = SCAN_PHASES.filter((p) => t[p].ms >= 5 || t[p].git > 0).map((p) => `${p} ${s(t[p])}`)
  return `total ${s(t.total)}${parts.length ? `: ${parts.join(', ')}` : ''}`
}
