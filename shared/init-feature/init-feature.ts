import { RepoDeps } from '../repo-deps'
import { InputError } from '../errors'
import { createBranchesAtomically, fetchBranches, remoteHeads, resolveBase, ResolvedBase } from '../git/remote'
import { agentBranch } from '../naming/branch-pattern'
import { quote, validateSpecId } from '../naming/validate'
import { makeEvent } from '../state/events'
import { OrchestratorEvent } from '../state/event-schema'
import { readSpecInfo } from './spec-info'

export interface InitFeatureOptions {
  spec: string
  implementors: number
  base?: string
  name?: string
}

export interface BranchStatus {
  branch: string
  role: 'overseer' | 'implementor'
  index?: number
  status: 'created' | 'existing' | 'would-create'
  sha: string
  /** An existing branch that does not descend from base (left alone). */
  diverged?: boolean
}

export interface InitFeatureResult {
  spec: string
  name: string
  base: ResolvedBase
  overseer: string
  implementors: string[]
  branches: BranchStatus[]
  created: string[]
  tasks: number
  stateCommit: string | null
  eventsAdded: number
  dryRun: boolean
}

export type InitFeatureDeps = RepoDeps

/**
 * Creates the overseer and implementor branches from base in one atomic push
 * (only the missing ones; existing branches never move), then records the
 * feature and its agents.
 */
export async function initFeature(options: InitFeatureOptions, deps: InitFeatureDeps): Promise<InitFeatureResult> {
  const { git, remote, config, store, dryRun, ctx } = deps
  const spec = validateSpecId(options.spec)
  if (!Number.isInteger(options.implementors) || options.implementors < 1 || options.implementors > 20) {
    throw new InputError(`implementors ${quote(String(options.implementors))} is not valid: expected a whole number from 1 to 20`)
  }
  const naming = config.branches
  const wanted = [
    { branch: agentBranch(naming, spec, 'overseer'), role: 'overseer' as const, index: undefined as number | undefined },
    ...Array.from({ length: options.implementors }, (_, i) => ({
      branch: agentBranch(naming, spec, 'implementor', i + 1),
      role: 'implementor' as const,
      index: i + 1,
    })),
  ]
  ctx.progress?.(`Resolving base ${options.base ?? '(default branch)'} on ${remote}...`)
  const base = await resolveBase(git, remote, options.base)
  const existing = await remoteHeads(
    git,
    remote,
    wanted.map((w) => w.branch),
  )
  const fetched = await fetchBranches(git, remote, [...existing.keys()])
  const branches: BranchStatus[] = []
  for (const w of wanted) {
    const sha = existing.get(w.branch)
    if (sha) {
      const local = fetched.get(w.branch) ?? sha
      const diverged = !(await git.isAncestor(base.sha, local))
      if (diverged)
        ctx.logger.warning(
          `branch ${w.branch} already exists and does not descend from ${base.name} (${base.sha.slice(0, 7)}); it was left as it is`,
        )
      branches.push({ branch: w.branch, role: w.role, index: w.index, status: 'existing', sha, ...(diverged ? { diverged } : {}) })
    } else {
      branches.push({ branch: w.branch, role: w.role, index: w.index, status: dryRun ? 'would-create' : 'created', sha: base.sha })
    }
  }
  const missing = branches.filter((b) => b.status !== 'existing')
  if (!dryRun && missing.length) {
    ctx.progress?.(`Creating ${missing.length} branch(es) in one atomic push...`)
    await createBranchesAtomically(
      git,
      remote,
      missing.map((b) => ({ branch: b.branch, sha: b.sha })),
    )
  }
  const info = await readSpecInfo(git, base.sha, spec, config.tasks.file, ctx.logger)
  const name = options.name?.trim() || info.name
  const time = ctx.now()
  const events: OrchestratorEvent[] = [
    makeEvent(
      'feature-registered',
      spec,
      { spec, name, baseBranch: base.name, tasks: info.tasks, tasksFile: info.tasksFile },
      { actor: ctx.actor, time },
    ),
    ...branches.map((b) =>
      makeEvent(
        'agent-assigned',
        spec,
        { role: b.role, branch: b.branch, ...(b.index ? { index: b.index } : {}) },
        { actor: ctx.actor, time },
      ),
    ),
  ]
  ctx.progress?.('Recording the feature and its agents on the state branch...')
  const appended = await store.append(events)
  return {
    spec,
    name,
    base,
    overseer: wanted[0].branch,
    implementors: wanted.slice(1).map((w) => w.branch),
    branches,
    created: branches.filter((b) => b.status === 'created').map((b) => b.branch),
    tasks: info.tasks.length,
    stateCommit: appended.pushed ? appended.commit : null,
    eventsAdded: appended.added.length,
    dryRun,
  }
}
