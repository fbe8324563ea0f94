import type { ConflictReport } from '../conflicts/types'
import { changedNames } from '../git/diff'
import { firstParentLine } from '../git/history'
import { mergeConflicts } from '../git/merge-tree'
import type { Git } from '../git/git'
import { resolveParallelism, runPool } from '../conflicts/pool'
import { type FeatureProjection, type Projection, openConflicts } from '../state/projection'

/** What the API says about a commit's pull requests (GET /repos/{o}/{r}/commits/{sha}/pulls). */
export interface CommitPull {
  number: number
  head: string
  base: string
  merged: boolean
  mergeCommitSha: string | null
}

/** Pull requests of a commit, or null when they cannot be looked up (no token, API error). */
export type PullsOfCommit = (sha: string) => Promise<CommitPull[] | null>

/** A conflict with the overseer that a merge into the overseer caused. */
export interface ConflictCause {
  spec: string
  /** The implementor branch that now conflicts. */
  branch: string
  overseer: string
  /** The first overseer commit (first parent line) with which the branch conflicts. */
  commit: string
  /** The merged pull request whose merge commit that is, when the API says so unambiguously. */
  pull?: { number: number; head: string; agent?: string }
  /** Conflicting files that the commit brought in (all conflicting files when it brought none of them). */
  files: string[]
  message: string
}

/** First-parent commits walked before giving up on finding the cause (each is one merge-tree). */
const MAX_WALK = 200

/**
 * New conflicts between an implementor branch and its overseer that come from
 * the overseer moving since the last scan, each traced to the overseer commit
 * that caused it. A pair counts only when it was not an open conflict before
 * and the branch as it is now merged cleanly with the overseer as it was then:
 * so a conflict that existed before, or one the branch's own new commits
 * made, is never blamed on a merge. The cause is the first commit on the
 * overseer's first-parent line from the old tip to the new one with which the
 * branch conflicts; it is named as a pull request only when the API lists
 * exactly one merged pull request into the overseer whose merge commit it is,
 * else as "since <commit>". A rewritten overseer (the old tip is not an
 * ancestor of the new one) gives no cause at all.
 */
export async function conflictCauses(
  git: Git,
  report: ConflictReport,
  before: Projection,
  pullsOf: PullsOfCommit | null,
): Promise<ConflictCause[]> {
  const out: ConflictCause[] = []
  const open = new Set(openConflicts(before).map((c) => pairKey(c.left, c.right)))
  // Every branch that conflicts since the same overseer move walks the same line and most often blames the same
  // commit: the line and each commit's files are asked of git once per scan, not once per branch.
  const lines = new Map<string, Promise<string[]>>()
  const brought = new Map<string, Promise<string[]>>()
  const once = <T>(memo: Map<string, Promise<T>>, key: string, ask: () => Promise<T>): Promise<T> => {
    let found = memo.get(key)
    if (!found) memo.set(key, (found = ask()))
    return found
  }
  for (const o of report.branches.filter((b) => b.role === 'overseer')) {
    const feature = before.features[o.spec]
    const previous = feature ? previousSha(feature, o.name) : null
    if (!previous || previous === o.sha) continue
    if (!(await git.isAncestor(previous, o.sha).catch(() => false))) continue
    const candidates = report.pairs.flatMap((p) => {
      if (p.status !== 'conflicted' || (p.left !== o.name && p.right !== o.name)) return []
      const branch = p.left === o.name ? p.right : p.left
      const side = report.branches.find((b) => b.name === branch)
      if (!side || side.role !== 'implementor' || side.spec !== o.spec || open.has(pairKey(p.left, p.right))) return []
      return [{ p, branch, side }]
    })
    // The branches are traced side by side (each a few merge-trees), the causes kept in the order of the pairs.
    const traced = await runPool(candidates, resolveParallelism(undefined), async ({ p, branch, side }): Promise<ConflictCause | null> => {
      if ((await mergeConflicts(git, side.sha, previous)) !== false) return null
      const line = await once(lines, `${previous}..${o.sha}`, () => firstParentLine(git, previous, o.sha))
      let commit: string | undefined
      for (const c of line.slice(0, MAX_WALK)) {
        if ((await mergeConflicts(git, side.sha, c)) === true) {
          commit = c
          break
        }
      }
      if (!commit) return null
      const conflicting = [...new Set(p.files.map((f) => f.path))].sort()
      const changed = new Set(await once(brought, commit, () => changedBy(git, commit)))
      const files = conflicting.filter((f) => changed.has(f))
      const pulls = pullsOf ? await pullsOf(commit) : null
      const matches = (pulls ?? []).filter((x) => x.merged && x.mergeCommitSha === commit && x.base === o.name)
      const pull = matches.length === 1 ? { number: matches[0].number, head: matches[0].head, agent: agentOf(matches[0].head) } : undefined
      const shown = files.length ? files : conflicting
      const cause = pull ? `because of #${pull.number}${pull.agent ? ` (${pull.agent})` : ''}` : `since ${commit.slice(0, 7)}`
      return {
        spec: o.spec,
        branch,
        overseer: o.name,
        commit,
        ...(pull ? { pull } : {}),
        files: shown,
        message: `your branch now conflicts with the overseer ${cause}${shown.length ? ` in ${shown.slice(0, 5).join(', ')}${shown.length > 5 ? ', ...' : ''}` : ''}`,
      }
    })
    for (const cause of traced) if (cause) out.push(cause)
  }
  return out
}

/** The overseer's commit at the last scan: the newest of what divergence and conflict events recorded for it. */
function previousSha(feature: FeatureProjection, overseer: string): string | null {
  let best: { stamp: string; sha: string } | null = null
  const consider = (stamp: string, sha: string) => {
    if (!best || stamp > best.stamp) best = { stamp, sha }
  }
  for (const d of Object.values(feature.divergence[overseer] ?? {})) consider(d.stamp, d.sha)
  for (const c of Object.values(feature.conflicts)) {
    const d = c.detected
    if (d && d.left === overseer) consider(d.stamp, d.leftSha)
    if (d && d.right === overseer) consider(d.stamp, d.rightSha)
  }
  return (best as { sha: string } | null)?.sha ?? null
}

async function changedBy(git: Git, commit: string): Promise<string[]> {
  return changedNames(git, `${commit}^1`, commit, { allowMissing: true })
}

function agentOf(head: string): string | undefined {
  return /(impl-[1-9]\d{0,2})$/.exec(head)?.[1]
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
}
