import picomatch from 'picomatch'
import { RepoDeps } from '../repo-deps'
import { InputError } from '../errors'
import { Git } from '../git/git'
import { fetchBranches } from '../git/remote'
import { formatBranch, parseBranch } from '../naming/branch-pattern'
import { validateBranchName } from '../naming/validate'
import { OrchestratorEvent } from '../state/events'
import { taskProgress, FeatureProjection, Projection } from '../state/projection'
import { tasksProgress } from '../tasks'
import { renderTasksFile } from './render-tasks'
import { listAgentBranches, runBranch } from '../agent-branches'
import { AgentBranchRef } from './select-branches'
import { BranchSync, syncBranch } from './sync-branch'
import { readTasksSource, TasksSource } from './tasks-source'
import { commitFileWithLease } from './commit-file'
import { mergedTaskEvents } from './reconcile'
import { doneByOthers, OwnerMismatch } from './owner-mismatch'
import { rememberMerges } from '../resolution'

export type TasksTarget = 'state' | 'overseer'

export interface SyncStatusOptions {
  branch?: string
  all: boolean
  tasksTarget: TasksTarget
  annotate: boolean
  /** Read the agent branch from the local repository instead of the remote (the post-commit hook). */
  local?: boolean
  /** With `all`: features to sync whether registered or not (default: the registered ones). */
  features?: string[]
  /** With `all`: globs of agent branches to sync whether their feature is registered or not. */
  branchGlobs?: string[]
}

/** An agent branch `all` left out, and why. */
export interface SkippedBranch {
  branch: string
  reason: string
}

export interface FeatureProgress {
  spec: string
  done: number
  inProgress: number
  total: number
  phases: { phase: string; done: number; total: number }[]
  agents: { branch: string; done: number; inProgress: number }[]
  tasksFile: string | null
  tasksFileChanged: string[]
  /** Tasks finished by another agent than the owner a plan gave them. */
  doneByOthers: OwnerMismatch[]
}

export interface SyncStatusResult {
  skipped?: string
  /** Agent branches on the remote that `all` did not sync (an unregistered feature, not selected). */
  skippedBranches: SkippedBranch[]
  branches: BranchSync[]
  features: FeatureProgress[]
  tasksDone: string[]
  tasksInProgress: string[]
  progress: string
  stateCommit: string | null
  eventsAdded: number
  dryRun: boolean
}

export type SyncStatusDeps = RepoDeps

/** Where the rendered tasks.md goes on the state branch. */
export function stateTasksPath(spec: string): string {
  return `features/${spec}/tasks.md`
}

