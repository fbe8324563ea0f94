import { mergeOrder, orderInputFromProjection } from '../integrate'
import { openConflicts, type FeatureProjection, type Projection } from '../state/projection'
import { neutralize } from '../text/neutralize'
import type { BriefItem, ConflictFacts } from './items'

/** Who the brief is for: its feature and branch, and its role (the overseer's merge order is the whole order). */
export interface BriefCaller {
  spec: string
  branch: string
  role: 'overseer' | 'implementor'
}

/** One line of text we did not write, safe for a terminal and for the model's context. */
export const clean = (text: string): string => neutralize(text)

/** The tasks a branch works on now: given to it by a plan or reported by it, not done (ids and descriptions). */
export function tasksOf(feature: FeatureProjection, branch: string): string[] {
  const described = new Map((feature.registration?.tasks ?? []).map((t) => [t.id, t.description]))
  const ids = new Set<string>()
  for (const [id, a] of Object.entries(feature.assignments ?? {})) if (a.agent === branch) ids.add(id)
  for (const [id, t] of Object.entries(feature.tasks)) if (t.agent === branch) ids.add(id)
  return [...ids]
    .filter((id) => feature.tasks[id]?.state !== 'done')
    .sort()
    .map((id) => (described.has(id) ? `${id} "${clean(described.get(id)!).slice(0, 160)}"` : id))
}

/** The conflicts of the caller's branch that are open in the state, with its side and the sibling's. */
export function conflictFacts(projection: Projection, caller: BriefCaller): ConflictFacts[] {
  const feature = projection.features[caller.spec]
  if (!feature) return []
  const order = mergeOrderOf(projection, caller.spec)
  return openConflicts(projection, caller.spec)
    .filter((c) => c.left === caller.branch || c.right === caller.branch)
    .map((c) => {
      const left = c.left === caller.branch
      const sibling = left ? c.right : c.left
      const mine = order.indexOf(caller.branch)
      const theirs = order.indexOf(sibling)
      return {
        id: c.id,
        sibling,
        mine: left ? c.leftSha : c.rightSha,
        theirs: left ? c.rightSha : c.leftSha,
        files: c.files.map((file) => ({
          file,
          mine: left ? file.leftRanges : file.rightRanges,
          theirs: left ? file.rightRanges : file.leftRanges,
        })),
        siblingTasks: tasksOf(feature, sibling),
        ...(c.kind ? { trial: { kind: c.kind, ...(c.check ? { check: c.check } : {}) } } : {}),
        ...(mine >= 0 && theirs >= 0 ? { siblingFirst: theirs < mine } : {}),
      }
    })
}

/** The overseer's merge order from the state alone (no git, no scan): branches in merge order, or none. */
function mergeOrderOf(projection: Projection, spec: string): string[] {
  const input = orderInputFromProjection(projection, spec)
  return input && input.candidates.length ? mergeOrder(input).steps.map((s) => s.branch) : []
}

/**
 * Everything but conflicts (which need the two tips read) and review comments (which need GitHub): the caller's
 * failing checks, guard violations, scope drift, blockers, plan assignments and its place in the merge order.
 */
