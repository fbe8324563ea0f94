import type { Git } from '../git/git'
import { ExactChanges, type ChangeSet } from './disjoint'

/**
 * What each side changed since a merge base, covered by a few short diffs
 * instead of one long diff per (merge base, tip).
 *
 * For any commits B, X and T, a path whose entry differs between B and T
 * differs between B and X or between X and T; a path present in B and gone
 * from T is gone from X or was deleted between X and T. So the changes of B..T
 * are covered by those of B..X plus X..T, whatever X is, and by a chain
 * B..X1, X1..X2, …, Xn..T. Every test of `ChangeSet.meets` asks whether some
 * element of one side is in the other, so it can only say "meets" more often
 * on a cover: when two covers do not meet, the exact changes do not either,
 * and the proof of `disjoint.ts` holds.
 *
 * The chain: the distinct merge bases in history order (children first, as the
 * history walk lists them), and for each tip the nearest of its bases (its
 * anchor). A tip's cover from base B is the anchor..tip diff plus every link
 * between B and the anchor. When the branches fork from one main line (topic
 * branches, pull requests) the links are the stretches of that line between
 * fork points: the cover is exact up to changes made and undone, and a scan
 * reads #tips + #bases short diffs where the exact changes take two long
 * diffs per pair. When the bases lie on unrelated lines the cover is looser:
 * more pairs are merged, never one settled wrongly.
 */
export class ChangeCover {
  private readonly anchorOf = new Map<string, string>()
  private readonly position = new Map<string, number>()
  private readonly links: ChangeSet[] = []
  private readonly meetings = new Map<ChangeSet, Map<ChangeSet, boolean>>()

  private constructor(
    private readonly changes: ExactChanges,
    chain: readonly string[],
  ) {
    chain.forEach((base, i) => this.position.set(base, i))
  }

  /**
   * `ranges`: the (merge base, tip) of each side of each pair to test;
   * `order`: a commit's place in the history walk (children before parents).
   */
  static async load(
    git: Git,
    ranges: ReadonlyArray<{ base: string; tip: string }>,
    order: (commit: string) => number,
    maxParallel: number,
  ): Promise<ChangeCover> {
    const chain = [...new Set(ranges.map((r) => r.base))].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1))
    const anchors = new Map<string, string>()
    for (const { base, tip } of ranges) {
      const was = anchors.get(tip)
      if (was === undefined || order(base) < order(was) || (order(base) === order(was) && base < was)) anchors.set(tip, base)
    }
    // Each link runs from the older end to the newer, the way every chain below goes: from a base to the tip's anchor.
    const linkRanges = chain.slice(1).map((older, i) => ({ base: older, tip: chain[i]! }))
    const ownRanges = [...anchors].map(([tip, base]) => ({ base, tip }))
    const changes = await ExactChanges.load(git, [...linkRanges, ...ownRanges], maxParallel)
    const cover = new ChangeCover(changes, chain)
    for (const [tip, base] of anchors) cover.anchorOf.set(tip, base)
    for (const { base, tip } of linkRanges) cover.links.push(changes.get(base, tip)!)
    return cover
  }

  /** The change sets whose union covers base..tip; null when this cover was not built for it. */
  private cover(base: string, tip: string): ChangeSet[] | null {
    const anchor = this.anchorOf.get(tip)
    const from = this.position.get(base)
    if (anchor === undefined || from === undefined) return null
    const own = this.changes.get(anchor, tip)
    if (!own) return null
    // The anchor is the tip's nearest base: it never comes after `base` in the chain.
    const to = this.position.get(anchor)!
    return [own, ...this.links.slice(to, from)]
  }

  private meets(a: ChangeSet, b: ChangeSet): boolean {
    const [x, y] = a.paths.size <= b.paths.size ? [a, b] : [b, a]
    let row = this.meetings.get(x)
    if (!row) this.meetings.set(x, (row = new Map()))
    let met = row.get(y)
    if (met === undefined) row.set(y, (met = x.meets(y)))
    return met
  }

  /** False only when merging `left` and `right` (single merge base `base`) provably cannot conflict. */
  mayConflict(left: string, right: string, base: string): boolean {
    const a = this.cover(base, left)
    const b = this.cover(base, right)
    if (!a || !b) return true
    // The union of one side meets the union of the other exactly when some part of one meets some part of the other.
    return a.some((x) => x.paths.size > 0 && b.some((y) => y.paths.size > 0 && this.meets(x, y)))
  }
}