export async function syncStatus(options: SyncStatusOptions, deps: SyncStatusDeps): Promise<SyncStatusResult> {
  const { git, remote, config, store, dryRun, ctx } = deps
  const empty: SyncStatusResult = {
    skippedBranches: [],
    branches: [],
    features: [],
    tasksDone: [],
    tasksInProgress: [],
    progress: '0/0',
    stateCommit: null,
    eventsAdded: 0,
    dryRun,
  }
  let targets: AgentBranchRef[]
  const skippedBranches: SkippedBranch[] = []
  if (options.all) {
    if (options.branch) throw new InputError('give either branch or all: true, not both')
    const listed = await listAgentBranches(git, remote, config.branches)
    if (listed.length === 0) return { ...empty, skipped: `no agent branches matching ${config.branches.pattern} on ${remote}` }
    // Only the features registered (init-feature) by default: other branches that happen to fit the pattern are strangers.
    const registered = (await store.read()).projection.features
    const features = new Set(options.features ?? [])
    const globs = options.branchGlobs ?? []
    const chosen = globs.length ? picomatch([...globs], { dot: true }) : () => false
    const explicit = features.size > 0 || globs.length > 0
    targets = []
    for (const { name, spec, role, index } of listed) {
      const keep = explicit ? features.has(spec) || chosen(name) : Boolean(registered[spec]?.registration)
      if (keep) targets.push({ branch: name, spec, role, ...(index ? { index } : {}) })
      else
        skippedBranches.push({
          branch: name,
          reason: explicit
            ? 'not selected by --feature or --branches'
            : `feature ${spec} is not registered (no feature-registered event); select it with --feature ${spec} or --branches`,
        })
    }
    if (targets.length === 0)
      return { ...empty, skippedBranches, skipped: `none of the ${listed.length} agent branch(es) on ${remote} selected` }
  } else {
    const branch = options.branch ?? (await runBranch(git, ctx))
    if (!branch) throw new InputError('no branch to sync: pass branch (or all: true); HEAD is detached and the run names no branch')
    validateBranchName(branch, 'branch')
    const parsed = parseBranch(config.branches, branch)
    if (!parsed) {
      ctx.logger.notice(`${branch} is not an agent branch (pattern ${config.branches.pattern}); nothing to sync`)
      return { ...empty, skipped: `${branch} is not an agent branch` }
    }
    targets = [{ branch, ...parsed }]
  }
  const specs = [...new Set(targets.map((t) => t.spec))].sort()
  ctx.progress?.(`Reading state from ${store.branch}...`)
  const snapshot = await store.read()
  const overseers = specs.map((s) => formatBranch(config.branches, s, 'overseer'))
  const bases = specs.map((s) => snapshot.projection.features[s]?.registration?.baseBranch).filter((b): b is string => Boolean(b))
  const wanted = [...new Set([...targets.map((t) => t.branch), ...overseers, ...bases])]
  ctx.progress?.(`Fetching ${wanted.length} branch(es)...`)
  const heads = await fetchExisting(git, remote, wanted)
  if (options.local) {
    for (const t of targets) {
      const sha = await git.resolveCommit(`refs/heads/${t.branch}`)
      if (sha) heads.set(t.branch, sha)
    }
  }
  const sources = new Map<string, TasksSource>()
  for (const spec of specs) {
    const file = config.tasks.file.replace('{spec}', spec)
    const own = targets.filter((t) => t.spec === spec).map((t) => heads.get(t.branch))
    sources.set(spec, await readTasksSource(git, [heads.get(formatBranch(config.branches, spec, 'overseer')), ...own], file, ctx.logger))
  }
  const syncs: BranchSync[] = []
  for (const target of targets) {
    const source = sources.get(target.spec)!
    const knownIds = source.doc ? new Set(source.doc.tasks.map((t) => t.id)) : null
    ctx.progress?.(`Syncing ${target.branch}...`)
    syncs.push(await syncBranch(target, { git, config, projection: snapshot.projection, heads, knownIds, tasksFile: source.file, ctx }))
  }
  const events: OrchestratorEvent[] = syncs.flatMap((s) => s.events)
  // Tasks whose commits reached the branch they merge into (the overseer's, or the base for the overseer's own).
  for (const spec of specs) events.push(...(await mergedTaskEvents(git, config, snapshot.projection.features[spec], heads, ctx)))
  // Merges that reached an overseer since the last sync: the conflict hunks they resolved are remembered.
  for (const t of targets.filter((t) => t.role === 'overseer')) {
    const to = heads.get(t.branch)
    if (!to) continue
    const from = snapshot.projection.features[t.spec]?.synced[t.branch]?.sha ?? null
    events.push(
      ...(await rememberMerges(git, {
        feature: t.spec,
        branch: t.branch,
        from,
        to,
        actor: ctx.actor,
        time: ctx.now(),
        logger: ctx.logger,
      })),
    )
  }
  const files = (projection: Projection): [string, string][] => {
    const out: [string, string][] = []
    if (options.tasksTarget !== 'state') return out
    for (const spec of specs) {
      const source = sources.get(spec)!
      if (source.text !== null)
        out.push([stateTasksPath(spec), renderTasksFile(source.text, projection.features[spec], options.annotate).text])
    }
    return out
  }
  const appended = events.length ? await store.append(events, { files }) : null
  // A dry run shows the progress the run would record.
  const after = appended ? appended.projection : snapshot.projection
  const features: FeatureProgress[] = []
  for (const spec of specs) {
    const source = sources.get(spec)!
    let changed: string[] = []
    let owned: string[] = []
    if (source.text !== null) ({ changed, owned } = renderTasksFile(source.text, after.features[spec], options.annotate))
    if (options.tasksTarget === 'overseer' && source.text !== null && (changed.length || owned.length) && !dryRun) {
      const overseer = formatBranch(config.branches, spec, 'overseer')
      await commitFileWithLease(
        git,
        remote,
        overseer,
        source.file,
        (text) => renderTasksFile(text, after.features[spec], options.annotate).text,
        `orchestrator: tick ${changed.length} task(s) in ${source.file}`,
        ctx.logger,
      )
    }
    features.push(progressOf(spec, source, after.features[spec], changed))
  }
  const tasksDone = [...new Set(syncs.flatMap((s) => s.done))].sort()
  const tasksInProgress = [...new Set(syncs.flatMap((s) => s.inProgress))].filter((id) => !tasksDone.includes(id)).sort()
  const total = features.reduce((n, f) => n + f.total, 0)
  const done = features.reduce((n, f) => n + f.done, 0)
  return {
    skippedBranches,
    branches: syncs,
    features,
    tasksDone,
    tasksInProgress,
    progress: `${done}/${total}`,
    stateCommit: appended?.pushed ? appended.commit : null,
    eventsAdded: appended?.added.length ?? 0,
    dryRun,
  }
}

async function fetchExisting(git: Git, remote: string, branches: string[]): Promise<Map<string, string>> {
  const existing = await git.lsRemote(
    remote,
    branches.map((b) => `refs/heads/${b}`),
  )
  const present = branches.filter((b) => existing.has(`refs/heads/${b}`))
  return fetchBranches(git, remote, present)
}

function progressOf(spec: string, source: TasksSource, feature: FeatureProjection | undefined, changed: string[]): FeatureProgress {
  const doneIds = new Map<string, boolean>()
  for (const [id, t] of Object.entries(feature?.tasks ?? {})) if (t.state === 'done') doneIds.set(id, true)
  const agents = new Map<string, { done: number; inProgress: number }>()
  for (const t of Object.values(feature?.tasks ?? {})) {
    const a = agents.get(t.agent) ?? { done: 0, inProgress: 0 }
    if (t.state === 'done') a.done++
    else if (t.state === 'in-progress') a.inProgress++
    agents.set(t.agent, a)
  }
  const agentRows = [...agents.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([branch, c]) => ({ branch, ...c }))
  if (source.doc) {
    const p = tasksProgress(source.doc, doneIds)
    const inProgress = source.doc.tasks.filter((t) => !t.done && feature?.tasks[t.id]?.state === 'in-progress').length
    return {
      spec,
      done: p.overall.done,
      inProgress,
      total: p.overall.total,
      phases: p.phases,
      agents: agentRows,
      tasksFile: source.file,
      tasksFileChanged: changed,
      doneByOthers: feature ? doneByOthers(feature) : [],
    }
  }
  const p = feature ? taskProgress(feature) : { done: 0, inProgress: 0, total: 0 }
  return {
    spec,
    done: p.done,
    inProgress: p.inProgress,
    total: p.total,
    phases: [],
    agents: agentRows,
    tasksFile: null,
    tasksFileChanged: changed,
    doneByOthers: feature ? doneByOthers(feature) : [],
  }
}
