import type { Git } from '../git/git'
import { fetchBranches } from '../git/remote'
import { logText } from '../git/history'
import { pairHunks, type Diff3Hunk, type FileHunks } from '../conflicts'
import type { OrchestratorConfig } from '../config/config'
import { parseBranch } from '../naming/branch-pattern'
import { conflictId, sortedPair } from '../state/events'
import { openConflicts, type OpenConflict, type Projection, type RememberedState } from '../state/projection'
import { taskReferences } from '../tasks'
import { InputError } from '../errors'
import { quote } from '../text/quote'
import { shellWord } from '../text/cli-invocation'
import { decodeSection, hunkKey } from './hunk-key'
import { rebasePlan, type RebasePlan } from './rebase-plan'

/** A resolution of the same hunk remembered from a merge: its lines and where it came from. */
export interface RememberedResolution {
  lines: string[]
  commit: string
  branch: string
  time: string
}

export interface BriefHunk extends Diff3Hunk {
  /** The hash the state remembers resolutions by. */
  key: string
  remembered?: RememberedResolution
}

export interface BriefFile extends Omit<FileHunks, 'hunks' | 'mergedText' | 'markerSize'> {
  hunks: BriefHunk[]
}

/** A task behind one side: an id its commits name, with the task's text when the feature has it. */
export interface SideTask {
  id: string
  description?: string
  commits: string[]
}

/** Everything needed to resolve one conflicting pair: what, where, behind which tasks, who moves and how. */
export interface ConflictBrief {
  id: string | null
  feature: string | null
  /** `ours` is the left branch, `theirs` the right one, as the hunks name them. */
  left: { branch: string; sha: string; tasks: SideTask[] }
  right: { branch: string; sha: string; tasks: SideTask[] }
  mergeBase: string | null
  /** Whether the pair is a conflict on record (an open `conflict-detected`), or only computed now. */
  recorded: boolean
  clean: boolean
  files: BriefFile[]
  messages: { paths: string[]; type: string; text: string }[]
  plan: RebasePlan
  /** How to print the full brief again. */
  command: string
}

export interface BriefDeps {
  git: Git
  remote: string
  config: OrchestratorConfig
}

/** What a brief is asked for: a conflict id (`c1a2b3c4`) or two branches. */
export type BriefTarget = { id: string } | { left: string; right: string }

const ID = /^c[0-9a-f]{8}$/

/** `c1a2b3c4`, `a..b`, or two words: what the user asked a brief for. */
export function parseBriefTarget(words: readonly string[]): BriefTarget {
  if (words.length === 2) return { left: words[0]!, right: words[1]! }
  const [one] = words
  if (words.length === 1 && one !== undefined) {
    if (ID.test(one)) return { id: one }
    const dots = one.indexOf('..')
    if (dots > 0 && dots < one.length - 2 && !one.slice(dots + 2).startsWith('.'))
      return { left: one.slice(0, dots), right: one.slice(dots + 2) }
  }
  throw new InputError(
    `conflict ${quote(words.join(' '))} is not a conflict id or a branch pair: expected an id like c1a2b3c4 (see orchestrator events status), "<branch>..<branch>" or two branch names`,
  )
}

/** The recorded open conflict the target names, or the pair itself when it names branches. */
function findConflict(
  projection: Projection,
  target: BriefTarget,
  config: OrchestratorConfig,
): { left: string; right: string; open?: OpenConflict } {
  const open = openConflicts(projection)
  if ('id' in target) {
    const found = open.find((c) => c.id === target.id)
    if (!found) {
      const known = open.map((c) => c.id).slice(0, 10)
      throw new InputError(
        `conflict id ${quote(target.id)} is not an open conflict on the state branch: expected one of ${known.length ? known.join(', ') : '(none open)'}`,
      )
    }
    return { left: found.left, right: found.right, open: found }
  }
  if (target.left === target.right) throw new InputError(`branch pair ${quote(`${target.left}..${target.right}`)} names one branch twice`)
  const spec = parseBranch(config.branches, target.left)?.spec ?? parseBranch(config.branches, target.right)?.spec
  const found = spec ? open.find((c) => c.id === conflictId(spec, target.left, target.right)) : undefined
  const [a, b] = sortedPair(target.left, target.right)
  const recorded = found ?? open.find((c) => sortedPair(c.left, c.right).join('\0') === `${a}\0${b}`)
  // The order asked for is kept: the first branch is "ours".
  return { left: target.left, right: target.right, ...(recorded ? { open: recorded } : {}) }
}

/** Every resolution remembered in the state, by hunk key (the first one recorded for a key wins). */
export function rememberedByKey(projection: Projection): Map<string, RememberedState> {
  const out = new Map<string, RememberedState>()
  for (const f of Object.values(projection.features))
    for (const [key, r] of Object.entries(f.remembered ?? {})) {
      const current = out.get(key)
      if (!current || r.stamp < current.stamp) out.set(key, r)
    }
  return out
}

