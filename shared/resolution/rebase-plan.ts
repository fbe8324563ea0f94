import { mergeOrder, orderInputFromProjection } from '../integrate'
import { keptFor, type Projection } from '../state/projection'
import { isRemoteName } from '../git/remote'
import { shellWord } from '../text/cli-invocation'

/** Who rebases onto whom, why, and the commands to do it. */
export interface RebasePlan {
  /** The branch that moves. */
  rebases: string
  /** The branch it rebases onto (the one that merges first). */
  onto: string
  /** Where the decision came from: the feature's merge order, or a stated rule when there is none. */
  from: 'merge-order' | 'overseer' | 'rule'
  reason: string
  /** The overseer both merge into, when known: after `onto` has merged, `rebases` rebases onto it. */
  overseer?: string
  /** Shell commands, words quoted for a POSIX shell. */
  commands: string[]
  /** The same without rewriting history (a merge instead of a rebase). */
  mergeCommands: string[]
}

export interface RebaseFacts {
  spec: string | null
  left: string
  right: string
  /** An overseer branch by its name (the branch naming), for when the state has no overseer on record. */
  overseer?: string
}

/**
 * The branch merged later (in the feature's merge order) rebases onto the one
 * merged first. An implementor conflicting with its overseer merges the
 * overseer in. With no order that covers both, the rule is stated: the branch
 * whose name sorts later moves (the same answer from the state alone, as the
 * dashboard and the pull-request notice give it, and from a full brief).
 */
export function rebasePlan(projection: Projection, facts: RebaseFacts, remote: string): RebasePlan {
  const { left, right } = facts
  // The same for every conflict of the feature: computed once for all the briefs of a page (keptFor).
  const spec = facts.spec
  const input = spec ? keptFor(projection, `order-input\0${spec}`, () => orderInputFromProjection(projection, spec)) : null
  let decided: Omit<RebasePlan, 'commands' | 'mergeCommands'> | null = null
  const overseer = input?.overseer ?? facts.overseer
  if (overseer && (left === overseer || right === overseer)) {
    const impl = left === overseer ? right : left
    decided = {
      rebases: impl,
      onto: overseer,
      from: 'overseer',
      reason: `${impl} merges into ${overseer}: it takes the overseer's changes`,
    }
  } else if (input) {
    const order = keptFor(projection, `merge-order\0${spec}`, () => mergeOrder(input))
    const pos = (b: string) => order.steps.find((s) => s.branch === b)?.position
    const [l, r] = [pos(left), pos(right)]
    if (l !== undefined && r !== undefined) {
      const [first, later] = l < r ? [left, right] : [right, left]
      decided = {
        rebases: later,
        onto: first,
        from: 'merge-order',
        reason: `the merge order into ${input.overseer} takes ${first} at step ${Math.min(l, r)} and ${later} at step ${Math.max(l, r)}`,
        overseer: input.overseer,
      }
    }
  }
  if (!decided) {
    const why = !facts.spec
      ? 'the branches belong to no registered feature'
      : !input
        ? `feature ${facts.spec} has no overseer on record`
        : 'the merge order does not place both branches (held back or nothing to merge)'
    const [rebases, onto] = left > right ? [left, right] : [right, left]
    decided = {
      rebases,
      onto,
      from: 'rule',
      reason: `no merge order is derivable (${why}); by rule the branch whose name sorts later rebases: ${rebases}`,
      ...(input ? { overseer: input.overseer } : {}),
    }
  }
  return { ...decided, ...commandsFor(decided.rebases, decided.onto, remote, decided.overseer) }
}

function commandsFor(rebases: string, onto: string, remote: string, overseer?: string): Pick<RebasePlan, 'commands' | 'mergeCommands'> {
  const q = shellWord
  // A named remote has tracking refs; a path or URL does not, so its branch is fetched to a ref of our own.
  const named = isRemoteName(remote)
  const ref = (b: string) => (named ? `${remote}/${b}` : `refs/orchestrator/brief/${b}`)
  const fetch = named
    ? `git fetch ${q(remote)} ${q(onto)} ${q(rebases)}`
    : `git fetch ${q(remote)} ${q(`+refs/heads/${onto}:${ref(onto)}`)}`
  const start = [fetch, `git switch ${q(rebases)}`]
  const push = `git push --force-with-lease ${q(remote)} ${q(rebases)}`
  const later =
    overseer && overseer !== onto
      ? [`# or, once ${onto} has merged into ${overseer}: git fetch ${q(remote)} ${q(overseer)} && git rebase ${q(ref(overseer))}`]
      : []
  return {
    commands: [
      ...start,
      `git rebase ${q(ref(onto))}`,
      '# resolve each conflict, git add the files, then: git rebase --continue',
      push,
      ...later,
    ],
    mergeCommands: [
      ...start,
      `git merge ${q(ref(onto))}`,
      '# resolve, git add the files, then: git commit',
      `git push ${q(remote)} ${q(rebases)}`,
    ],
  }
}