export function stateItems(projection: Projection, caller: BriefCaller): BriefItem[] {
  const feature = projection.features[caller.spec]
  if (!feature) return []
  const me = caller.branch
  const items: BriefItem[] = []
  for (const t of Object.values(feature.tests).filter((t) => t.branch === me && t.failed > 0)) {
    const what = t.unit === 'check' ? 'fails' : `has ${t.failed} failing test(s)`
    const lines = [`Check ${clean(t.suite)} ${what} on your branch at ${t.commit.slice(0, 12)}${t.runUrl ? ` (${clean(t.runUrl)})` : ''}.`]
    const tail = (t as { tail?: string }).tail
    if (tail)
      lines.push(
        '  Its output ends with:',
        ...neutralize(tail, { multiline: true })
          .split('\n')
          .map((l) => `    | ${l}`),
      )
    items.push({ id: `check:${t.role}:${t.suite}:${t.stamp}`, kind: 'check', lines })
  }
  for (const [key, g] of Object.entries(feature.guards)) {
    if (g.branch !== me || g.raised <= g.cleared || !g.detected) continue
    const lines = [
      `The role guard refused ${g.kind === 'pr-target' ? 'the target of your pull request' : `your change to ${clean(g.subject)}`} (at ${g.detected.commit.slice(0, 12)}): ${clean(g.detected.detail)}`,
    ]
    items.push({ id: `guard:${key}:${g.raised}`, kind: 'guard', lines })
  }
  for (const [key, d] of Object.entries(feature.drift ?? {})) {
    if (d.branch !== me || d.raised <= d.cleared || !d.detected) continue
    const owners = (d.detected.tasks ?? []).map((t) => `${t.id}${t.agent ? ` (${clean(t.agent)})` : ''}`)
    const lines = [
      `Scope drift: your branch changed ${clean(d.path)}, outside the paths of your tasks${owners.length ? `; it belongs to ${owners.join(', ')}` : ''}. If it is not your task's, leave it to its owner or tell the overseer.`,
    ]
    items.push({ id: `drift:${key}:${d.raised}`, kind: 'drift', lines })
  }
  for (const b of Object.values(feature.blockers)) {
    if (!b.raised || (b.raised.agent !== me && b.raised.by !== me)) continue
    const against = b.raised.agent === me ? 'against your branch' : `by you${b.raised.agent ? ` against ${clean(b.raised.agent)}` : ''}`
    const open = !b.cleared || b.cleared.stamp < b.raised.stamp
    const lines = [
      open
        ? `Blocker ${clean(b.id)} raised ${against}: ${clean(b.raised.reason)}`
        : `Blocker ${clean(b.id)} (raised ${against}) was cleared${b.cleared?.note ? `: ${clean(b.cleared.note)}` : ''}.`,
    ]
    items.push({ id: `blocker:${b.id}:${b.raisedCount}:${b.clearedCount}`, kind: 'blocker', lines })
  }
  const described = new Map((feature.registration?.tasks ?? []).map((t) => [t.id, t.description]))
  for (const [taskId, a] of Object.entries(feature.assignments ?? {}).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    if (a.agent !== me) continue
    const what = described.get(taskId)
    const lines = [`Task ${taskId} is assigned to you${a.wave ? ` (wave ${a.wave})` : ''}${what ? `: ${clean(what).slice(0, 300)}` : ''}.`]
    items.push({ id: `assignment:${taskId}:${a.occurrences[me] ?? 1}`, kind: 'assignment', lines })
  }
  items.push(...orderItems(projection, caller))
  return items
}

/** The caller's place in the merge order (the whole order for the overseer); the id is the order as it concerns it. */
function orderItems(projection: Projection, caller: BriefCaller): BriefItem[] {
  const input = orderInputFromProjection(projection, caller.spec)
  if (!input || input.candidates.length < 2) return []
  const steps = mergeOrder(input).steps
  if (caller.role === 'overseer') {
    const line = `Merge order: ${steps.map((s) => `${s.position}. ${clean(s.name)}${s.conflicts ? ' (conflicts at its turn)' : ''}`).join(', ')}.`
    return [{ id: `merge-order:${steps.map((s) => `${s.branch}${s.conflicts ? '!' : ''}`).join(',')}`, kind: 'merge-order', lines: [line] }]
  }
  const mine = steps.find((s) => s.branch === caller.branch)
  if (!mine) return []
  const before = steps.filter((s) => s.position < mine.position).map((s) => clean(s.name))
  const against = mine.conflictsWith.map((e) => clean(e.a === caller.branch ? e.b : e.a))
  const line =
    `Merge order: your branch is ${mine.position} of ${steps.length}${before.length ? `, after ${before.join(', ')}` : ', first'}` +
    `${mine.conflicts ? `; at its turn it conflicts with ${against.join(', ') || 'the overseer'}, so rebase onto what merges before you` : ''}. ${clean(mine.reason)}`
  return [{ id: `merge-order:${mine.position}/${steps.length}:${before.join(',')}:${mine.conflicts}`, kind: 'merge-order', lines: [line] }]
}
