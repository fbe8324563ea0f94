import { messageOf } from '../errors'
import { Git } from '../git/git'
import { parseBranch, type BranchNaming } from '../naming/branch-pattern'
import { parseTasks, taskReferences, type TasksDocument } from '../tasks'
import type { AgentIdentity, ScopeSources } from './agent-scope'
import { scopeDrift, type ScopeCheck } from './drift'
import { readFileBytesAt } from '../git/objects'
import { logBytes } from '../git/history'

/**
 * The feature's tasks.md as committed at `commit` (git objects only: the work
 * tree is the agent's). A file that is absent or cannot be parsed (a task id
 * used twice) gives no document and a problem to show.
 */
export async function readTasksAt(git: Git, commit: string, file: string): Promise<{ doc: TasksDocument | null; problem?: string }> {
  const bytes = await readFileBytesAt(git, commit, file)
  if (bytes === null) return { doc: null, problem: `${file} is not on ${commit.slice(0, 12)}` }
  try {
    return { doc: parseTasks(bytes.toString('utf8'), file) }
  } catch (error) {
    return { doc: null, problem: messageOf(error) }
  }
}

/** Task ids that the commits in `base..head` (the agent's own since it left the overseer) refer to, in any way. */
export async function commitReferences(git: Git, base: string | null, head: string): Promise<string[]> {
  const range = base ? [`${base}..${head}`] : [head]
  const stdout = await logBytes(git, { format: '%B%x00', range })
  const ids = new Set<string>()
  for (const message of stdout.toString('utf8').split('\0')) for (const ref of taskReferences(message)) ids.add(ref.id)
  return [...ids]
}

/** Display names (`impl-2`) for branches of the naming; other names as they are. */
export function agentNamer(naming: BranchNaming): (agent: string) => string {
  return (agent) => {
    if (/^impl-\d{1,3}$/.test(agent)) return agent
    const parsed = parseBranch(naming, agent)
    return parsed?.index ? `impl-${parsed.index}` : agent
  }
}

/**
 * What scope reads of a feature's projection: who each task is assigned to,
 * and who reported it. Declared here, not imported from state, because scope
 * lies below state and config (a feature's projection has this shape).
 */
export interface FeatureRecords {
  assignments?: Record<string, { agent: string }>
  tasks?: Record<string, { agent: string }>
}

/** What scope reads of the configuration (an OrchestratorConfig has this shape). */
export interface ScopeConfig<Mode extends string = string> {
  scope: { mode: Mode; allow: readonly string[]; companionTests: boolean }
  tasks: { file: string }
  branches: BranchNaming
}

/** Assignments and reporters of the feature's tasks, as the state records them. */
export function stateSources(feature: FeatureRecords | undefined): Pick<ScopeSources, 'assigned' | 'reported'> {
  const assigned: Record<string, string> = Object.create(null)
  const reported: Record<string, string> = Object.create(null)
  for (const [id, a] of Object.entries(feature?.assignments ?? {})) assigned[id] = a.agent
  for (const [id, t] of Object.entries(feature?.tasks ?? {})) reported[id] = t.agent
  return { assigned, reported }
}

export interface ScopeDriftForOptions<Mode extends string = string> {
  git: Git
  /** The trusted configuration (tasks file, naming, scope rules). */
  config: ScopeConfig<Mode>
  /** A local commit or ref of the agent's overseer branch: tasks.md is read there and the agent's commits counted from the merge base. */
  overseerRef: string
  /** The agent's head (default HEAD). */
  headRef?: string
  /** The feature's projection, for task-assigned events (absent: owner comments and commits only). */
  feature?: FeatureRecords
}

/**
 * For `check-path`: which of `paths` (repository-relative) the agent is
 * about to change outside its tasks' paths. Reads tasks.md from the overseer
 * branch and the agent's commit messages since the merge base; two or three
 * git processes, no network.
 */
export async function scopeDriftFor<Mode extends string>(
  paths: readonly string[],
  who: AgentIdentity,
  options: ScopeDriftForOptions<Mode>,
): Promise<ScopeCheck & { mode: Mode; problem?: string }> {
  const { git, config } = options
  const mode = config.scope.mode
  const tasksFile = config.tasks.file.replace('{spec}', who.spec)
  const overseer = await git.resolveCommit(options.overseerRef)
  const head = await git.resolveCommit(options.headRef ?? 'HEAD')
  const none = { scope: { source: 'none' as const, tasks: [], pathless: [], paths: [], ignored: [] }, drift: [] }
  if (mode === 'off') return { ...none, mode, unbounded: 'scope.mode is off' }
  if (!overseer || !head) return { ...none, mode, unbounded: `${options.overseerRef} or the head is not a commit here` }
  const tasks = await readTasksAt(git, overseer, tasksFile)
  const base = await git.mergeBase(overseer, head)
  const sources: ScopeSources = {
    doc: tasks.doc,
    ...stateSources(options.feature),
    references: await commitReferences(git, base, head),
    nameOf: agentNamer(config.branches),
  }
  const rules = { allow: config.scope.allow, companionTests: config.scope.companionTests, tasksFile }
  return { ...scopeDrift(paths, who, sources, rules), mode, ...(tasks.problem ? { problem: tasks.problem } : {}) }
}