async function sideTasks(git: Git, base: string | null, tip: string, paths: string[], described: Map<string, string>): Promise<SideTask[]> {
  if (!paths.length) return []
  // The commits of this side since the merge base that touched a conflicting file: the work behind the hunks.
  const log = await logText(git, { format: '%H%x00%B%x00%x1e', range: base ? [`${base}..${tip}`] : [tip], maxCount: 500 })
  const touching = new Set(
    (await git.run(['log', '--format=%H', '--max-count=500', base ? `${base}..${tip}` : tip, '--', ...paths.map((p) => `:(literal)${p}`)]))
      .split('\n')
      .filter(Boolean),
  )
  const tasks = new Map<string, SideTask>()
  for (const record of log.split('\x00\x1e')) {
    const [sha, message = ''] = record.replace(/^\n/, '').split('\x00')
    if (!sha || !touching.has(sha)) continue
    for (const ref of taskReferences(message)) {
      const t = tasks.get(ref.id) ?? { id: ref.id, ...(described.has(ref.id) ? { description: described.get(ref.id)! } : {}), commits: [] }
      t.commits.push(sha)
      tasks.set(ref.id, t)
    }
  }
  return [...tasks.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * The resolution brief of a conflicting pair: for each conflicting file the
 * diff3 hunks with line numbers (merged again now, at the branches' current
 * tips), the tasks behind each side, a resolution remembered from an earlier
 * merge of the same hunk, and who rebases onto whom with the commands.
 * Unknown ids and branches are an InputError (exit 2).
 */
export async function buildConflictBrief(
  deps: BriefDeps,
  projection: Projection,
  target: BriefTarget,
  cli = 'orchestrator',
): Promise<ConflictBrief> {
  const found = findConflict(projection, target, deps.config)
  const { left, right } = found
  const heads = await fetchBranches(deps.git, deps.remote, [left, right])
  for (const b of [left, right])
    if (!heads.has(b))
      throw new InputError(
        `branch ${quote(b)} is not on ${quote(deps.remote)}: expected an agent branch that exists (see orchestrator events status)`,
      )
  const leftSha = heads.get(left)!
  const rightSha = heads.get(right)!
  const baseOut = await deps.git.exec(['merge-base', leftSha, rightSha], { allowedExitCodes: [0, 1] })
  const mergeBase = baseOut.exitCode === 0 ? baseOut.stdout.trim() : null
  const merged = await pairHunks(deps.git, leftSha, rightSha)
  const remembered = rememberedByKey(projection)
  const files: BriefFile[] = merged.files.map(({ mergedText: _m, markerSize: _s, ...f }) => ({
    ...f,
    hunks: f.hunks.map((h) => {
      const key = hunkKey({ base: h.base.lines, ours: h.ours.lines, theirs: h.theirs.lines })
      const r = remembered.get(key)
      return {
        ...h,
        key,
        ...(r ? { remembered: { lines: decodeSection(r.result), commit: r.commit, branch: r.branch, time: r.time } } : {}),
      }
    }),
  }))
  const spec =
    found.open?.feature ?? parseBranch(deps.config.branches, left)?.spec ?? parseBranch(deps.config.branches, right)?.spec ?? null
  const described = new Map((spec ? (projection.features[spec]?.registration?.tasks ?? []) : []).map((t) => [t.id, t.description]))
  const paths = merged.files
    .map((f) => (f.pathBase64 ? Buffer.from(f.pathBase64, 'base64').toString('latin1') : f.path))
    .filter((p) => !p.startsWith('"'))
  const overseer = [left, right].find((b) => parseBranch(deps.config.branches, b)?.role === 'overseer')
  const plan = rebasePlan(projection, { spec, left, right, ...(overseer ? { overseer } : {}) }, deps.remote)
  const id = found.open?.id ?? (spec ? conflictId(spec, left, right) : null)
  return {
    id: found.open ? id : null,
    feature: spec,
    left: { branch: left, sha: leftSha, tasks: await sideTasks(deps.git, mergeBase, leftSha, paths, described) },
    right: { branch: right, sha: rightSha, tasks: await sideTasks(deps.git, mergeBase, rightSha, paths, described) },
    mergeBase,
    recorded: Boolean(found.open),
    clean: merged.clean,
    files,
    messages: merged.messages,
    plan,
    command: found.open ? `${cli} conflicts brief ${found.open.id}` : `${cli} conflicts brief ${shellPair(left, right)}`,
  }
}

function shellPair(left: string, right: string): string {
  return `${shellWord(left)} ${shellWord(right)}`
}
